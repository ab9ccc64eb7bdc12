// What the parser makes of a report: sections, tables, rows and cells, each with its place in the text.
import { memoOfRecent, RECENT_TABLES } from './memo';
import type { SectionSpec, StatuteIndex, TableIndex } from './statute';
import type { Cell, Line, Range } from './text';

export interface ValueCell extends Cell {
  /** The number it holds, or undefined where it holds something that is not a number of its column's kind. */
  value: number | undefined;
}

/**
 * How a row's values were matched to columns:
 * exact: one value per column; positional: by the header's tab positions, with some columns empty;
 * ambiguous: fewer values than columns and nothing says which are missing; overflow: more values than columns.
 */
export type Alignment = 'exact' | 'positional' | 'ambiguous' | 'overflow';

export interface RowModel {
  /** The statutory row (index into the table spec's rows), or undefined for a line that matches none. */
  row: number | undefined;
  line: number;
  /** The label cell that identified the row. */
  labelCell?: Cell;
  /** Label cells whose wording is close to, but not, the statutory wording. */
  typos: Cell[];
  /** Label cells that say the row's label a second time, mis-spelt, beside its statutory wording. */
  doubled?: Cell[];
  /**
   * The line of the row's label when a PDF wrapped it away from its values (the label before or
   * after the line of values); `line` is then the line of the values, and `labelCell` is unset.
   */
  labelLine?: number;
  /** The non-empty value cells, in order. */
  values: ValueCell[];
  /** Cells after the values that are no number (说明, （注）): a remark, not a value. */
  remarks?: Cell[];
  alignment: Alignment;
  /** Column → value cell; only for exact and positional rows. */
  slots?: (ValueCell | undefined)[];
  /** Column → an empty cell standing where a positional row lost its value, for a fix to fill. */
  holes?: (Cell | undefined)[];
  /** A second occurrence of a row already in the table. */
  duplicate: boolean;
}

export interface TableModel {
  index: TableIndex;
  section: number;
  firstLine: number;
  lastLine: number;
  captionLine?: number;
  headerLines: number[];
  /** Tab position of each column, where the header gives a complete and ordered set. */
  positions?: number[];
  /** Each header cell that names a column: for hovers. */
  headerCells: { line: number; cell: Cell; column: number }[];
  rows: RowModel[];
  /**
   * The table's cells arrive one per line, apart from their labels (plain pdftotext, a PDF
   * viewer's copy): its rows cannot be told apart, so it holds none and is not checked.
   */
  cellPerLine?: boolean;
}

export interface SectionModel {
  spec: SectionSpec;
  index: number;
  /** The heading's first line, and its last (a heading split by PDF extraction spans two). */
  line: number;
  lastHeadingLine: number;
  /** The line after the section's last line. */
  endLine: number;
  headingRange: Range;
  /** The heading's prefix as written (## , ####), for inserting a missing section in the same style. */
  prefix: string;
  /** The separator after the numeral as written (、 , .). */
  separator: string;
  /** The heading names the section in a few wrong characters (存在问题及改进情况). */
  misspelt?: boolean;
}

export interface Report {
  text: string;
  lines: Line[];
  /** Undefined when the text is not a report. */
  statute?: StatuteIndex;
  year?: number;
  organization?: string;
  titleLine?: number;
  sections: SectionModel[];
  tables: TableModel[];
  /** Lines of prose: neither a heading nor part of a table. */
  prose: number[];
}

/** The first statutory row of each kind: looked up for every figure of every rule, indexed once. */
const rowsByIndex = memoOfRecent(RECENT_TABLES, (table: TableModel) => {
  const rows = new Map<number, RowModel>();
  for (const r of table.rows) if (r.row !== undefined && !r.duplicate && !rows.has(r.row)) rows.set(r.row, r);
  return rows;
});

/** The value of a table cell, when the row is present and its alignment known. */
export function cellValue(table: TableModel, row: number, column: number): ValueCell | undefined {
  return rowsByIndex(table).get(row)?.slots?.[column];
}

/** Where a table taken over from an earlier version's parse came from, and by how many lines it moved. */
export interface Origin {
  table: TableModel;
  delta: number;
}

const origins = new WeakMap<TableModel, Origin>();

/**
 * A table of an earlier version, its lines moved by `delta` (lines inserted or deleted above it):
 * its cells, words and values are those of the same lines, so only line numbers change.
 */
export function movedTable(table: TableModel, delta: number): TableModel {
  if (delta === 0) return table;
  const line = (n: number) => n + delta;
  const moved: TableModel = {
    ...table,
    firstLine: line(table.firstLine), lastLine: line(table.lastLine),
    headerLines: table.headerLines.map(line),
    headerCells: table.headerCells.map((h) => ({ ...h, line: line(h.line) })),
    rows: table.rows.map((r) => (r.labelLine === undefined ? { ...r, line: line(r.line) } : { ...r, line: line(r.line), labelLine: line(r.labelLine) })),
  };
  if (table.captionLine !== undefined) moved.captionLine = line(table.captionLine);
  // Pointing at the first table of the chain keeps no more than it and the newest alive.
  const from = origins.get(table);
  origins.set(moved, from ? { table: from.table, delta: from.delta + delta } : { table, delta });
  return moved;
}

/** The table of an earlier version this one was moved from, if it was. */
export function originOf(table: TableModel): Origin | undefined {
  return origins.get(table);
}
