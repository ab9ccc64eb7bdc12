// The rows of a table, line by line: label, value and remark cells; the statutory row a label
// names, also when a PDF wrapped the label over lines or away from its values.
import { hasHan, markedSegments, splitMarker, type MarkedLabel } from '../labels';
import { memoOfText } from '../memo';
import type { RowModel, TableModel, ValueCell } from '../model';
import type { TableIndex } from '../statute';
import type { Cell, Line } from '../text';

/** The whole cell as one marked label, once per text: labels repeat (every table 三 has the same 25). */
const keyOf = memoOfText(splitMarker);

/** A label's start must be this long to name a row by it (属于 starts three rows; 属于国家 one). */
const MIN_LABEL_START = 4;

interface RowCells {
  labels: Cell[];
  values: Cell[];
  remarks: Cell[];
}

/** A label read on a line without values, waiting for the line that holds them. */
interface Pending {
  line: number;
  marker?: string;
  text: string;
  /** The row, already in the table without values, when the label names it in full. */
  row?: RowModel;
}

/** What reading a line gave: a row, a line that belongs to the table without being a row, or neither. */
export type LineReading = RowModel | 'part' | undefined;

function isNumberLike(cell: Cell, suffixes: readonly string[]): boolean {
  const text = withoutSuffix(cell.text, suffixes);
  return text !== '' && !hasHan(text);
}

/** A value without a unit word the format accepts after it (251000元). */
export function withoutSuffix(text: string, suffixes: readonly string[] = []): string {
  for (const suffix of suffixes) if (text.endsWith(suffix) && text.length > suffix.length) return text.slice(0, -suffix.length).trimEnd();
  return text;
}

/**
 * Label cells, then a run of value cells (number-like or empty), then remark cells: text after the
 * values (说明, （注）, 𠮷) is a remark, not part of the label, as long as some value precedes it.
 */
export function rowCells(cells: Cell[], suffixes: readonly string[] = []): RowCells {
  let end = cells.length;
  while (end > 0 && (cells[end - 1].text === '' || !isNumberLike(cells[end - 1], suffixes))) end--;
  const remarksFrom = end;
  while (end > 0 && (cells[end - 1].text === '' || isNumberLike(cells[end - 1], suffixes))) end--;
  if (remarksFrom === 0) return { labels: filled(cells, 0, cells.length), values: [], remarks: [] };
  return { labels: filled(cells, 0, end), values: filled(cells, end, remarksFrom), remarks: filled(cells, remarksFrom, cells.length) };
}

/** The cells of [from, to) that hold text: where none is empty (a row's values, mostly), a copy of the range of just its size. */
function filled(cells: Cell[], from: number, to: number): Cell[] {
  let count = 0;
  for (let i = from; i < to; i++) if (cells[i].text !== '') count++;
  if (count === to - from) return cells.slice(from, to);
  const found: Cell[] = [];
  for (let i = from; i < to; i++) if (cells[i].text !== '') found.push(cells[i]);
  return found;
}

/** The rightmost label segment that names a row exactly: a sub-row's label follows its group's. */
export function identify(labels: Cell[], table: TableIndex): { row: number; cell: Cell } | undefined {
  let group: { row: number; cell: Cell } | undefined;
  for (let i = labels.length - 1; i >= 0; i--) {
    const segments = markedSegments(labels[i].text);
    for (let s = segments.length - 1; s >= 0; s--) {
      const { key } = segments[s];
      const rows = table.rowsFor(key.text);
      const row = rows.find((r) => key.marker === undefined || table.rowKeys[r].marker === key.marker) ?? rows[0];
      if (row === undefined) continue;
      if (table.spec.rows[row].values) return { row, cell: labels[i] };
      group ??= { row, cell: labels[i] };
    }
  }
  return group;
}

/** The one value row whose statutory label starts with this text (a label cut by a line break). */
function rowStartingWith(label: MarkedLabel, table: TableIndex): number | undefined {
  if (label.text.length < MIN_LABEL_START) return undefined;
  let found: number | undefined;
  for (const row of table.valueRows) {
    const key = table.rowKeys[row];
    if (!key.text.startsWith(label.text) || (label.marker !== undefined && label.marker !== key.marker)) continue;
    if (found !== undefined) return undefined;
    found = row;
  }
  return found;
}

/**
 * A row as the parser first reads it, with every field the reading may set later: rows made in
 * one shape keep each check's reads of them monomorphic.
 */
function newRow(row: number | undefined, line: number, labelCell: Cell | undefined, values: ValueCell[]): RowModel {
  return {
    row, line, labelCell, typos: [], doubled: undefined, labelLine: undefined, values, remarks: undefined,
    alignment: 'exact', slots: undefined, holes: undefined, duplicate: false,
  };
}

/** Reads the lines of one table in order, carrying a wrapped label from line to line. */
export class RowReader {
  private pending: Pending | undefined;
  private unlabelledTaken = false;
  /** The row read from the line just before, when it held values and no label. */
  private valuesAbove: RowModel | undefined;
  /** Rows with values whose label names no row: placed later by the statutory order (`placeByOrder`). */
  readonly unplaced = new Map<RowModel, Cell | undefined>();

  constructor(private readonly table: TableModel) {}

  read(line: Line): LineReading {
    const index = this.table.index;
    const { labels, values, remarks } = rowCells(line.cells, index.valueSuffixes);
    if (labels.length === 0 && values.length === 0) return 'part';
    const valuesAbove = this.valuesAbove;
    this.valuesAbove = undefined;
    const found = identify(labels, index);
    if (values.length === 0) return this.readLabelOnly(line, labels, found, valuesAbove);
    // The line's own cells become the value cells (their value is set by align): no copy per cell.
    const valueCells = values as ValueCell[];
    for (const cell of valueCells) cell.value = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending?.row && labels.length === 0) {
      // The values of a row whose label stands alone on the line above.
      Object.assign(pending.row, { line: line.number, labelLine: pending.line, labelCell: undefined, typos: [], values: valueCells });
      if (remarks.length > 0) pending.row.remarks = remarks;
      return 'part';
    }
    const row = newRow(undefined, line.number, undefined, valueCells);
    if (remarks.length > 0) row.remarks = remarks;
    // A group label with values is the 2019 form of its row (（六）其他处理), where the statute says so.
    if (found && (index.spec.rows[found.row].values || index.spec.rows[found.row].formerValueRow)) {
      [row.row, row.labelCell] = [found.row, found.cell];
      const doubled = this.doubledBeside(labels, found);
      if (doubled.length > 0) row.doubled = doubled;
      return row;
    }
    // A label wrapped over lines: its start above, maybe its end here beside the values.
    const joined = pending && rowStartingWith({ marker: pending.marker, text: pending.text + this.leadingText(labels, found) }, index);
    if (joined !== undefined) {
      [row.row, row.labelLine] = [joined, pending!.line];
      return row;
    }
    const own = labels.length > 0 && !found ? this.ownLabel(labels) : undefined;
    if (own) {
      [row.row, row.labelCell, row.typos] = [own.row, own.cell, own.typo ? [own.cell] : []];
      return row;
    }
    if (labels.length === 0 && !this.unlabelledTaken) {
      // A line of values with no label: the table's unlabelled row (table 四), once.
      const unlabelled = index.spec.rows.findIndex((r) => r.label === '');
      if (unlabelled >= 0) {
        this.unlabelledTaken = true;
        row.row = unlabelled;
        return row;
      }
    }
    this.unplaced.set(row, labels.length > 0 ? labels[labels.length - 1] : undefined);
    if (labels.length === 0) this.valuesAbove = row;
    return row;
  }

  /** A line of labels only: a group label, the start or the rest of a wrapped label, or a stray piece. */
  private readLabelOnly(line: Line, labels: Cell[], found: { row: number; cell: Cell } | undefined, valuesAbove: RowModel | undefined): LineReading {
    const index = this.table.index;
    if (found && index.spec.rows[found.row].values) {
      if (valuesAbove && this.unplaced.has(valuesAbove)) {
        // The label of the values on the line above.
        this.unplaced.delete(valuesAbove);
        [valuesAbove.row, valuesAbove.labelLine] = [found.row, line.number];
        return 'part';
      }
      // A row in full whose values, if any, come on the next line; without them it is a row without values.
      const row = newRow(found.row, line.number, found.cell, []);
      this.pending = { line: line.number, ...index.rowKeys[found.row], row };
      return row;
    }
    const pending = this.pending;
    if (pending) {
      const text = pending.text + this.leadingText(labels, found);
      if (rowStartingWith({ marker: pending.marker, text }, index) !== undefined) {
        this.pending = { ...pending, text };
        return 'part';
      }
    }
    for (let i = labels.length - 1; i >= 0; i--) {
      const segments = markedSegments(labels[i].text);
      for (let s = segments.length - 1; s >= 0; s--) {
        const { key } = segments[s];
        if (rowStartingWith(key, index) === undefined) continue;
        this.pending = { line: line.number, marker: key.marker, text: key.text };
        return 'part';
      }
    }
    if (found || labels.every((c) => isPiece(keyOf(c.text).text, index))) return 'part';
    this.pending = undefined;
    return undefined;
  }

  /** The wording at the start of a line that continues a wrapped label (a group label beside it is not). */
  private leadingText(labels: Cell[], found: { row: number; cell: Cell } | undefined): string {
    const first = labels.find((c) => c !== found?.cell);
    return first ? (markedSegments(first.text)[0]?.key.text ?? '') : '';
  }

  /** A label that starts a statutory label, or is a small edit away from one (a typo). */
  private ownLabel(labels: Cell[]): { row: number; cell: Cell; typo: boolean } | undefined {
    const index = this.table.index;
    for (let i = labels.length - 1; i >= 0; i--) {
      const key = keyOf(labels[i].text);
      const start = rowStartingWith(key, index);
      if (start !== undefined) return { row: start, cell: labels[i], typo: false };
    }
    for (let i = labels.length - 1; i >= 0; i--) {
      const near = index.nearestRow(keyOf(labels[i].text));
      if (near !== undefined && index.spec.rows[near].values) return { row: near, cell: labels[i], typo: true };
    }
    return undefined;
  }

  /** Another label cell of the same row in other words: (七)总记 beside (七) 总计 says it twice. */
  private doubledBeside(labels: Cell[], found: { row: number; cell: Cell }): Cell[] {
    const index = this.table.index;
    const typos: Cell[] = [];
    for (const cell of labels) {
      if (cell === found.cell) continue;
      const key = keyOf(cell.text);
      if (index.rowsFor(key.text).length === 0 && !index.isLabelFragment(key.text) && index.nearestRow(key) === found.row) typos.push(cell);
    }
    return typos;
  }
}

/**
 * Rows whose label names no row, between two rows that were found: where as many statutory rows
 * are missing between those two as there are such rows, and their markers agree, each is that row
 * (a label misspelt beyond a small edit, `2.其他法律行政止公开`; values whose label a PDF put elsewhere).
 */
export function placeByOrder(table: TableModel, unplaced: Map<RowModel, Cell | undefined>): void {
  if (unplaced.size === 0) return;
  const index = table.index;
  const present = new Set<number>();
  for (const row of table.rows) if (row.row !== undefined) present.add(row.row);
  let run: RowModel[] = [];
  let before = -1;
  const place = (after: number) => {
    if (run.length === 0) return;
    const missing = index.valueRows.filter((r) => r > before && r < after && !present.has(r));
    if (missing.length === run.length && run.every((row, k) => markerAgrees(unplaced.get(row), missing[k], index))) {
      run.forEach((row, k) => {
        const label = unplaced.get(row);
        row.row = missing[k];
        row.labelCell = label;
        // A misspelt label, not a piece of a wrapped one, gets the statutory wording.
        if (label && !index.isLabelFragment(keyOf(label.text).text)) row.typos = [label];
      });
    }
    run = [];
  };
  for (const row of table.rows) {
    if (unplaced.has(row)) {
      run.push(row);
      continue;
    }
    if (row.row === undefined) continue;
    place(row.row);
    before = row.row;
  }
  place(index.spec.rows.length);
}

/** A piece of a label split over lines (`年`, `予公开`), or a bare marker (`三、`). */
function isPiece(text: string, index: TableIndex): boolean {
  return text === '' || index.isLabelFragment(text);
}

function markerAgrees(label: Cell | undefined, row: number, index: TableIndex): boolean {
  const marker = label && keyOf(label.text).marker;
  return marker === undefined || marker === index.rowKeys[row].marker;
}
