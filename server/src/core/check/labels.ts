// Table labels that would be published wrong: a label said twice, a wrong or stray number, and
// debris that PDF extraction left in a header. Each is a `label` warning whose fix leaves the
// statutory wording, once.
import { replaceCell } from '../edits';
import { markedSegments, normalizeLabel } from '../labels';
import { reportMessages } from '../messages';
import type { RowModel, TableModel } from '../model';
import { cellRange, isDigits, rangeOf, type Cell } from '../text';
import { emit, fix, type Context } from './context';

export function checkLabels(ctx: Context, table: TableModel): void {
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate) continue;
    const statutory = table.index.spec.rows[row.row].label;
    for (const cell of row.doubled ?? []) {
      emit(ctx, 'label', cellRange(row.line, cell), reportMessages.doubledLabel(cell.text, statutory), () => [removal(ctx, row.line, cell)]);
    }
    checkMarker(ctx, table, row, statutory);
    // A lone number before the label is no value: values follow the label.
    const label = row.labelCell?.index ?? -1;
    for (const cell of ctx.report.lines[row.line].cells) {
      if (cell.index < label && isDigits(cell.text)) {
        emit(ctx, 'label', cellRange(row.line, cell), reportMessages.strayText(cell.text), () => [removal(ctx, row.line, cell)]);
      }
    }
  }
  for (const line of table.headerLines) {
    // Only a line that carries extraction garbage (4+H, <u>) is judged: real headers arrive cut in pieces.
    if (!ctx.report.lines[line].cells.some((cell) => GARBAGE.test(cell.text) && !/[\u4e00-\u9fff]/.test(cell.text))) continue;
    const debris = ctx.report.lines[line].cells.filter((cell) => isDebris(table, cell));
    if (debris.length === 0) continue;
    const range = rangeOf(line, debris[0].start, debris[debris.length - 1].end);
    const text = debris.map((c) => c.text).join('」「');
    emit(ctx, 'label', range, reportMessages.strayText(text), () => [fix(ctx, reportMessages.fix.remove(text), debris.map((cell) => replaceCell(line, cell, '')), true)]);
  }
}

function removal(ctx: Context, line: number, cell: Cell) {
  return fix(ctx, reportMessages.fix.remove(cell.text), [replaceCell(line, cell, '')], true);
}

/** 22. 其他法律… or 3. 其他法律… where the statute numbers the row 2.: the segment gets the statutory label. */
function checkMarker(ctx: Context, table: TableModel, row: RowModel, statutory: string): void {
  const cell = row.labelCell;
  const wanted = table.index.rowKeys[row.row!];
  if (!cell || wanted.marker === undefined) return;
  for (const { segment, at, key } of markedSegments(cell.text)) {
    if (key.marker === undefined || key.marker === wanted.marker || key.marker[0] !== wanted.marker[0]) continue;
    if (!table.index.rowsFor(key.text).includes(row.row!)) continue;
    const start = cell.start + at;
    const range = rangeOf(row.line, start, start + segment.trimEnd().length);
    emit(ctx, 'label', range, reportMessages.wrongMarker(segment.trim(), statutory), () => [fix(ctx, reportMessages.fix.numeral(statutory), [{ range, newText: statutory }], true)]);
  }
}

const GARBAGE = /[A-Za-z<>+]/;

/** A header cell that names no column, no header word and is no piece of one (seed 001: 4+H 4+H H, 甘加). */
function isDebris(table: TableModel, cell: Cell): boolean {
  const text = normalizeLabel(cell.text);
  if (text === '') return false;
  const index = table.index;
  if (index.columnsFor(text).length > 0 || index.headerWords.has(text)) return false;
  const words = [...index.headerWords, ...index.columnByText.keys()];
  const pieces = cell.text.split(/[\s\u3000]+/).map(normalizeLabel).filter((p) => p !== '');
  return !pieces.every((piece) => words.some((word) => word.includes(piece))) && !words.some((word) => word.length >= 4 && text.startsWith(word));
}
