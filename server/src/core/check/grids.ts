// A table's figures, read once per table and shared by every check of it: the scale its decimals
// need, the grid of its complete rows, what its present cells determine, and each row's deduction.
import { decimalsOf, unitsOf } from '../figures';
import { memoOfRecent, memoOfStatute, RECENT_TABLES } from '../memo';
import type { RowModel, TableModel, ValueCell } from '../model';
import { copyGrid, emptyGrid, propagate, type Grid } from '../solve';
import type { ConcreteIdentity, TableIndex } from '../statute';
import { deduce, type Deduction } from './deduce';

/** The decimals every figure of the table is held to: the most any of its cells writes. */
const scaleOf = memoOfRecent(RECENT_TABLES, (table: TableModel): number => {
  let scale = 0;
  for (const row of table.rows) for (const cell of row.values) scale = Math.max(scale, decimalsOf(cell));
  return scale;
});

/** A value cell's figure in units of 10^−scale at its table's scale: read when asked, no map of every cell of a huge table. */
export function figureOfCell(table: TableModel, cell: ValueCell): bigint | undefined {
  return unitsOf(cell, scaleOf(table));
}

/** The table's values: 'exact' trusts only complete rows; 'present' also the cells of rows that lost some. */
export function gridOf(table: TableModel, trust: 'exact' | 'present'): Grid {
  const scale = scaleOf(table);
  const grid = emptyGrid(table.index, scale);
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate || !row.slots) continue;
    if (trust === 'exact' && row.alignment !== 'exact') continue;
    row.slots.forEach((cell, column) => (grid[row.row!][column] = cell && unitsOf(cell, scale)));
  }
  return grid;
}

export interface TableFigures {
  scale: number;
  /** Everything the known cells determine (every cell whose column is known); undefined when they contradict the identities. */
  solved(): Grid | undefined;
  /** The values of every row whose columns are known but this one: a grid of its own, for trials to write in. */
  presentBut(row: RowModel): Grid;
  /** The row's values where the identities leave one possibility. */
  deduction(row: RowModel): Deduction | undefined;
  /** A positional row whose empty cells read as 0 (every identity says so, or none can hold otherwise), with its values. */
  blankZeros(row: RowModel): bigint[] | undefined;
  /** The grid the identities are checked on: complete rows, and rows whose blanks are zeros. */
  checked(): Grid;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

export const figuresOf = memoOfRecent(RECENT_TABLES, (table: TableModel): TableFigures => {
  const scale = scaleOf(table);
  // Read once: every row a deduction looks at starts from it (a table's figures made once, not once per row).
  const present = once(() => gridOf(table, 'present'));
  const solved = once(() => {
    const grid = copyGrid(present());
    return propagate(grid, table.index) ? grid : undefined;
  });
  const presentBut = (row: RowModel) => {
    const grid = copyGrid(present());
    // The one row gridOf reads at this row's place is this row, where it was read at all.
    if (row.row !== undefined && !row.duplicate && row.slots) grid[row.row] = grid[row.row].map(() => undefined);
    return grid;
  };
  const deductions = new Map<RowModel, Deduction | undefined>();
  const deduction = (row: RowModel) => {
    if (!deductions.has(row)) deductions.set(row, deduce(table, row, result));
    return deductions.get(row);
  };
  const blankZeros = (row: RowModel) => {
    if (row.alignment !== 'positional' || !row.slots || row.row === undefined || row.duplicate) return undefined;
    if (!row.slots.every((cell, column) => cell !== undefined || row.holes?.[column] !== undefined)) return undefined;
    const found = deduction(row);
    if (found) return row.slots.every((cell, column) => cell !== undefined || found.values[column] === 0n) ? found.values : undefined;
    // Where no figure in the blanks lets the row's own sums hold, the blanks are read as written,
    // as 0, and the sums report what is wrong.
    const own = emptyGrid(table.index, scale);
    const read = row.slots.map((cell) => cell && unitsOf(cell, scale));
    const zeros = read.map((v, column) => (row.slots![column] ? v : 0n));
    own[row.row] = read;
    return zeros.every((v) => v !== undefined) && !propagate(own, table.index, rowIdentities(table.index, row.row)) ? (zeros as bigint[]) : undefined;
  };
  const checked = once(() => {
    const grid = gridOf(table, 'exact');
    for (const row of table.rows) {
      const zeros = blankZeros(row);
      if (zeros) grid[row.row!] = [...zeros];
    }
    return grid;
  });
  const result: TableFigures = { scale, solved, presentBut, deduction, blankZeros, checked };
  return result;
});

/** The identities all of whose cells lie in one row, by row: each row's own sums. */
const ownSums = memoOfStatute((table: TableIndex) => table.spec.rows.map((_, r) => table.identities.filter((i) => i.terms.every((t) => t.row === r))));

export function rowIdentities(table: TableIndex, row: number): ConcreteIdentity[] {
  return ownSums(table)[row];
}

/** The identities with a cell in the row, by row. */
const throughRows = memoOfStatute((table: TableIndex) => table.spec.rows.map((_, r) => [...new Set(table.identitiesOf[r].flat())]));

export function identitiesThrough(table: TableIndex, row: number): ConcreteIdentity[] {
  return throughRows(table)[row];
}
