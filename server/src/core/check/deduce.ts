// What the identities say of a row that lost cells or has too many: the one way its values can
// stand in the columns (FORMAT §5), or two cells that are one number split by extraction.
import { unitsOf, wholeUnits } from '../figures';
import type { RowModel, TableModel, ValueCell } from '../model';
import { memoOfStatute } from '../memo';
import { copyGrid, emptyGrid, propagate, type Grid } from '../solve';
import type { CellKey } from '../statute';
import type { ConcreteIdentity, TableIndex } from '../statute';
import { isDigits, type TextEdit } from '../text';
import { figureOfCell, identitiesThrough, rowIdentities, type TableFigures } from './grids';

export interface Deduction {
  values: bigint[];
  /** Which value cell stands in which column. */
  slots: (ValueCell | undefined)[];
}

/** Steps of the search for placements of one row at most: beyond, the row is left to the reader. */
const MAX_STEPS = 20000;

/**
 * The ways a row's values may stand in the columns that its own sums allow, found column by
 * column: an own sum is tested as soon as its last column is placed, so a placement whose parts do
 * not add up to its total is dropped early, and where cells repeat a figure (a row of zeros) each
 * distinct figure is tried once per column; a value that differs from what the rest of the table
 * already gives its column (`known`) is not placed there. Undefined when the search would take too long.
 */
function placements(row: RowModel, completes: ConcreteIdentity[][], units: Map<ValueCell, bigint | undefined>, known: readonly (bigint | undefined)[]): (ValueCell | undefined)[][] | undefined {
  if (row.slots) return [row.slots];
  const values = row.values;
  const count = completes.length;
  const figureAt = values.map((v) => units.get(v));
  const previousSame = sameBefore(figureAt);
  const slots: (ValueCell | undefined)[] = Array(count).fill(undefined);
  const figures: (bigint | undefined)[] = Array(count).fill(undefined);
  const found: (ValueCell | undefined)[][] = [];
  let steps = 0;
  const place = (column: number, next: number): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (column > 0 && !fits(completes[column - 1], figures)) return true;
    if (column === count) {
      found.push([...slots]);
      return true;
    }
    const left = values.length - next;
    const columnsLeft = count - column;
    if (left < columnsLeft) {
      // A column the row lost: only where the values left still fit in the columns after it.
      slots[column] = undefined;
      figures[column] = undefined;
      if (!place(column + 1, next)) return false;
      if (left === 0) return true;
    }
    // Values keep their order; where the row has too many, those no column takes are dropped.
    // Every value looked at is a step: a row of a thousand repeated cells stays within the budget.
    const last = left < columnsLeft ? next : values.length - columnsLeft;
    for (let j = next; j <= last; j++) {
      if (++steps > MAX_STEPS) return false;
      const figure = figureAt[j];
      // A figure already tried in this column (a value before this one, from `next` on, has it).
      if (previousSame[j] >= next || (known[column] !== undefined && figure !== known[column])) continue;
      slots[column] = values[j];
      figures[column] = figure;
      if (!place(column + 1, j + 1)) return false;
    }
    return true;
  };
  return place(0, 0) ? found : undefined;
}

/** For each figure, where the same figure last came before it (−1 the first time). */
function sameBefore(figures: readonly (bigint | undefined)[]): number[] {
  const lastAt = new Map<bigint | undefined, number>();
  return figures.map((figure, j) => {
    const before = lastAt.get(figure) ?? -1;
    lastAt.set(figure, j);
    return before;
  });
}

/** Each row's own sums by the column that completes them (the last of their cells). */
const completing = memoOfStatute((table: TableIndex) => table.spec.rows.map((_, r) => {
  const byColumn: ConcreteIdentity[][] = table.spec.columns.map(() => []);
  for (const identity of rowIdentities(table, r)) byColumn[Math.max(...identity.terms.map((t) => t.column))].push(identity);
  return byColumn;
}));

/** Whether the row's own sums hold where all their cells are known. */
function fits(own: ConcreteIdentity[], values: (bigint | undefined)[]): boolean {
  for (const identity of own) {
    let sum = 0n;
    let known = true;
    for (const t of identity.terms) {
      const v = values[t.column];
      if (v === undefined) {
        known = false;
        break;
      }
      sum += t.sign === 1 ? v : -v;
    }
    if (known && sum !== 0n) return false;
  }
  return true;
}

type Outcome = Deduction | 'undetermined' | 'contradiction';

/** The one complete row every consistent placement gives, against a base grid. */
function unique(table: TableModel, row: RowModel, base: Grid, start: readonly ConcreteIdentity[] | undefined): Outcome {
  const r = row.row!;
  const units = new Map<ValueCell, bigint | undefined>();
  for (const cell of row.values) units.set(cell, figureOfCell(table, cell));
  const candidates = placements(row, completing(table.index)[r], units, base[r]);
  if (!candidates) return 'undetermined';
  const before = base[r];
  // The rest of the table gives every cell of the row (a row of zeros under totals of 0): each
  // placement puts values only where they equal those, so each is consistent and completes the
  // row the same way; the first is the answer, without a trial of every one.
  if (before.every((v) => v !== undefined)) return candidates.length > 0 ? { values: [...before] as bigint[], slots: candidates[0] } : 'contradiction';
  let found: Deduction | undefined;
  // Each trial writes the row and what it implies into the base grid, and is undone after.
  const trail: CellKey[] = [];
  const undo = () => {
    for (const cell of trail) base[cell.row][cell.column] = undefined;
    trail.length = 0;
    base[r] = before;
  };
  for (const slots of candidates) {
    base[r] = slots.map((cell) => cell && units.get(cell));
    const consistent = propagate(base, table.index, start, trail);
    const values = [...base[r]];
    undo();
    if (!consistent) continue;
    if (values.some((v) => v === undefined)) return 'undetermined';
    if (found && found.values.some((v, i) => v !== values[i])) return 'undetermined';
    found ??= { values: values as bigint[], slots };
  }
  return found ?? 'contradiction';
}

/**
 * The row's values where the identities leave exactly one possibility: every placement of its
 * cells that agrees with the rest of the table gives the same complete row (FORMAT §5). Against
 * what the table's other cells determine; where they contradict each other, against the rest of
 * the table as written; where that fails too, against the row's own sums alone.
 */
export function deduce(table: TableModel, row: RowModel, figures: TableFigures): Deduction | undefined {
  const r = row.row!;
  const solved = figures.solved();
  if (solved && row.slots) {
    const values = solved[r];
    return values.some((v) => v === undefined) ? undefined : { values: values as bigint[], slots: row.slots };
  }
  const tiers: [Grid, readonly ConcreteIdentity[] | undefined][] = solved
    ? [[solved, identitiesThrough(table.index, r)]]
    : [[figures.presentBut(row), undefined], [emptyGrid(table.index, figures.scale), undefined]];
  for (const [base, start] of tiers) {
    const outcome = unique(table, row, base, start);
    if (outcome === 'undetermined') return undefined;
    if (outcome !== 'contradiction') return outcome;
  }
  return undefined;
}

export interface Split {
  /** The two cells that are one number. */
  first: ValueCell;
  second: ValueCell;
  joined: string;
  edits: TextEdit[];
}

/**
 * A row with one value too many where two adjacent cells, read as one number (1 | 2 → 12), make
 * every identity hold, and only one such pair does: PDF extraction splits numbers so.
 */
export function splitNumber(table: TableModel, row: RowModel, figures: TableFigures): Split | undefined {
  const count = table.index.spec.columns.length;
  const values = row.values;
  if (row.alignment !== 'overflow' || values.length !== count + 1 || row.row === undefined) return undefined;
  const r = row.row;
  const own = rowIdentities(table.index, r);
  if (own.length === 0) return undefined;
  const solved = figures.solved();
  const base = solved ?? figures.presentBut(row);
  const scale = figures.scale;
  let found: Split | undefined;
  for (let i = 0; i + 1 < values.length; i++) {
    const [a, b] = [values[i], values[i + 1]];
    if (!isDigits(a.text) || !isDigits(b.text) || a.text.startsWith('0')) continue;
    const joined = a.text + b.text;
    const candidate = values.flatMap((cell, k) => (k === i + 1 ? [] : [k === i ? wholeUnits(BigInt(joined), scale) : unitsOf(cell, scale)]));
    if (candidate.some((v) => v === undefined) || !fits(own, candidate)) continue;
    const grid = copyGrid(base);
    grid[r] = candidate;
    if (!propagate(grid, table.index, solved ? identitiesThrough(table.index, r) : undefined)) continue;
    if (found) return undefined;
    found = { first: a, second: b, joined, edits: [{ range: { start: { line: row.line, character: a.end }, end: { line: row.line, character: b.start } }, newText: '' }] };
  }
  return found;
}
