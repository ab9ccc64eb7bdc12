// The cells a rule of the statute names, resolved against a parsed report: a group row stands for
// its value rows (（三）不予公开 = 1. … 8.), so one rule serves both formats.
import { cellValue, type Report, type TableModel } from '../model';
import type { CellRef } from '../statute';
import { cellName, columnName } from './names';

export interface Figure {
  value: number;
  /** The cells as a reader knows them: （一）予以公开 · 总计 + （二）部分公开 · 总计. */
  names: string;
}

/** The rows a row key stands for in a table: itself if it carries values, else its value sub-rows. */
function valueRows(table: TableModel, key: string): number[] {
  const row = table.index.row(key);
  if (row < 0) return [];
  if (table.index.spec.rows[row].values) return [row];
  return table.index.spec.rows.flatMap((r, i) => (r.group === key && r.values ? [i] : []));
}

/** The sum of the cells, or undefined where the report lacks one of them or its value. */
export function figureOf(report: Report, refs: CellRef[]): Figure | undefined {
  let value = 0;
  const names: string[] = [];
  for (const ref of refs) {
    const table = report.tables.find((t) => t.index.spec.key === ref.table);
    const column = table?.index.column(ref.column) ?? -1;
    const rows = table ? valueRows(table, ref.row) : [];
    if (!table || column < 0 || rows.length === 0) return undefined;
    for (const row of rows) {
      const cell = cellValue(table, row, column)?.value;
      if (cell === undefined) return undefined;
      value += cell;
    }
    const group = rows.length > 1 ? table.index.spec.rows[table.index.row(ref.row)].label : undefined;
    names.push(group ? `${group} · ${columnName(table, column)}` : cellName(table, rows[0], column));
  }
  return { value, names: names.join(' + ') };
}
