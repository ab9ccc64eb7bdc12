// The identities of a table: row sums, column sums and the balance, with the cell most likely wrong.
import { replaceCell } from '../edits';
import { figureOf, formatUnits } from '../figures';
import { messages } from '../messages';
import type { TableModel } from '../model';
import { copyGrid, culprits, computed, holds, recompute, type Culprit, type Grid } from '../solve';
import type { ConcreteIdentity } from '../statute';
import { cellRange, type Cell, type TextEdit } from '../text';
import { also, emit, fix, type Context } from './context';
import { figuresOf } from './grids';
import { cellName, columnName, rowName } from './names';
import type { Fix } from './types';

/**
 * The one answer to a failing identity, which the message, the preferred fix, the hover and the
 * inlay hint all give: the cell that explains several failures at once, else the total itself.
 */
export interface Answer {
  row: number;
  column: number;
  value: bigint;
  /** Whether the answer is a cell other than the identity's total. */
  culprit: boolean;
}

export function answerOf(identity: ConcreteIdentity, grid: Grid, suspects: Culprit[]): Answer | undefined {
  const culprit = suspects.find((s) => s.mends.includes(identity));
  const { row, column } = identity.target;
  if (culprit) return { row: culprit.row, column: culprit.column, value: culprit.value, culprit: culprit.row !== row || culprit.column !== column };
  const expected = computed(identity, grid);
  return expected === undefined ? undefined : { row, column, value: expected, culprit: false };
}

/** The answer for a total cell whose identity fails, as the check gives it (for a hover). */
export function answerForTotal(table: TableModel, row: number, column: number): { answer: Answer; scale: number } | undefined {
  const figures = figuresOf(table);
  const grid = figures.checked();
  const identity = table.index.identities.find((i) => i.spec.reported && i.target.row === row && i.target.column === column && holds(i, grid) === false);
  const answer = identity && answerOf(identity, grid, culprits(grid, table.index));
  return answer && { answer, scale: figures.scale };
}

/** A fix for each failing identity: the cell that explains several failures, else the total itself. */
export function checkIdentities(ctx: Context, table: TableModel): void {
  if (table.index.identities.length === 0) return;
  const figures = figuresOf(table);
  const grid = figures.checked();
  const failing = table.index.identities.filter((i) => i.spec.reported && holds(i, grid) === false);
  if (failing.length === 0) return;
  const { scale } = figures;
  const text = (v: bigint) => formatUnits(v, scale);
  const suspects = culprits(grid, table.index);
  let tableFix: TextEdit[] | undefined;
  for (const identity of failing) {
    const expected = computed(identity, grid)!;
    const { row, column } = identity.target;
    const actual = grid[row][column]!;
    const target = cellAt(table, row, column);
    const targetLine = lineOf(table, row);
    const answer = answerOf(identity, grid, suspects)!;
    const parts = messages.sumOf(partNames(table, identity));
    const say = identity.spec.code === 'row-sum' ? messages.rowSum : identity.spec.code === 'column-sum' ? messages.columnSum : messages.balance;
    const answerName = cellName(table, answer.row, answer.column);
    const note = answer.culprit ? messages.culprit(answerName, text(answer.value)) : undefined;
    const answerCell = cellAt(table, answer.row, answer.column);
    const answerLine = lineOf(table, answer.row);
    const fixes = () => {
      const made: Fix[] = [];
      if (answer.culprit) {
        made.push(fix(ctx, messages.fix.setValue(answerName, text(answer.value)), [replaceCell(answerLine, answerCell, text(answer.value))], true));
      }
      if (expected >= 0n || table.index.spec.columns[column].unit === 'signed') {
        made.push(fix(ctx, messages.fix.setValue(cellName(table, row, column), text(expected)), [replaceCell(targetLine, target, text(expected))], !answer.culprit));
      }
      // Every total of the table, set once for all its failing sums.
      tableFix ??= totalsEdits(table, grid);
      if (tableFix.length > 1) made.push(fix(ctx, messages.fix.recomputeTable(table.index.spec.title.zh), tableFix));
      return made;
    };
    const zh = say(rowName(table, row), columnName(table, column), text(expected), text(actual), parts.zh).zh;
    const en = say(rowName(table, row), columnName(table, column), text(expected), text(actual), parts.en).en;
    emit(ctx, identity.spec.code, cellRange(targetLine, target), also({ zh, en }, note), fixes, {
      expected: figureOf(expected, scale), actual: figureOf(actual, scale),
      answer: { range: cellRange(answerLine, answerCell), value: figureOf(answer.value, scale), cell: answerName },
    });
  }
}

/** The cell that holds a figure of the grid: its value cell, or the blank a zero was read from. */
function cellAt(table: TableModel, row: number, column: number): Cell {
  const model = table.rows.find((m) => m.row === row && !m.duplicate)!;
  return model.slots?.[column] ?? model.holes![column]!;
}

function lineOf(table: TableModel, row: number): number {
  return table.rows.find((m) => m.row === row && !m.duplicate)!.line;
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
export function totalsEdits(table: TableModel, grid = figuresOf(table).checked()): TextEdit[] {
  const mended = copyGrid(grid);
  for (const suspect of culprits(grid, table.index)) mended[suspect.row][suspect.column] = suspect.value;
  const result = recompute(mended, table.index);
  const edits: TextEdit[] = [];
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate || !row.slots) continue;
    row.slots.forEach((slot, column) => {
      const value = result[row.row!][column];
      const cell = slot ?? row.holes?.[column];
      if (cell && value !== undefined && value !== grid[row.row!][column]) edits.push(replaceCell(row.line, cell, formatUnits(value, grid.scale)));
    });
  }
  return edits;
}
