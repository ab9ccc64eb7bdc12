// What a check finds: codes, severities, diagnostics and their fixes.
import type { Figure } from '../figures';
import type { Report } from '../model';
import type { LastYear } from './lastYear';
import type { Locale } from '../messages';
import type { Range, TextEdit } from '../text';

export type Code =
  | 'row-sum' | 'column-sum' | 'balance' | 'missing-cell' | 'extra-cell' | 'invalid-number' | 'missing-row'
  | 'duplicate-row' | 'unknown-row' | 'missing-table' | 'missing-section' | 'section-order' | 'label'
  | 'narrative-mismatch' | 'carryover' | 'split-number' | 'blank-cell'
  | 'rollforward' | 'empty-section' | 'heading-numbering' | 'year-mismatch' | 'year-over-year' | 'similar-to-last-year'
  | 'unreadable-table';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const defaultSeverity: Record<Code, Severity> = {
  'row-sum': 'error', 'column-sum': 'error', balance: 'error', 'missing-cell': 'error', 'extra-cell': 'error',
  'invalid-number': 'error', 'missing-row': 'error', 'duplicate-row': 'warning', 'unknown-row': 'warning',
  'missing-table': 'error', 'missing-section': 'error', 'section-order': 'warning', label: 'warning',
  'narrative-mismatch': 'warning', carryover: 'warning', 'split-number': 'error', 'blank-cell': 'information',
  rollforward: 'warning', 'empty-section': 'warning', 'heading-numbering': 'warning', 'year-mismatch': 'warning',
  'year-over-year': 'information', 'similar-to-last-year': 'warning', 'unreadable-table': 'error',
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
  /** On sum codes: what the identity gives the total, and what it holds. JSON numbers where exact, else decimal strings (past 2^53). */
  expected?: Figure;
  actual?: Figure;
  /**
   * On sum codes: the one answer the message, the preferred fix, the hover and an inlay hint give:
   * the cell to change (the total, or the one part cell that explains several failures) and its value.
   */
  answer?: { range: Range; value: Figure; cell: string };
  /**
   * On missing-cell, extra-cell and missing-row: the row as the preferred fix writes it, column by
   * column (undefined where the identities leave a cell open), for the preview and the review page.
   */
  completedRow?: (Figure | undefined)[];
  /** On missing-row: the statutory row the table lacks (its index in the table's rows), which the review page draws in its place. */
  missingRow?: number;
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
  /**
   * false: every finding with no fixes, which are then not even built (their edits cost a twentieth
   * of a check), for a caller that offers none, such as the CLI's lists of findings. Default true.
   */
  fixes?: boolean;
}

