// What the CLI learnt about one file, as every output format receives it, and the run's totals.
import type { Diagnostic, Locale, Report } from '../../core';
import type { Kind } from '../files';

export interface FileResult {
  path: string;
  kind: Kind;
  /** null when the file is not a report (or could not be read). */
  format: '2021' | '2019' | null;
  year?: number;
  organization?: string;
  diagnostics: Diagnostic[];
  /** The parsed report, for the review page; absent for a file that gave no text. */
  report?: Report;
  /** The path of last year's report of the same body, where the run holds one. */
  lastYear?: string;
  /** PDF: the 1-based page of each line of the converted text. */
  pages?: number[];
  /** The file gave no text to check (unreadable, refused, not decodable). */
  unread?: boolean;
  /** Why the file was not checked, how it was read, what --fix did not do. */
  notes: string[];
}

export interface Totals {
  files: number;
  /** Files that were reports and were checked. */
  checked: number;
  errors: number;
  warnings: number;
}

/** Writes one output format as the run goes: each file as soon as it is checked, then the end. */
export interface Writer {
  file(result: FileResult): void;
  end(totals: Totals): void;
}

export interface WriterOptions {
  /** Writes text as it is: each writer ends its own lines. */
  out: (text: string) => void;
  locale: Locale;
  version: string;
}

export const pageOf = (result: FileResult, d: Diagnostic): number | undefined => result.pages?.[d.range.start.line];

export function countOf(result: FileResult): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
