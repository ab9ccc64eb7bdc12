// Text edits that touch only the cells they are meant to change.
import type { Report, RowModel, TableModel, ValueCell } from './model';
import { lineStarts, lineTexts, rangeOf, type Cell, type Position, type TextEdit } from './text';

export function formatNumber(value: number): string {
  return String(value);
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

/**
 * Edits that turn a row's values into `values`, given which value cell stands in which column
 * (`slots`): fill holes, insert lost cells beside their neighbours, drop cells no column takes,
 * and replace cells whose value changes. Cells that keep their value are not touched.
 */
export function rowEdits(row: RowModel, slots: (ValueCell | undefined)[], values: number[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const line = row.line;
  let pending: string[] = [];
  let anchor: ValueCell | undefined;
  const flush = (before: ValueCell | undefined) => {
    if (pending.length === 0) return;
    if (anchor) edits.push(insertAt(line, anchor.end, pending.map((v) => '\t' + v).join('')));
    else if (before) edits.push(insertAt(line, before.start, pending.map((v) => v + '\t').join('')));
    else if (row.labelCell) edits.push(insertAt(line, row.labelCell.end, pending.map((v) => '\t' + v).join('')));
    pending = [];
  };
  slots.forEach((cell, column) => {
    const text = formatNumber(values[column]);
    if (cell) {
      flush(cell);
      if (cell.value !== values[column]) edits.push(replaceCell(line, cell, text));
      anchor = cell;
      return;
    }
    const hole = row.holes?.[column];
    if (hole) edits.push(insertAt(line, hole.start, text));
    else pending.push(text);
  });
  flush(undefined);
  const kept = new Set(slots);
  const cells = row.values;
  cells.forEach((cell, i) => {
    if (kept.has(cell)) return;
    const next = cells[i + 1];
    const previous = cells[i - 1];
    edits.push(next ? deleteSpan(line, cell.start, next.start) : deleteSpan(line, previous ? previous.end : cell.start, cell.end));
  });
  return edits;
}

function lineEnding(report: Report): string {
  return report.text.includes('\r\n') ? '\r\n' : '\n';
}

/** A new line inserted before line `before` (or after the last line when before is past the end). */
export function insertLine(report: Report, before: number, text: string): TextEdit {
  const eol = lineEnding(report);
  if (before < report.lines.length) return insertAt(before, 0, text + eol);
  const last = report.lines.length - 1;
  return insertAt(last, report.lines[last].text.length, eol + text);
}

/** The text of a new row: its label, empty cells up to the header's first value column, then the values. */
export function rowText(table: TableModel, label: string, values: (number | undefined)[]): string {
  const padding = table.positions ? Math.max(0, table.positions[0] - 1) : 0;
  return [label, ...Array<string>(padding).fill(''), ...values.map((v) => (v === undefined ? '' : formatNumber(v)))].join('\t');
}

function offsetOf(text: string, starts: number[], position: Position): number {
  return Math.min(text.length, starts[position.line] + position.character);
}

/** Applies non-overlapping edits (positions in the original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const located = edits
    .map((e) => ({ start: offsetOf(text, starts, e.range.start), end: offsetOf(text, starts, e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const e of located) {
    if (e.start < at) continue; // overlapping: the earlier edit wins
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
