// The cells a rule of the statute names, resolved against a parsed report: a group row stands for
// its value rows (（三）不予公开 = 1. … 8.), so one rule serves both formats.
import { cellValue, type Report, type TableModel } from '../model';
import type { CellRef, TableIndex } from '../statute';
import { cellName, columnName } from './names';

export interface Figure {
  value: number;
  /** The cells as a reader knows them: （一）予以公开 · 总计 + （二）部分公开 · 总计. Worded only for a finding. */
  names(): string;
}

const valueRowsByKey = new WeakMap<TableIndex, Map<string, number[]>>();

/** The rows a row key stands for in a table: itself if it carries values, else its value sub-rows. */
function valueRows(table: TableIndex, key: string): number[] {
  let byKey = valueRowsByKey.get(table);
  if (!byKey) valueRowsByKey.set(table, (byKey = new Map()));
  let rows = byKey.get(key);
  if (!rows) {
    const row = table.row(key);
    rows = row < 0 ? [] : table.spec.rows[row].values ? [row] : table.spec.rows.flatMap((r, i) => (r.group === key && r.values ? [i] : []));
    byKey.set(key, rows);
  }
  return rows;
}

/** The sum of the cells, or undefined where the report lacks one of them or its value. */
export function figureOf(report: Report, refs: CellRef[]): Figure | undefined {
  let value = 0;
  const tables: TableModel[] = [];
  for (const ref of refs) {
    const table = report.tables.find((t) => t.index.spec.key === ref.table);
    const column = table?.index.column(ref.column) ?? -1;
    const rows = table ? valueRows(table.index, ref.row) : [];
    if (!table || column < 0 || rows.length === 0) return undefined;
    for (const row of rows) {
      const cell = cellValue(table, row, column)?.value;
      if (cell === undefined) return undefined;
      value += cell;
    }
    tables.push(table);
  }
  return { value, names: () => refs.map((ref, k) => nameOf(tables[k], ref)).join(' + ') };
}

function nameOf(table: TableModel, ref: CellRef): string {
  const column = table.index.column(ref.column);
  const rows = valueRows(table.index, ref.row);
  const group = rows.length > 1 ? table.index.spec.rows[table.index.row(ref.row)].label : undefined;
  return group ? `${group} · ${columnName(table, column)}` : cellName(table, rows[0], column);
}
