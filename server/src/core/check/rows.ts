// The rows of a table: unknown, repeated, mislabelled, missing rows, and cells lost, extra or not numbers.
import { formatNumber, insertLine, replaceCell, rowEdits, rowText } from '../edits';
import { messages, type CellValue } from '../messages';
import type { RowModel, TableModel, ValueCell } from '../model';
import { copyGrid, emptyGrid, propagate, type Grid } from '../solve';
import { cellRange, rangeOf, type Range, type TextEdit } from '../text';
import { also, emit, fix, lineRange, type Context } from './context';
import { cellName, columnName, rowName } from './names';

/** The table's values: 'exact' trusts only complete rows; 'present' also the cells of rows that lost some. */
export function gridOf(table: TableModel, trust: 'exact' | 'present', except?: RowModel): Grid {
  const grid = emptyGrid(table.index);
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate || row === except || !row.slots) continue;
    if (trust === 'exact' && row.alignment !== 'exact') continue;
    row.slots.forEach((cell, column) => (grid[row.row!][column] = cell?.value));
  }
  return grid;
}

/** Every row of the table, then the statutory rows it lacks. */
export function checkRows(ctx: Context, table: TableModel): void {
  const { report } = ctx;
  const spec = table.index.spec;
  const solved = lazySolution(table);
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
      emit(ctx, 'label', cellRange(row.line, typo), messages.label(typo.text, statutory), [fix(ctx, messages.fix.label(statutory), [replaceCell(row.line, typo, statutory)], true)]);
    }
    checkCells(ctx, table, row, name, solved);
  }
  checkMissingRows(ctx, table);
}

function valueSpan(row: RowModel, fallback: Range): Range {
  if (row.values.length === 0) return fallback;
  return rangeOf(row.line, row.values[0].start, row.values[row.values.length - 1].end);
}

function checkCells(ctx: Context, table: TableModel, row: RowModel, name: string, solved: () => Grid | undefined): void {
  const columns = table.index.spec.columns;
  const labelRange = row.labelCell ? cellRange(row.line, row.labelCell) : lineRange(ctx.report, row.line);
  const deduction = row.alignment === 'exact' && row.values.every((v) => v.value !== undefined) ? undefined : deduce(table, row, solved());
  const cells = deduction && deducedCells(table, row, deduction);
  const deducedFix = cells && fix(ctx, messages.fix.fillRow(name, cells, !row.slots), deduction.edits, true);
  const note = cells && messages.deduced(cells, !row.slots);
  if (row.alignment === 'positional' || row.alignment === 'ambiguous') {
    const missing = row.slots ? columns.flatMap((_, i) => (row.slots![i] ? [] : [columnName(table, i)])) : [];
    emit(ctx, 'missing-cell', valueSpan(row, labelRange), also(messages.missingCell(name, columns.length, row.values.length, missing), note), deducedFix ? [deducedFix] : []);
  } else if (row.alignment === 'overflow') {
    emit(ctx, 'extra-cell', valueSpan(row, labelRange), also(messages.extraCell(name, columns.length, row.values.length), note), deducedFix ? [deducedFix] : []);
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
    const fixes = replacement === undefined ? [] : [fix(ctx, messages.fix.setValue(cellName(table, row.row!, column), replacement), [replaceCell(row.line, cell, formatNumber(replacement))], true)];
    emit(ctx, 'invalid-number', cellRange(row.line, cell), messages.invalidNumber(name, columnName(table, column), cell.text, messages.units[columns[column].unit]), fixes);
  });
}

interface Deduction {
  values: number[];
  slots: (ValueCell | undefined)[];
  edits: TextEdit[];
}

/** The deduced cells that change where the row's columns are known, else every cell of the row as it should read. */
function deducedCells(table: TableModel, row: RowModel, deduction: Deduction): CellValue[] {
  return deduction.values.flatMap((value, column) => {
    const cell = deduction.slots[column];
    return row.slots && cell && cell.value === value ? [] : [{ column: columnName(table, column), value }];
  });
}

const MAX_CANDIDATES = 5000;

/** The ways a row's values may stand in the columns. */
function placements(row: RowModel, count: number): (ValueCell | undefined)[][] {
  if (row.slots) return [row.slots];
  const values = row.values;
  const result: (ValueCell | undefined)[][] = [];
  if (values.length < count) {
    for (const chosen of combinations(count, values.length)) {
      const slots: (ValueCell | undefined)[] = Array(count).fill(undefined);
      chosen.forEach((column, i) => (slots[column] = values[i]));
      result.push(slots);
      if (result.length > MAX_CANDIDATES) return [];
    }
  } else {
    for (const chosen of combinations(values.length, count)) {
      result.push(chosen.map((i) => values[i]));
      if (result.length > MAX_CANDIDATES) return [];
    }
  }
  return result;
}

function* combinations(n: number, k: number): Generator<number[]> {
  const pick: number[] = [];
  function* walk(from: number): Generator<number[]> {
    if (pick.length === k) {
      yield [...pick];
      return;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      yield* walk(i + 1);
      pick.pop();
    }
  }
  yield* walk(0);
}

/**
 * Everything the known cells of the table determine (every cell whose column is known), once per
 * table; undefined when they contradict the identities.
 */
function lazySolution(table: TableModel): () => Grid | undefined {
  let solved: Grid | undefined | null = null;
  return () => {
    if (solved === null) {
      const grid = gridOf(table, 'present');
      solved = propagate(grid, table.index) ? grid : undefined;
    }
    return solved;
  };
}

/**
 * The row's values where the identities leave exactly one possibility: every placement of its
 * cells that agrees with the rest of the table gives the same complete row (FORMAT §5).
 * `solved` holds what the table's other known cells determine, where they agree.
 */
function deduce(table: TableModel, row: RowModel, solved: Grid | undefined): Deduction | undefined {
  const r = row.row!;
  if (solved && row.slots) {
    const values = solved[r];
    if (values.some((v) => v === undefined)) return undefined;
    return { values: values as number[], slots: row.slots, edits: rowEdits(row, row.slots, values as number[]) };
  }
  const base = solved ?? gridOf(table, 'present', row);
  // From the solved table only the identities through this row can change; else all are looked at.
  const start = solved ? [...new Set(table.index.identitiesOf[r].flat())] : undefined;
  let found: Deduction | undefined;
  for (const slots of placements(row, table.index.spec.columns.length)) {
    const grid = copyGrid(base);
    grid[r] = slots.map((cell) => cell?.value);
    if (!propagate(grid, table.index, start)) continue;
    const values = grid[r];
    if (values.some((v) => v === undefined)) return undefined;
    if (found && found.values.some((v, i) => v !== values[i])) return undefined;
    found ??= { values: values as number[], slots, edits: [] };
  }
  if (found) found.edits = rowEdits(row, found.slots, found.values);
  return found;
}

function checkMissingRows(ctx: Context, table: TableModel): void {
  const spec = table.index.spec;
  const present = new Set(table.rows.map((r) => r.row));
  table.index.valueRows.forEach((r) => {
    if (present.has(r)) return;
    const next = table.rows.filter((m) => m.row !== undefined && m.row > r).sort((a, b) => a.line - b.line)[0];
    const previous = table.rows.filter((m) => m.row !== undefined && m.row < r).sort((a, b) => b.line - a.line)[0];
    const at = next ? next.line : (previous?.line ?? table.lastLine) + 1;
    const anchor = next ?? previous;
    const range = anchor ? lineRange(ctx.report, anchor.line) : lineRange(ctx.report, table.firstLine);
    const grid = gridOf(table, 'present');
    const values = propagate(grid, table.index) ? grid[r] : spec.columns.map(() => undefined);
    const name = rowName(table, r);
    const edit = insertLine(ctx.report, at, rowText(table, spec.rows[r].label, values));
    const unlabelled = spec.rows[r].label === '' ? spec.columns.map((_, c) => columnName(table, c)) : undefined;
    emit(ctx, 'missing-row', range, messages.missingRow(name, spec.title.zh, unlabelled), [fix(ctx, messages.fix.insertRow(name, values, unlabelled), [edit], true)]);
  });
}

