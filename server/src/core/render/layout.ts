// The shape of a statutory table as the official form draws it, derived from the statute data:
// merged column headers from each column's `group` path (and the table's `header` over all of
// them), and row labels nested by each row's `group`, a group's label spanning its rows.
import type { TableSpec } from '../statute';

export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** The column of a leaf header; undefined for a group header. */
  column?: number;
}

const headers = new WeakMap<TableSpec, HeaderCell[][]>();
const layouts = new WeakMap<TableSpec, RowLayout>();

/** The column header rows: one per level of the deepest column path. */
export function headerRows(spec: TableSpec): HeaderCell[][] {
  let rows = headers.get(spec);
  if (!rows) headers.set(spec, (rows = computeHeaderRows(spec)));
  return rows;
}

export function rowLayout(spec: TableSpec): RowLayout {
  let layout = layouts.get(spec);
  if (!layout) layouts.set(spec, (layout = computeRowLayout(spec)));
  return layout;
}

function computeHeaderRows(spec: TableSpec): HeaderCell[][] {
  const paths = spec.columns.map((c) => [...(spec.header ? [spec.header] : []), ...(c.group ? c.group.split(' / ') : []), c.label]);
  const depth = Math.max(...paths.map((p) => p.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let column = 0; column < paths.length; column++) {
      const path = paths[column];
      if (level >= path.length) continue;
      if (level === path.length - 1) {
        row.push({ text: path[level], colspan: 1, rowspan: depth - level, column });
        continue;
      }
      const prefix = path.slice(0, level + 1).join('\u0000');
      let span = 1;
      while (column + span < paths.length && paths[column + span].length - 1 > level && paths[column + span].slice(0, level + 1).join('\u0000') === prefix) span++;
      row.push({ text: path[level], colspan: span, rowspan: 1 });
      column += span - 1;
    }
    rows.push(row);
  }
  return rows;
}

export interface RowLayout {
  /** The statutory rows that hold values, in statutory order: one table row each. */
  valueRows: number[];
  /** How many label columns the table needs: the deepest nesting of groups, plus one. 0 when no row has a label. */
  labelColumns: number;
  /** The group rows whose label opens before a value row, outermost first, each with the rows it spans. */
  opens: Map<number, { row: number; rowspan: number }[]>;
  /** Each row's nesting depth. */
  depth: number[];
}

function computeRowLayout(spec: TableSpec): RowLayout {
  const index = new Map(spec.rows.map((r, i) => [r.key, i]));
  const ancestors = spec.rows.map((r) => {
    const chain: number[] = [];
    for (let g = r.group; g !== undefined && index.has(g) && !chain.includes(index.get(g)!); g = spec.rows[index.get(g)!].group) chain.unshift(index.get(g)!);
    return chain;
  });
  const valueRows = spec.rows.flatMap((r, i) => (r.values ? [i] : []));
  const labelled = spec.rows.some((r) => r.label !== '');
  const labelColumns = labelled ? Math.max(...ancestors.map((a) => a.length)) + 1 : 0;
  const opens = new Map<number, { row: number; rowspan: number }[]>();
  const opened = new Set<number>();
  for (const r of valueRows) {
    const list = ancestors[r].filter((g) => !opened.has(g)).map((g) => ({ row: g, rowspan: valueRows.filter((v) => ancestors[v].includes(g)).length }));
    list.forEach((g) => opened.add(g.row));
    if (list.length) opens.set(r, list);
  }
  return { valueRows, labelColumns, opens, depth: ancestors.map((a) => a.length) };
}
