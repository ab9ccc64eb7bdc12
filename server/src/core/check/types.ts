// What a check finds: codes, severities, diagnostics and their fixes.
import type { Report } from '../model';
import type { Locale } from '../messages';
import type { Range, TextEdit } from '../text';

export type Code =
  | 'row-sum' | 'column-sum' | 'balance' | 'missing-cell' | 'extra-cell' | 'invalid-number' | 'missing-row'
  | 'duplicate-row' | 'unknown-row' | 'missing-table' | 'missing-section' | 'section-order' | 'label'
  | 'narrative-mismatch' | 'carryover';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const defaultSeverity: Record<Code, Severity> = {
  'row-sum': 'error', 'column-sum': 'error', balance: 'error', 'missing-cell': 'error', 'extra-cell': 'error',
  'invalid-number': 'error', 'missing-row': 'error', 'duplicate-row': 'warning', 'unknown-row': 'warning',
  'missing-table': 'error', 'missing-section': 'error', 'section-order': 'warning', label: 'warning',
  'narrative-mismatch': 'warning', carryover: 'warning',
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
  /** Reports of other years, for the carryover check: the one of the year before, same body, is used. */
  others?: { report: Report; path: string }[];
  /** Severity per code; 'off' silences a code. */
  severity?: Partial<Record<Code, Severity | 'off'>>;
}

