// The identities of a table: row sums, column sums and the balance, with the cell most likely wrong.
import { formatNumber, replaceCell } from '../edits';
import { messages } from '../messages';
import { cellValue, type TableModel } from '../model';
import { copyGrid, culprits, computed, holds, recompute } from '../solve';
import type { ConcreteIdentity } from '../statute';
import { cellRange, type TextEdit } from '../text';
import { also, emit, fix, type Context } from './context';
import { cellName, columnName, rowName } from './names';
import { gridOf } from './rows';
import type { Fix } from './types';

export /** A fix for each failing identity: the cell that explains several failures, else the total itself. */
function checkIdentities(ctx: Context, table: TableModel): void {
  if (table.index.identities.length === 0) return;
  const grid = gridOf(table, 'exact');
  const failing = table.index.identities.filter((i) => i.spec.reported && holds(i, grid) === false);
  if (failing.length === 0) return;
  const suspects = culprits(grid, table.index);
  const tableFix = totalsEdits(table, grid);
  for (const identity of failing) {
    const expected = computed(identity, grid)!;
    const { row, column } = identity.target;
    const actual = grid[row][column]!;
    const target = cellValue(table, row, column)!;
    const parts = messages.sumOf(partNames(table, identity));
    const text = identity.spec.code === 'row-sum' ? messages.rowSum : identity.spec.code === 'column-sum' ? messages.columnSum : messages.balance;
    const fixes: Fix[] = [];
    const culprit = suspects.find((s) => s.mends.includes(identity));
    const isTarget = culprit && culprit.row === row && culprit.column === column;
    const note = culprit && !isTarget ? messages.culprit(cellName(table, culprit.row, culprit.column), culprit.value) : undefined;
    if (culprit && !isTarget) {
      const cell = cellValue(table, culprit.row, culprit.column)!;
      const line = table.rows.find((m) => m.row === culprit.row && !m.duplicate)!.line;
      fixes.push(fix(ctx, messages.fix.setValue(cellName(table, culprit.row, culprit.column), culprit.value), [replaceCell(line, cell, formatNumber(culprit.value))], true));
    }
    const targetLine = table.rows.find((m) => m.row === row && !m.duplicate)!.line;
    if (expected >= 0 || table.index.spec.columns[column].unit === 'signed') {
      fixes.push(fix(ctx, messages.fix.setValue(cellName(table, row, column), expected), [replaceCell(targetLine, target, formatNumber(expected))], !culprit || isTarget));
    }
    if (tableFix.length > 1) fixes.push(fix(ctx, messages.fix.recomputeTable(table.index.spec.title.zh), tableFix));
    const zh = text(rowName(table, row), columnName(table, column), expected, actual, parts.zh).zh;
    const en = text(rowName(table, row), columnName(table, column), expected, actual, parts.en).en;
    emit(ctx, identity.spec.code, cellRange(targetLine, target), also({ zh, en }, note), fixes, { expected, actual });
  }
}

function partNames(table: TableModel, identity: ConcreteIdentity): string[] {
  const name = identity.spec.along === 'row' ? (c: { column: number }) => columnName(table, c.column) : (c: { row: number }) => rowName(table, c.row);
  const plus = identity.plus.map(name);
  const minus = identity.minus.map((c) => '−' + name(c));
  if (identity.spec.code === 'column-sum' && plus.length > 4) return [`${plus[0]} … ${plus[plus.length - 1]}`];
  return [...plus, ...minus];
}

/**
 * Edits that make every identity of the table hold where its complete rows allow: first the cells
 * that explain several failures at once, then every total in dependency order.
 */
export function totalsEdits(table: TableModel, grid = gridOf(table, 'exact')): TextEdit[] {
  const mended = copyGrid(grid);
  for (const suspect of culprits(grid, table.index)) mended[suspect.row][suspect.column] = suspect.value;
  const result = recompute(mended, table.index);
  const edits: TextEdit[] = [];
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate || row.alignment !== 'exact') continue;
    row.slots!.forEach((cell, column) => {
      const value = result[row.row!][column];
      if (cell && value !== undefined && cell.value !== value) edits.push(replaceCell(row.line, cell, formatNumber(value)));
    });
  }
  return edits;
}

