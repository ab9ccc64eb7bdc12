// What a check finds: codes, severities, diagnostics and their fixes.
import type { Report } from '../model';
import type { LastYear } from './lastYear';
import type { Locale } from '../messages';
import type { Range, TextEdit } from '../text';

export type Code =
  | 'row-sum' | 'column-sum' | 'balance' | 'missing-cell' | 'extra-cell' | 'invalid-number' | 'missing-row'
  | 'duplicate-row' | 'unknown-row' | 'missing-table' | 'missing-section' | 'section-order' | 'label'
  | 'narrative-mismatch' | 'carryover'
  | 'rollforward' | 'empty-section' | 'heading-numbering' | 'year-mismatch' | 'year-over-year' | 'similar-to-last-year';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const defaultSeverity: Record<Code, Severity> = {
  'row-sum': 'error', 'column-sum': 'error', balance: 'error', 'missing-cell': 'error', 'extra-cell': 'error',
  'invalid-number': 'error', 'missing-row': 'error', 'duplicate-row': 'warning', 'unknown-row': 'warning',
  'missing-table': 'error', 'missing-section': 'error', 'section-order': 'warning', label: 'warning',
  'narrative-mismatch': 'warning', carryover: 'warning',
  rollforward: 'warning', 'empty-section': 'warning', 'heading-numbering': 'warning', 'year-mismatch': 'warning',
  'year-over-year': 'information', 'similar-to-last-year': 'warning',
};
export const codes = Object.keys(defaultSeverity) as Code[];

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor offers first. */
  preferred?: boolean;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  range: Range;
  expected?: number;
  actual?: number;
  fixes: Fix[];
}

export interface CheckOptions {
  locale?: Locale | string;
  /**
   * Last year's report of the same body, summarised (summarize(report, path)), for carryover,
   * rollforward, year-over-year and similar-to-last-year. Ignored unless its body and year fit.
   */
  lastYear?: LastYear;
  /** Reports of other years, whole: the one of the year before, same body, is summarised and used. */
  others?: { report: Report; path: string }[];
  /** Severity per code; 'off' silences a code. */
  severity?: Partial<Record<Code, Severity | 'off'>>;
}

