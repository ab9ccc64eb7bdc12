// Arithmetic over a table's identities: evaluate them, deduce unknown cells, find the one cell
// that explains several failures at once, and recompute totals in dependency order.
import type { CellKey, ConcreteIdentity, TableIndex, Unit } from './statute';

/** Row × column values; undefined where unknown. */
export type Grid = (number | undefined)[][];

export function emptyGrid(table: TableIndex): Grid {
  return table.spec.rows.map(() => table.spec.columns.map(() => undefined));
}

export function copyGrid(grid: Grid): Grid {
  return grid.map((row) => [...row]);
}

/** The value the identity gives its target: Σ plus − Σ minus, or undefined while a term is unknown. */
export function computed(identity: ConcreteIdentity, grid: Grid): number | undefined {
  let sum = 0;
  for (const c of identity.plus) {
    const v = grid[c.row][c.column];
    if (v === undefined) return undefined;
    sum += v;
  }
  for (const c of identity.minus) {
    const v = grid[c.row][c.column];
    if (v === undefined) return undefined;
    sum -= v;
  }
  return round(sum);
}

/** Decimal amounts add up with binary error: keep sums to the precision a report writes. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function holds(identity: ConcreteIdentity, grid: Grid): boolean | undefined {
  const target = grid[identity.target.row][identity.target.column];
  const value = computed(identity, grid);
  return target === undefined || value === undefined ? undefined : target === value;
}

function admissible(value: number, unit: Unit): boolean {
  return unit === 'signed' ? Number.isInteger(value) : unit === 'count' ? Number.isInteger(value) && value >= 0 : value >= 0;
}

/**
 * Fills every unknown cell that an identity with exactly one unknown determines, until nothing
 * changes. Returns false when the known values contradict the identities or the units.
 */
export function propagate(grid: Grid, table: TableIndex): boolean {
  const units = table.spec.columns.map((c) => c.unit);
  let changed = true;
  while (changed) {
    changed = false;
    for (const identity of table.identities) {
      const cells = [identity.target, ...identity.plus, ...identity.minus];
      const unknown = cells.filter((c) => grid[c.row][c.column] === undefined);
      if (unknown.length === 0) {
        if (!holds(identity, grid)) return false;
        continue;
      }
      if (unknown.length > 1) {
        const zero = zeroParts(identity, unknown, grid, units);
        if (zero === false) return false;
        if (zero) changed = true;
        continue;
      }
      const cell = unknown[0];
      const value = solveFor(identity, cell, grid);
      if (value === undefined || !admissible(value, units[cell.column])) return false;
      grid[cell.row][cell.column] = value;
      changed = true;
    }
  }
  return true;
}

/**
 * Counts are never negative. Write the identity as target + Σ minus = Σ plus: when every unknown
 * cell is on one side and the known cells there already reach the other side's sum, the unknowns
 * are all zero (a row whose 总计 is 0 has every part 0). Returns false on a contradiction (the
 * known cells exceed the other side), true when it filled cells.
 */
function zeroParts(identity: ConcreteIdentity, unknown: CellKey[], grid: Grid, units: Unit[]): boolean | undefined {
  const left = [identity.target, ...identity.minus];
  const right = identity.plus;
  const onLeft = unknown.every((c) => left.includes(c));
  if (!onLeft && !unknown.every((c) => right.includes(c))) return undefined;
  if (unknown.some((c) => units[c.column] === 'signed')) return undefined;
  const sum = (cells: CellKey[]) => round(cells.reduce((total, c) => total + (grid[c.row][c.column] ?? 0), 0));
  const [open, closed] = onLeft ? [left, right] : [right, left];
  const difference = round(sum(closed) - sum(open));
  if (difference < 0) return false;
  if (difference > 0) return undefined;
  for (const c of unknown) grid[c.row][c.column] = 0;
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
  const failing = table.identities.filter((i) => holds(i, grid) === false);
  const found: Culprit[] = [];
  const seen = new Set<string>();
  for (const identity of failing) {
    for (const cell of [identity.target, ...identity.plus, ...identity.minus]) {
      const key = `${cell.row}:${cell.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const containing = table.identities.filter((i) => [i.target, ...i.plus, ...i.minus].some((c) => c.row === cell.row && c.column === cell.column));
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

/** The value of one cell that makes an identity hold, the other cells as they are. */
function solveFor(identity: ConcreteIdentity, cell: CellKey, grid: Grid): number | undefined {
  const same = (c: CellKey) => c.row === cell.row && c.column === cell.column;
  // target − Σ plus + Σ minus = 0; sum every other cell with its sign, then solve for the one left.
  let rest = 0;
  let sign = 0;
  const terms: [CellKey, number][] = [[identity.target, 1], ...identity.plus.map((c): [CellKey, number] => [c, -1]), ...identity.minus.map((c): [CellKey, number] => [c, 1])];
  for (const [c, s] of terms) {
    if (same(c)) {
      sign += s;
      continue;
    }
    const v = grid[c.row][c.column];
    if (v === undefined) return undefined;
    rest += s * v;
  }
  return sign === 0 ? undefined : round(-rest / sign);
}

/** Identities in an order where each target is computed after every term it depends on. */
export function dependencyOrder(table: TableIndex): ConcreteIdentity[] {
  const identities = table.identities;
  const order: ConcreteIdentity[] = [];
  const placed = new Set<ConcreteIdentity>();
  const targets = (i: ConcreteIdentity) => `${i.target.row}:${i.target.column}`;
  const dependsOn = (i: ConcreteIdentity, j: ConcreteIdentity) => [...i.plus, ...i.minus].some((c) => `${c.row}:${c.column}` === targets(j));
  while (order.length < identities.length) {
    const ready = identities.filter((i) => !placed.has(i) && identities.every((j) => j === i || placed.has(j) || !dependsOn(i, j)));
    // A cycle cannot arise from sums of parts; should data ever declare one, keep the declared order.
    const next = ready.length > 0 ? ready : identities.filter((i) => !placed.has(i));
    for (const i of next) {
      placed.add(i);
      order.push(i);
    }
  }
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
