// Arithmetic over a table's identities: evaluate them, deduce unknown cells, find the one cell
// that explains several failures at once, and recompute totals in dependency order.
// Each identity is Σ sign·cell = 0 (statute/index.ts), so one loop serves every kind. Figures are
// exact (figures.ts): BigInt units of 10^−scale, one scale for the grid.
import { isWhole } from './figures';
import type { CellKey, ConcreteIdentity, TableIndex, Unit } from './statute';

/** Row × column figures in units of 10^−scale; undefined where unknown. */
export type Grid = (bigint | undefined)[][] & { scale: number };

export function emptyGrid(table: TableIndex, scale = 0): Grid {
  return Object.assign(table.spec.rows.map(() => table.spec.columns.map((): bigint | undefined => undefined)), { scale });
}

export function copyGrid(grid: Grid): Grid {
  return Object.assign(grid.map((row) => [...row]), { scale: grid.scale });
}

/** The value the identity gives its target: Σ plus − Σ minus, or undefined while a term is unknown. */
export function computed(identity: ConcreteIdentity, grid: Grid): bigint | undefined {
  return solveFor(identity, identity.target, grid);
}

export function holds(identity: ConcreteIdentity, grid: Grid): boolean | undefined {
  const target = grid[identity.target.row][identity.target.column];
  const value = computed(identity, grid);
  return target === undefined || value === undefined ? undefined : target === value;
}

export function admissible(value: bigint, unit: Unit, scale: number): boolean {
  return unit === 'amount' ? value >= 0n : isWhole(value, scale) && (unit === 'signed' || value >= 0n);
}

/** The value of one cell that makes an identity hold, the other cells as they are. */
function solveFor(identity: ConcreteIdentity, cell: CellKey, grid: Grid): bigint | undefined {
  let rest = 0n;
  let sign = 0;
  for (const t of identity.terms) {
    if (t.row === cell.row && t.column === cell.column) {
      sign += t.sign;
      continue;
    }
    const v = grid[t.row][t.column];
    if (v === undefined) return undefined;
    rest += t.sign === 1 ? v : -v;
  }
  if (sign === 0) return undefined;
  const divisor = BigInt(-sign);
  return rest % divisor === 0n ? rest / divisor : undefined;
}

/**
 * Fills every unknown cell the identities determine, until nothing changes, and returns false
 * when the known values contradict the identities or the units. An identity with one unknown
 * determines it. Counts are never negative, so an identity whose unknowns all stand on one side,
 * where the known cells already balance it, makes them all zero: a row whose 总计 is 0 has every
 * part 0 (FORMAT §5). Each filled cell is added to `trail`, for a caller that undoes a trial.
 */
export function propagate(grid: Grid, table: TableIndex, start: readonly ConcreteIdentity[] = table.identities, trail?: CellKey[]): boolean {
  const { queued, units } = workspaceOf(table);
  // A work list: an identity is looked at again only when one of its cells was filled.
  const queue = [...start];
  for (const identity of start) queued[identity.index] = 1;
  const fill = (cell: CellKey, value: bigint) => {
    grid[cell.row][cell.column] = value;
    trail?.push(cell);
    for (const identity of table.identitiesOf[cell.row][cell.column]) {
      if (!queued[identity.index]) {
        queued[identity.index] = 1;
        queue.push(identity);
      }
    }
  };
  let consistent = true;
  while (queue.length > 0 && consistent) {
    const identity = queue.pop()!;
    queued[identity.index] = 0;
    let rest = 0n;
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
      } else if (t.sign === 1) rest += v;
      else rest -= v;
    }
    if (unknown === 0) {
      consistent = rest === 0n;
      continue;
    }
    if (unknown === 1) {
      const value = side === 1 ? -rest : rest;
      if (admissible(value, units[last!.column], grid.scale)) fill(last!, value);
      else consistent = false;
      continue;
    }
    if (side === 2 || signedUnknown) continue;
    // Σ of the unknowns (all ≥ 0, all with sign `side`) is −rest·side.
    const sum = side === 1 ? -rest : rest;
    if (sum < 0n) consistent = false;
    else if (sum === 0n) for (const t of identity.terms) if (grid[t.row][t.column] === undefined) fill(t, 0n);
  }
  for (const identity of queue) queued[identity.index] = 0;
  return consistent;
}

interface Workspace {
  /** A reusable mark per identity for the work list, at its index. */
  queued: Uint8Array;
  units: Unit[];
}

const workspaces = new WeakMap<TableIndex, Workspace>();

function workspaceOf(table: TableIndex): Workspace {
  let workspace = workspaces.get(table);
  if (!workspace) {
    workspace = {
      queued: new Uint8Array(table.identities.length),
      units: table.spec.columns.map((c) => c.unit),
    };
    workspaces.set(table, workspace);
  }
  return workspace;
}

export interface Culprit {
  row: number;
  column: number;
  value: bigint;
  /** The failing identities it mends. */
  mends: ConcreteIdentity[];
}

/**
 * Cells that explain two or more failing identities at once: changing that one cell mends every
 * identity it is in. Such a cell is a likelier mistake than any of the totals (FORMAT §5).
 */
export function culprits(grid: Grid, table: TableIndex): Culprit[] {
  const found: Culprit[] = [];
  const seen = new Set<number>();
  const width = table.spec.columns.length;
  for (const identity of table.identities) {
    if (holds(identity, grid) !== false) continue;
    for (const cell of identity.terms) {
      const key = cell.row * width + cell.column;
      if (seen.has(key)) continue;
      seen.add(key);
      const containing = table.identitiesOf[cell.row][cell.column];
      if (containing.length < 2 || containing.some((i) => holds(i, grid) !== false)) continue;
      let value: bigint | undefined;
      let agree = true;
      for (const i of containing) {
        const v = solveFor(i, cell, grid);
        if (v === undefined || (value !== undefined && v !== value)) agree = false;
        value = v;
      }
      if (agree && value !== undefined && admissible(value, table.spec.columns[cell.column].unit, grid.scale)) {
        found.push({ row: cell.row, column: cell.column, value, mends: containing });
      }
    }
  }
  return found;
}

const orders = new WeakMap<TableIndex, ConcreteIdentity[]>();

/**
 * The identities that set totals, in an order where each target is computed after every term it
 * depends on. A cell that several identities target (四 · 总计: its row sum, and the balance of the
 * 总计 column) is set by one only, the reported one: the others follow from it where the table
 * can hold at all, and would otherwise overwrite the total a diagnostic asked for.
 */
export function dependencyOrder(table: TableIndex): ConcreteIdentity[] {
  const cached = orders.get(table);
  if (cached) return cached;
  const width = table.spec.columns.length;
  const writer = new Map<number, ConcreteIdentity>();
  for (const i of table.identities) {
    const key = i.target.row * width + i.target.column;
    const current = writer.get(key);
    if (!current || (i.spec.reported && !current.spec.reported)) writer.set(key, i);
  }
  const identities = [...writer.values()];
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
    if (admissible(value, table.spec.columns[identity.target.column].unit, grid.scale)) result[identity.target.row][identity.target.column] = value;
  }
  return result;
}
