// Text edits that touch only the cells they are meant to change.
import { memoOfRecent, RECENT_REPORTS } from './memo';
import type { Report, RowModel, TableModel, ValueCell } from './model';
import { formatUnits, unitsOf } from './figures';
import { lineStarts, lineTexts, rangeOf, type Cell, type Line, type Position, type TextEdit } from './text';

/** A number as a cell writes it: all its digits, never an exponent. */
export function formatNumber(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

export function replaceCell(line: number, cell: Cell, text: string): TextEdit {
  return { range: rangeOf(line, cell.start, cell.end), newText: text };
}

function insertAt(line: number, character: number, text: string): TextEdit {
  return { range: rangeOf(line, character, character), newText: text };
}

function deleteSpan(line: number, start: number, end: number): TextEdit {
  return { range: rangeOf(line, start, end), newText: '' };
}

/** What separates a row's cells: a tab, or in a row without tabs (a PDF row) the run of spaces between its values. */
function separatorOf(line: Line, row: RowModel): string {
  if (line.text.includes('\t')) return '\t';
  const [a, b] = row.values.slice(-2);
  const between = a && b ? line.text.slice(a.end, b.start) : '';
  return between !== '' && between.trim() === '' ? between : ' ';
}

/**
 * Edits that turn a row's values into `values` (units of 10^−scale), given which value cell stands
 * in which column (`slots`): fill holes, insert lost cells beside their neighbours with the row's
 * own separator, drop cells no column takes, and replace cells whose value changes. Cells that
 * keep their value are not touched. Undefined for a row without values whose line goes on after its
 * label (a remark read as label), or has no label on it (a label wrapped onto another line): values
 * inserted there would not read back as values.
 */
export function rowEdits(line: Line, row: RowModel, slots: (ValueCell | undefined)[], values: bigint[], scale: number): TextEdit[] | undefined {
  const label = row.labelCell;
  if (label && row.values.length === 0 && line.cells.some((c) => c.text !== '' && c.index > label.index)) return undefined;
  const edits: TextEdit[] = [];
  const at = line.number;
  const separator = separatorOf(line, row);
  let pending: string[] = [];
  let anchor: ValueCell | undefined;
  let placed = true;
  const flush = (before: ValueCell | undefined) => {
    if (pending.length === 0) return;
    if (anchor) edits.push(insertAt(at, anchor.end, pending.map((v) => separator + v).join('')));
    else if (before) edits.push(insertAt(at, before.start, pending.map((v) => v + separator).join('')));
    else if (label) edits.push(insertAt(at, label.end, pending.map((v) => separator + v).join('')));
    else placed = false;
    pending = [];
  };
  slots.forEach((cell, column) => {
    const text = formatUnits(values[column], scale);
    if (cell) {
      flush(cell);
      if (unitsOf(cell, scale) !== values[column]) edits.push(replaceCell(at, cell, text));
      anchor = cell;
      return;
    }
    const hole = row.holes?.[column];
    if (hole) edits.push(insertAt(at, hole.start, text));
    else pending.push(text);
  });
  flush(undefined);
  const cells = row.values;
  cells.forEach((cell, i) => {
    // Kept where a column takes it: a row has as many slots as the table has columns, a few.
    if (slots.includes(cell)) return;
    const next = cells[i + 1];
    const previous = cells[i - 1];
    edits.push(next ? deleteSpan(at, cell.start, next.start) : deleteSpan(at, previous ? previous.end : cell.start, cell.end));
  });
  return placed ? edits : undefined;
}

/** The report's line break, looked for once per report: a CRLF report gets CRLF lines. */
export const lineEnding = memoOfRecent(RECENT_REPORTS, (report: Report): string => (report.text.includes('\r\n') ? '\r\n' : '\n'));

/** A new line inserted before line `before` (or after the last line when before is past the end). */
export function insertLine(report: Report, before: number, text: string): TextEdit {
  const eol = lineEnding(report);
  if (before < report.lines.length) return insertAt(before, 0, text + eol);
  const last = report.lines.length - 1;
  return insertAt(last, report.lines[last].text.length, eol + text);
}

/** The text of a new row: its label, empty cells up to the header's first value column, then the values. */
export function rowText(table: TableModel, label: string, values: (bigint | undefined)[], scale: number): string {
  const padding = table.positions ? Math.max(0, table.positions[0] - 1) : 0;
  return [label, ...Array<string>(padding).fill(''), ...values.map((v) => (v === undefined ? '' : formatUnits(v, scale)))].join('\t');
}

/** The offset of a position; a character past its line's end means the end of the line, as LSP has it. */
function offsetOf(text: string, starts: number[], position: Position): number {
  const line = Math.min(position.line, starts.length - 1);
  const next = line + 1 < starts.length ? starts[line + 1] : text.length;
  let end = next;
  if (line + 1 < starts.length) end -= text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? 2 : 1;
  return Math.min(end, starts[line] + Math.max(0, position.character));
}

/**
 * Applies non-overlapping edits (positions in the original text). An edit that would empty a line
 * between a lone CR and the LF after it is left out: CR + LF would read as one line break, and
 * the lines after it would move up.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const located = edits
    .map((e) => ({ start: offsetOf(text, starts, e.range.start), end: offsetOf(text, starts, e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const e of located) {
    if (e.start < at) continue; // overlapping: the earlier edit wins
    const before = e.start > at ? text.charCodeAt(e.start - 1) : result.charCodeAt(result.length - 1);
    if (e.text === '' && before === 13 && text.charCodeAt(e.end) === 10) continue;
    result += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return result + text.slice(at);
}

/** Per-line minimal edits from one text to another with the same lines (fixes never add or remove lines). */
export function diffLines(before: string, after: string): TextEdit[] {
  const a = lineTexts(before);
  const b = lineTexts(after);
  if (a.length !== b.length) {
    const last = a.length - 1;
    return [{ range: { start: { line: 0, character: 0 }, end: { line: last, character: a[last].length } }, newText: after }];
  }
  const edits: TextEdit[] = [];
  a.forEach((line, i) => {
    const other = b[i];
    if (line === other) return;
    let start = 0;
    while (start < line.length && start < other.length && line[start] === other[start]) start++;
    let end = 0;
    while (end < line.length - start && end < other.length - start && line[line.length - 1 - end] === other[other.length - 1 - end]) end++;
    edits.push({ range: rangeOf(i, start, line.length - end), newText: other.slice(start, other.length - end) });
  });
  return edits;
}
