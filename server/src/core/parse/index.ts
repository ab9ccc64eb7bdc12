// From text as it really arrives (typed, pasted from Word, copied from a PDF) to a model of
// sections, tables, rows and cells. One pass per concern over the lines, each linear.
import type { Report } from '../model';
import { indexOf, statutes } from '../statute';
import { headLineTexts, reuseLines, splitLines } from '../text';
import { findSections } from './sections';
import type { TablesMemo } from './resume';
import { findTables } from './tables';
import { findTitle, guessVersion, TITLE_SEARCH_LINES } from './title';

export { parseValue } from './align';

/** A report's body and year, as its title gives them. */
export interface Title {
  organization: string;
  year: number;
}

/** The body and year of a report's title, or undefined where the text has no title that names both. */
export function titleOf(text: string): Title | undefined {
  // The title alone, as parse finds it: neither the cells nor the sections and tables, nor the lines past where a title can be.
  const title = findTitle(headLineTexts(text, TITLE_SEARCH_LINES).map((line) => ({ text: line })));
  return title?.organization !== undefined ? { year: title.year, organization: title.organization } : undefined;
}

/** A line with something on it: as a test, not a trimmed copy of every line. */
const NOT_BLANK = /\S/;

/** What the parse of each version of a document leaves for the parse of the next. */
const memos = new WeakMap<Report, TablesMemo>();

/** The report a text holds. */
export function parse(text: string): Report {
  return read(text, undefined, false);
}

/**
 * The report of one version of an editor's document, parsed from the version before where given:
 * the lines and tables the edit did not touch are taken from it, and the findings of those tables
 * with them, so that a keystroke re-reads and re-checks one table. A checker of files (the CLI)
 * parses each text once and keeps none of this.
 */
export function parseVersion(text: string, previous?: Report): Report {
  return read(text, previous, true);
}

/** Whether a report is a version of a document: the findings of its tables are kept for the next. */
export function isVersion(report: Report): boolean {
  return memos.has(report);
}

function read(text: string, previous: Report | undefined, keep: boolean): Report {
  const memo = previous && memos.get(previous);
  const reused = memo ? reuseLines(text, previous!.lines) : undefined;
  const lines = reused?.lines ?? splitLines(text);
  const title = findTitle(lines);
  const version = title && title.year <= 2020 ? '2019' : title ? '2021' : guessVersion(lines);
  const statute = indexOf(statutes[version]);
  const sections = findSections(lines, statute);
  const headings = new Set<number>();
  for (const s of sections) for (let n = s.line; n <= s.lastHeadingLine; n++) headings.add(n);
  if (title) headings.add(title.line);
  const found = findTables(lines, statute, sections, headings, memo && reused && { memo, prefix: reused.prefix, suffix: reused.suffix, delta: reused.delta });
  const tables = found.tables;
  const inTable = new Uint8Array(lines.length);
  for (const t of tables) inTable.fill(1, t.firstLine, t.lastLine + 1);
  const prose = lines.filter((l) => !headings.has(l.number) && !inTable[l.number] && NOT_BLANK.test(l.text)).map((l) => l.number);
  const isReport = title !== undefined || sections.length >= 2 || tables.length > 0;
  const report: Report = {
    text, lines, prose, sections: isReport ? sections : [], tables: isReport ? tables : [],
    statute: isReport ? statute : undefined,
    year: title?.year, organization: title?.organization, titleLine: title?.line,
  };
  if (keep) memos.set(report, found.memo);
  return report;
}
