// The rows of a table: unknown, repeated, mislabelled, missing rows, and cells lost, blank, extra,
// split or not numbers.
import { insertLine, replaceCell, rowEdits, rowText } from '../edits';
import { figureOf, formatUnits, unitsOf } from '../figures';
import { messages, type CellValue } from '../messages';
import type { RowModel, TableModel } from '../model';
import { cellRange, rangeOf, type Range } from '../text';
import { also, emit, fix, lineRange, type Context, type Fixes } from './context';
import { splitNumber, type Deduction } from './deduce';
import { figuresOf, type TableFigures } from './grids';
import { cellName, columnName, rowName } from './names';

/** Every row of the table, then the statutory rows it lacks. */
export function checkRows(ctx: Context, table: TableModel): void {
  const { report } = ctx;
  const spec = table.index.spec;
  const figures = figuresOf(table);
  for (const row of table.rows) {
    if (row.row === undefined) {
      emit(ctx, 'unknown-row', lineRange(report, row.line), messages.unknownRow(report.lines[row.line].text.trim().replace(/\t+/g, ' ').slice(0, 40)));
      continue;
    }
    const name = rowName(table, row.row);
    if (row.duplicate) {
      emit(ctx, 'duplicate-row', cellRange(row.line, row.labelCell ?? row.values[0]), messages.duplicateRow(name));
      continue;
    }
    for (const typo of row.typos) {
      const statutory = spec.rows[row.row].label;
      emit(ctx, 'label', cellRange(row.line, typo), messages.label(typo.text, statutory), () => [fix(ctx, messages.fix.label(statutory), [replaceCell(row.line, typo, statutory)], true)]);
    }
    checkCells(ctx, table, row, name, figures);
  }
  checkMissingRows(ctx, table, figures);
}

/** Where a finding on the row's values goes: the values, or the label of a row without any. */
function valueSpan(ctx: Context, row: RowModel): Range {
  if (row.values.length > 0) return rangeOf(row.line, row.values[0].start, row.values[row.values.length - 1].end);
  return row.labelCell ? cellRange(row.line, row.labelCell) : lineRange(ctx.report, row.line);
}

function checkCells(ctx: Context, table: TableModel, row: RowModel, name: string, figures: TableFigures): void {
  const columns = table.index.spec.columns;
  const line = ctx.report.lines[row.line];
  const split = splitNumber(table, row, figures);
  if (split) {
    const range = rangeOf(row.line, split.first.start, split.second.end);
    emit(ctx, 'split-number', range, messages.splitNumber(name, split.first.text, split.second.text, split.joined), () => [fix(ctx, messages.fix.joinNumber(split.joined), split.edits, true)]);
    return;
  }
  const deduction = row.alignment === 'exact' && row.values.every((v) => v.value !== undefined) ? undefined : figures.deduction(row);
  const cells = deduction && deducedCells(table, row, deduction, figures.scale);
  const note = cells && messages.deduced(cells, !row.slots);
  const completed = deduction ? { completedRow: deduction.values.map((v) => figureOf(v, figures.scale)) } : {};
  // The row as the identities complete it, where its values can be written into its line.
  const deducedFix: Fixes = () => {
    const edits = deduction && rowEdits(line, row, deduction.slots, deduction.values, figures.scale);
    return edits ? [fix(ctx, messages.fix.fillRow(name, cells!, !row.slots), edits, true)] : [];
  };
  const zeros = figures.blankZeros(row);
  if (zeros) {
    emit(ctx, 'blank-cell', valueSpan(ctx, row), messages.blankCell(name, emptyColumns(table, row)), () => {
      const written = rowEdits(line, row, row.slots!, zeros, figures.scale);
      return written ? [fix(ctx, messages.fix.writeZeros(name), written, true)] : [];
    });
  } else if (row.alignment === 'positional' || row.alignment === 'ambiguous') {
    emit(ctx, 'missing-cell', valueSpan(ctx, row), also(messages.missingCell(name, columns.length, row.values.length, emptyColumns(table, row)), note), deducedFix, completed);
  } else if (row.alignment === 'overflow') {
    emit(ctx, 'extra-cell', valueSpan(ctx, row), also(messages.extraCell(name, columns.length, row.values.length), note), deducedFix, completed);
  }
  if (row.alignment === 'overflow' || row.alignment === 'ambiguous') {
    for (const cell of row.values.filter((v) => v.value === undefined)) {
      emit(ctx, 'invalid-number', cellRange(row.line, cell), messages.invalidNumber(name, undefined, cell.text, messages.units.count));
    }
    return;
  }
  row.slots!.forEach((cell, column) => {
    if (!cell || cell.value !== undefined) return;
    const replacement = deduction?.values[column];
    const text = replacement === undefined ? undefined : formatUnits(replacement, figures.scale);
    const fixes = text === undefined ? undefined : () => [fix(ctx, messages.fix.setValue(cellName(table, row.row!, column), text), [replaceCell(row.line, cell, text)], true)];
    emit(ctx, 'invalid-number', cellRange(row.line, cell), messages.invalidNumber(name, columnName(table, column), cell.text, messages.units[columns[column].unit]), fixes);
  });
}

/** The names of the columns a row with known columns leaves empty; asked for only when a finding says so. */
function emptyColumns(table: TableModel, row: RowModel): string[] {
  const names: string[] = [];
  const slots = row.slots;
  if (slots) for (let column = 0; column < table.index.spec.columns.length; column++) if (!slots[column]) names.push(columnName(table, column));
  return names;
}

/** The deduced cells that change where the row's columns are known, else every cell of the row as it should read. */
function deducedCells(table: TableModel, row: RowModel, deduction: Deduction, scale: number): CellValue[] {
  const cells: CellValue[] = [];
  deduction.values.forEach((v, column) => {
    const cell = deduction.slots[column];
    if (!(row.slots && cell && unitsOf(cell, scale) === v)) cells.push({ column: columnName(table, column), value: formatUnits(v, scale) });
  });
  return cells;
}

/** Each statutory row the table lacks, inserted in statutory place with what the identities give it. */
function checkMissingRows(ctx: Context, table: TableModel, figures: TableFigures): void {
  const spec = table.index.spec;
  const present = new Set(table.rows.map((r) => r.row));
  const missing = table.index.valueRows.filter((r) => !present.has(r));
  if (missing.length === 0) return;
  const known = table.rows.filter((m) => m.row !== undefined).sort((a, b) => a.line - b.line);
  const solved = figures.solved();
  for (const r of missing) {
    const next = known.find((m) => m.row! > r);
    const previous = known.filter((m) => m.row! < r).pop();
    const at = next ? next.line : (previous?.line ?? table.lastLine) + 1;
    const anchor = next ?? previous;
    const range = anchor ? lineRange(ctx.report, anchor.line) : lineRange(ctx.report, table.firstLine);
    const name = rowName(table, r);
    const edit = () => insertLine(ctx.report, at, rowText(table, spec.rows[r].label, solved ? solved[r] : [], figures.scale));
    const completedRow = spec.columns.map((_, c) => (solved?.[r][c] === undefined ? undefined : figureOf(solved[r][c]!, figures.scale)));
    const unlabelled = spec.rows[r].label === '' ? spec.columns.map((_, c) => columnName(table, c)) : undefined;
    emit(ctx, 'missing-row', range, messages.missingRow(name, spec.title.zh, unlabelled), () => [fix(ctx, messages.fix.insertRow(name, completedRow, unlabelled), [edit()], true)], { completedRow, missingRow: r });
  }
}
