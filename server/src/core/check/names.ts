// Names of rows, columns and cells as a reader knows them.
import { memoOfStatute } from '../memo';
import type { TableModel } from '../model';
import type { TableIndex } from '../statute';

/** The names of a statutory table's rows, made once: every row of every report is named. */
const rowNames = memoOfStatute((table: TableIndex) => table.spec.rows.map((_, r) => nameOf(table, r)));

export function rowName(table: TableModel, row: number): string {
  return rowNames(table.index)[row];
}

function nameOf(table: TableIndex, row: number): string {
  const spec = table.spec.rows[row];
  if (spec.label === '') return table.spec.title.zh;
  const group = spec.group && table.spec.rows.find((r) => r.key === spec.group);
  return group && /^\d/.test(spec.label) ? `${group.label} ${spec.label}` : spec.label;
}

export function columnName(table: TableModel, column: number): string {
  const spec = table.index.spec.columns[column];
  return spec.group && table.index.spec.key === 'review' ? `${spec.group} · ${spec.label}` : spec.label;
}

export function cellName(table: TableModel, row: number, column: number): string {
  return table.index.spec.columns.length === 1 ? rowName(table, row) : `${rowName(table, row)} · ${columnName(table, column)}`;
}

