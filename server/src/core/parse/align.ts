// Which column each value of a row stands in: by the header's tab positions, by count, or by gaps.
import { normalizeLabel } from '../labels';
import type { Alignment, RowModel, TableModel, ValueCell } from '../model';
import type { Unit } from '../statute';
import { isDigits, type Cell, type Line } from '../text';
import { withoutSuffix } from './rows';

/**
 * Tab position of each column, where the header's tabbed lines give a complete and ordered set.
 * `words` holds each header line's normalised cells, as the table finder read them.
 */
export function headerPositions(lines: Line[], table: TableModel, words: Map<number, string[]>): number[] | undefined {
  const columns = table.index.spec.columns;
  const positions: (number | undefined)[] = columns.map(() => undefined);
  let tabbed = true;
  for (const number of table.headerLines) {
    tabbed &&= lines[number].text.includes('\t');
    const normalized = words.get(number) ?? [];
    for (const cell of lines[number].cells) {
      if (cell.text === '') continue;
      const candidates = table.index.columnsFor(normalized[cell.index] ?? normalizeLabel(cell.text));
      // A label that several columns share (结果维持 in three groups) goes to the first still unplaced.
      const column = candidates.find((c) => positions[c] === undefined);
      if (column === undefined) continue;
      positions[column] = cell.index;
      table.headerCells.push({ line: number, cell, column });
    }
  }
  // Cells split at runs of spaces are numbered in order, not by position: they say nothing of columns.
  if (!tabbed || positions.some((p) => p === undefined)) return undefined;
  const placed = positions as number[];
  return placed.every((p, i) => i === 0 || p > placed[i - 1]) ? placed : undefined;
}

export function align(row: RowModel, table: TableModel, line: Line): void {
  const columns = table.index.spec.columns;
  const count = columns.length;
  const values = row.values;
  const lastLabel = row.labelCell?.index ?? -1;
  let slots: (ValueCell | undefined)[] | undefined;
  let alignment: Alignment;
  const positions = line.text.includes('\t') ? table.positions : undefined;
  const first = values.length > 0 ? values[0] : undefined;
  const placed = positions && first && first.index > lastLabel ? atPositions(values, positions) : undefined;
  if (placed) {
    slots = placed;
    alignment = values.length === count ? 'exact' : 'positional';
  } else if (values.length === count) {
    slots = [...values];
    alignment = 'exact';
  } else if (values.length > count) {
    alignment = 'overflow';
  } else if (first && values[values.length - 1].index - first.index + 1 === count) {
    // Empty cells between values keep their place: 0→→0→0 lost the second value.
    slots = columns.map((_, i) => values.find((v) => v.index === first.index + i));
    alignment = 'positional';
  } else {
    alignment = 'ambiguous';
  }
  row.alignment = alignment;
  row.slots = slots;
  if (slots && alignment === 'positional') row.holes = holesOf(slots, first!, positions, line, lastLabel);
  // Where the columns are known every value has one; else each is read as the widest unit allows.
  if (slots) {
    slots.forEach((v, column) => {
      if (v) v.value = parseValue(v.text, columns[column].unit, columns[column].suffixes);
    });
  } else {
    const unit = widestUnit(columns);
    for (const v of values) v.value = parseValue(v.text, unit);
  }
}

/**
 * The value standing at each header position, or undefined when a value stands at none. Values and
 * positions both run left to right: one walk along the two.
 */
function atPositions(values: ValueCell[], positions: number[]): (ValueCell | undefined)[] | undefined {
  const slots: (ValueCell | undefined)[] = [];
  let next = 0;
  for (const position of positions) {
    if (next < values.length && values[next].index < position) return undefined;
    slots.push(next < values.length && values[next].index === position ? values[next++] : undefined);
  }
  return next === values.length ? slots : undefined;
}

/** The empty cells of a positional row that stand where a column's value should be. */
function holesOf(slots: (ValueCell | undefined)[], first: Cell, header: number[] | undefined, line: Line, lastLabel: number): (Cell | undefined)[] {
  const byHeader = header !== undefined && slots.every((slot, column) => !slot || slot.index === header[column]);
  return slots.map((slot, column) => {
    const cell = slot ? undefined : line.cells[byHeader ? header[column] : first.index + column];
    return cell && cell.text === '' && cell.index > lastLabel ? cell : undefined;
  });
}

function widestUnit(columns: readonly { unit: Unit }[]): Unit {
  return columns.some((c) => c.unit === 'signed') ? 'signed' : columns.some((c) => c.unit === 'amount') ? 'amount' : 'count';
}

const PATTERNS: Record<Unit, RegExp> = {
  count: /^\d{1,3}(?:,\d{3})+$|^\d+$/,
  amount: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/,
  signed: /^[+-]?\d+$/,
};

export function parseValue(text: string, unit: Unit, suffixes?: readonly string[]): number | undefined {
  const number = withoutSuffix(text, suffixes);
  // Plain digits, what nearly every cell holds, are a number of every unit.
  if (isDigits(number)) return Number(number);
  if (!PATTERNS[unit].test(number)) return undefined;
  return Number(number.includes(',') ? number.replace(/,/g, '') : number);
}
