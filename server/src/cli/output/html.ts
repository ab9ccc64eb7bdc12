// The review page for reviewers: one self-contained HTML page, each report written as it is checked,
// the summary written last and shown first (core/render/review.ts).
import { parse } from '../../core';
import { reviewFileSection, reviewPageEnd, reviewPageStart, reviewSummaryOf, type ReviewSummaryEntry } from '../../core/render';
import type { Writer, WriterOptions } from './result';

export function htmlWriter({ out, locale }: WriterOptions): Writer {
  const summaries: ReviewSummaryEntry[] = [];
  out(reviewPageStart(locale));
  return {
    file(r) {
      const entry = {
        path: r.path, report: r.report ?? parse(''), diagnostics: r.diagnostics, lastYear: r.lastYear,
        note: r.format === null && r.notes.length > 0 ? r.notes.join(' ') : undefined,
      };
      summaries.push(reviewSummaryOf(entry));
      out(reviewFileSection(entry, locale));
    },
    end() {
      out(reviewPageEnd(summaries, locale));
    },
  };
}
