// Arithmetic over a table's identities: evaluate them, deduce unknown cells, find the one cell
// that explains several failures at once, and recompute totals in dependency order.
// Each identity is Σ sign·cell = 0 (statute/index.ts), so one loop serves every kind.
import type { CellKey, ConcreteIdentity, TableIndex, Unit } from './statute';

/** Row × column values; undefined where unknown. */
export type Grid = (number | undefined)[][];

export function emptyGrid(table: TableIndex): Grid {
  return table.spec.rows.map(() => table.spec.columns.map(() => undefined));
}

export function copyGrid(grid: Grid): Grid {
  return grid.map((row) => [...row]);
}

/** Decimal amounts add up with binary error: keep sums to the precision a report writes. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The value the identity gives its target: Σ plus − Σ minus, or undefined while a term is unknown. */
export function computed(identity: ConcreteIdentity, grid: Grid): number | undefined {
  return solveFor(identity, identity.target, grid);
}

export function holds(identity: ConcreteIdentity, grid: Grid): boolean | undefined {
  const target = grid[identity.target.row][identity.target.column];
  const value = computed(identity, grid);
  return target === undefined || value === undefined ? undefined : target === value;
}

function admissible(value: number, unit: Unit): boolean {
  return unit === 'signed' ? Number.isInteger(value) : unit === 'count' ? Number.isInteger(value) && value >= 0 : value >= 0;
}

/** The value of one cell that makes an identity hold, the other cells as they are. */
function solveFor(identity: ConcreteIdentity, cell: CellKey, grid: Grid): number | undefined {
  let rest = 0;
  let sign = 0;
  for (const t of identity.terms) {
    if (t.row === cell.row && t.column === cell.column) {
      sign += t.sign;
      continue;
    }
    const v = grid[t.row][t.column];
    if (v === undefined) return undefined;
    rest += t.sign * v;
  }
  return sign === 0 ? undefined : round(-rest / sign);
}

/**
 * Fills every unknown cell the identities determine, until nothing changes, and returns false
 * when the known values contradict the identities or the units. An identity with one unknown
 * determines it. Counts are never negative, so an identity whose unknowns all stand on one side,
 * where the known cells already balance it, makes them all zero: a row whose 总计 is 0 has every
 * part 0 (FORMAT §5).
 */
export function propagate(grid: Grid, table: TableIndex, start: readonly ConcreteIdentity[] = table.identities): boolean {
  const units = table.spec.columns.map((c) => c.unit);
  // A work list: an identity is looked at again only when one of its cells was filled.
  const queue = [...start];
  const queued = new Set(queue);
  const fill = (cell: CellKey, value: number) => {
    grid[cell.row][cell.column] = value;
    for (const identity of table.identitiesOf[cell.row][cell.column]) {
      if (!queued.has(identity)) {
        queued.add(identity);
        queue.push(identity);
      }
    }
  };
  while (queue.length > 0) {
    const identity = queue.pop()!;
    queued.delete(identity);
    let rest = 0;
    let unknown = 0;
    let side = 0;
    let last: CellKey | undefined;
    let signedUnknown = false;
    for (const t of identity.terms) {
      const v = grid[t.row][t.column];
      if (v === undefined) {
        unknown++;
        side = side === 0 || side === t.sign ? t.sign : 2;
        last = t;
        if (units[t.column] === 'signed') signedUnknown = true;
      } else rest += t.sign * v;
    }
    rest = round(rest);
    if (unknown === 0) {
      if (rest !== 0) return false;
      continue;
    }
    if (unknown === 1) {
      const value = round(-rest * side);
      if (!admissible(value, units[last!.column])) return false;
      fill(last!, value);
      continue;
    }
    if (side === 2 || signedUnknown) continue;
    // Σ of the unknowns (all ≥ 0, all with sign `side`) is −rest·side.
    const sum = -rest * side;
    if (sum < 0) return false;
    if (sum > 0) continue;
    for (const t of identity.terms) if (grid[t.row][t.column] === undefined) fill(t, 0);
  }
  return true;
}

export interface Culprit {
  row: number;
  column: number;
  value: number;
  /** The failing identities it mends. */
  mends: ConcreteIdentity[];
}

/**
 * Cells that explain two or more failing identities at once: changing that one cell mends every
 * identity it is in. Such a cell is a likelier mistake than any of the totals (FORMAT §5).
 */
export function culprits(grid: Grid, table: TableIndex): Culprit[] {
  const found: Culprit[] = [];
  const seen = new Set<string>();
  for (const identity of table.identities) {
    if (holds(identity, grid) !== false) continue;
    for (const cell of identity.terms) {
      const key = `${cell.row}:${cell.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const containing = table.identitiesOf[cell.row][cell.column];
      if (containing.length < 2 || containing.some((i) => holds(i, grid) !== false)) continue;
      const values = new Set(containing.map((i) => solveFor(i, cell, grid)));
      const [value] = values;
      if (values.size === 1 && value !== undefined && admissible(value, table.spec.columns[cell.column].unit)) {
        found.push({ row: cell.row, column: cell.column, value, mends: containing });
      }
    }
  }
  return found;
}

const orders = new WeakMap<TableIndex, ConcreteIdentity[]>();

/** Identities in an order where each target is computed after every term it depends on. */
export function dependencyOrder(table: TableIndex): ConcreteIdentity[] {
  const cached = orders.get(table);
  if (cached) return cached;
  const identities = table.identities;
  const order: ConcreteIdentity[] = [];
  const placed = new Set<ConcreteIdentity>();
  const dependsOn = (i: ConcreteIdentity, j: ConcreteIdentity) =>
    [...i.plus, ...i.minus].some((c) => c.row === j.target.row && c.column === j.target.column);
  while (order.length < identities.length) {
    const ready = identities.filter((i) => !placed.has(i) && identities.every((j) => j === i || placed.has(j) || !dependsOn(i, j)));
    // A cycle cannot arise from sums of parts; should data ever declare one, keep the declared order.
    for (const i of ready.length > 0 ? ready : identities.filter((k) => !placed.has(k))) {
      placed.add(i);
      order.push(i);
    }
  }
  orders.set(table, order);
  return order;
}

/** Sets every target to the value its terms give, in dependency order, where that value is admissible. */
export function recompute(grid: Grid, table: TableIndex): Grid {
  const result = copyGrid(grid);
  for (const identity of dependencyOrder(table)) {
    const value = computed(identity, result);
    const current = result[identity.target.row][identity.target.column];
    if (value === undefined || current === undefined) continue;
    if (admissible(value, table.spec.columns[identity.target.column].unit)) result[identity.target.row][identity.target.column] = value;
  }
  return result;
}
