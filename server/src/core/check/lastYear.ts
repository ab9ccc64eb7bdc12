// Last year's report, as much of it as this year's checks need: the values of its complete rows
// and fingerprints of its prose. Small enough for an editor or a CLI to keep one per body and year.
import { wordingCode } from '../labels';
import type { Report } from '../model';
import type { FormatVersion, TableSpec } from '../statute';
import { proseSentences } from './prose';

export interface LastYear {
  version: FormatVersion;
  year: number;
  organization: string;
  /** How the report is named in messages: a path relative to the workspace, or a URI. */
  path: string;
  /** The values of its complete rows, by cellKey(table, row, column). */
  cells: Record<string, number>;
  /** A hash of each prose sentence worth comparing (see sentenceHash). */
  sentences: number[];
}

function cellKey(table: string, row: string, column: string): string {
  return `${table}/${row}/${column}`;
}

/** The cellKey of every cell of a statutory table, made once: every report of a batch is summarised and looked up. */
const keysOfTable = new Map<TableSpec, string[][]>();

export function cellKeys(spec: TableSpec): string[][] {
  let keys = keysOfTable.get(spec);
  if (!keys) keysOfTable.set(spec, (keys = spec.rows.map((row) => spec.columns.map((column) => cellKey(spec.key, row.key, column.key)))));
  return keys;
}

/** What the checks of next year's report need of this one; undefined when it names no body or year. */
export function summarize(report: Report, path: string): LastYear | undefined {
  if (!report.statute || report.year === undefined || report.organization === undefined) return undefined;
  const cells: Record<string, number> = {};
  for (const table of report.tables) {
    const keys = cellKeys(table.index.spec);
    for (const row of table.rows) {
      if (row.row === undefined || row.duplicate || row.alignment !== 'exact') continue;
      const rowKeys = keys[row.row];
      row.slots!.forEach((cell, column) => {
        if (cell?.value !== undefined) cells[rowKeys[column]] = cell.value;
      });
    }
  }
  const sentences = [...new Set(proseFingerprints(report).map((s) => s.hash))];
  return { version: report.statute.statute.version, year: report.year, organization: report.organization, path, cells, sentences };
}

/** Sentences shorter than this say too little to count as copied (一是加强领导). */
const MIN_SENTENCE = 8;

/**
 * Each prose sentence worth comparing, by the characters that carry its wording, digits folded:
 * last year's text with this year's figures is still last year's text.
 */
export function proseFingerprints(report: Report): { hash: number; length: number }[] {
  const result: { hash: number; length: number }[] = [];
  for (const s of proseSentences(report)) {
    const print = fingerprint(s.text);
    if (print.length >= MIN_SENTENCE) result.push(print);
  }
  return result;
}

/** The character a run of digits reads as in a fingerprint: '#'. */
const HASH_MARK = 35;

/**
 * The sentence's wording (normalizeLabel) with each run of digits read as one #, its length and
 * its FNV-1a hash (32 bits), in one pass without building the string.
 */
function fingerprint(text: string): { hash: number; length: number } {
  let hash = 0x811c9dc5;
  let length = 0;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    const code = wordingCode(text.charCodeAt(i));
    if (code < 0) continue;
    const digit = code >= 48 && code <= 57;
    if (digit && inDigits) continue;
    inDigits = digit;
    hash = Math.imul(hash ^ (digit ? HASH_MARK : code), 0x01000193);
    length++;
  }
  return { hash: hash >>> 0, length };
}

/** Last year's report among others of the workspace or the command line, summarised. */
export function lastYearAmong(report: Report, others: { report: Report; path: string }[]): LastYear | undefined {
  if (report.year === undefined || report.organization === undefined) return undefined;
  const previous = others.find((o) => o.report.year === report.year! - 1 && o.report.organization === report.organization && o.report.statute);
  return previous && summarize(previous.report, previous.path);
}
