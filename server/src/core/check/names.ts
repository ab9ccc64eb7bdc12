// Names of rows, columns and cells as a reader knows them.
import type { TableModel } from '../model';

export function rowName(table: TableModel, row: number): string {
  const spec = table.index.spec.rows[row];
  if (spec.label === '') return table.index.spec.title.zh;
  const group = spec.group && table.index.spec.rows.find((r) => r.key === spec.group);
  return group && /^\d/.test(spec.label) ? `${group.label} ${spec.label}` : spec.label;
}

export function columnName(table: TableModel, column: number): string {
  const spec = table.index.spec.columns[column];
  return spec.group && table.index.spec.key === 'review' ? `${spec.group} · ${spec.label}` : spec.label;
}

export function cellName(table: TableModel, row: number, column: number): string {
  return table.index.spec.columns.length === 1 ? rowName(table, row) : `${rowName(table, row)} · ${columnName(table, column)}`;
}

