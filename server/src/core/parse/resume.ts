// Reading the tables of a new version of a text from the reading of the version before: where
// the new reading starts (the last line before the edit where no table was open) and where it
// rejoins the old one (the first line after it where neither reading has a table open), the
// tables above and below taken over, moved by the lines the edit inserted or deleted.
import { movedTable, type SectionModel, type TableModel } from '../model';
import type { StatuteIndex } from '../statute';

/** What reading the tables leaves for the reading of the next version of the same text. */
export interface TablesMemo {
  statute: StatuteIndex;
  cellPerLine: boolean;
  tables: TableModel[];
  /** Per line: 1 where the finder held no open table before reading it, a place to start again or to rejoin the old reading. */
  closed: Uint8Array;
  /** Per line: what the finder reads besides its text: 128 for a heading, plus its section's index + 1. */
  context: Uint8Array;
  /** Per line: 1 holding one number alone, 2 holding two or more (for cellsOnePerLine). */
  numbers: Uint8Array;
}

/** The memo of the version before, and how many lines at the start and the end of the text are that version's. */
export interface Earlier {
  memo: TablesMemo;
  prefix: number;
  suffix: number;
  /** Lines the edit inserted (or, negative, deleted): how far the suffix, and the tables in it, moved. */
  delta: number;
}

/** Per line, what the finder reads of a line besides its text (see TablesMemo.context). */
export function contextOf(count: number, sections: SectionModel[], headings: Set<number>): Uint8Array {
  const context = new Uint8Array(count);
  for (const s of sections) context.fill(s.index + 1, s.line, s.endLine);
  for (const line of headings) context[line] |= 128;
  return context;
}

/** The last line at or before the edit where the old reading held no open table, all lines above it read as before. */
export function restartAt({ memo, prefix }: Earlier, context: Uint8Array): number {
  const most = Math.min(prefix, context.length);
  let line = 0;
  while (line < most && context[line] === memo.context[line]) line++;
  while (line > 0 && memo.closed[line] !== 1) line--;
  return line;
}

/** The first line after the edit from which every line reads as its old line did (same text, heading, section). */
export function rejoinFrom({ memo, suffix, delta }: Earlier, context: Uint8Array): number {
  let line = context.length;
  while (line > context.length - suffix && context[line - 1] === memo.context[line - 1 - delta]) line--;
  return line;
}

/** The tables of the new reading, lines [from, to), between the old tables above and below it (moved); `closed` gets the old reading's marks below. */
export function takeOver({ memo, delta }: Earlier, tables: TableModel[], from: number, to: number, closed: Uint8Array): TableModel[] {
  const above = memo.tables.filter((t) => t.lastLine < from);
  if (to >= closed.length) return above.concat(tables);
  closed.set(memo.closed.subarray(to - delta), to);
  return above.concat(tables, memo.tables.filter((t) => t.firstLine >= to - delta).map((t) => movedTable(t, delta)));
}
