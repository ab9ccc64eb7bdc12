// From text as it really arrives (typed, pasted from Word, copied from a PDF) to a model of
// sections, tables, rows and cells. One pass per concern over the lines, each linear.
import type { Report } from '../model';
import { indexOf, statutes } from '../statute';
import { lineTexts, reuseLines, splitLines } from '../text';
import { findSections } from './sections';
import { findTables, type TablesMemo } from './tables';
import { findTitle, guessVersion } from './title';

export { parseValue } from './align';

/** A report's body and year, as its title gives them. */
export interface Title {
  organization: string;
  year: number;
}

/** The body and year of a report's title, or undefined where the text has no title that names both. */
export function titleOf(text: string): Title | undefined {
  // The title alone, as parse finds it: neither the cells nor the sections and tables of the text are needed.
  const title = findTitle(lineTexts(text).map((line) => ({ text: line })));
  return title?.organization !== undefined ? { year: title.year, organization: title.organization } : undefined;
}

/** What each parse leaves for the parse of the next version of its text. */
const memos = new WeakMap<Report, TablesMemo>();

/**
 * The report a text holds. Given the report of the version before (an editor's last parse), the
 * lines and tables the edit did not touch are taken from it: a keystroke re-reads one table.
 */
export function parse(text: string, previous?: Report): Report {
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
  const found = findTables(lines, statute, sections, headings, memo && reused && { memo, prefix: reused.prefix, suffix: reused.suffix });
  const tables = found.tables;
  const inTable = new Uint8Array(lines.length);
  for (const t of tables) inTable.fill(1, t.firstLine, t.lastLine + 1);
  const prose = lines.filter((l) => !headings.has(l.number) && !inTable[l.number] && l.text.trim() !== '').map((l) => l.number);
  const isReport = title !== undefined || sections.length >= 2 || tables.length > 0;
  const report: Report = {
    text, lines, prose, sections: isReport ? sections : [], tables: isReport ? tables : [],
    statute: isReport ? statute : undefined,
    year: title?.year, organization: title?.organization, titleLine: title?.line,
  };
  memos.set(report, found.memo);
  return report;
}
