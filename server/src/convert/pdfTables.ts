// Tables from the ruling lines a PDF page draws: the lines give the cell grid, a missing line
// between two grid cells merges them, and each merged cell's text is written in its first row
// and column, the cells it covers left empty.
import type { Ruling, TextItem } from './pdfLayout';
import { joinWrapped } from './table';

export interface GridTable {
  left: number;
  right: number;
  bottom: number;
  top: number;
  /** The text of each grid cell: a merged cell's in its first row and column, '' in the cells it covers. */
  cells: string[][];
}

/** Lines closer than this (points) are one edge; a line reaching within it of another touches it. */
const SNAP = 2;

/** Positions closer than SNAP merged, ascending. */
function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const merged: number[] = [];
  for (const v of sorted) if (!merged.length || v - merged[merged.length - 1] > SNAP) merged.push(v);
  return merged;
}

/** Rulings in groups that touch or cross one another: each group with a grid is one table. */
function clusters(rulings: Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touches = (h: Ruling, v: Ruling) => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
  rulings.forEach((a, i) => rulings.forEach((b, j) => {
    if (j > i && a.horizontal !== b.horizontal && touches(a.horizontal ? a : b, a.horizontal ? b : a)) parent[find(i)] = find(j);
  }));
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

const extent = (lines: Ruling[]) => (lines.length ? [Math.min(...lines.map((l) => l.from)), Math.max(...lines.map((l) => l.to))] : []);

const covers = (lines: Ruling[], at: number, from: number, to: number) => {
  const mid = (from + to) / 2;
  return lines.some((l) => Math.abs(l.at - at) <= SNAP && l.from <= mid && l.to >= mid);
};

function gridTable(rulings: Ruling[], items: TextItem[]): GridTable | undefined {
  const horizontals = rulings.filter((r) => r.horizontal);
  const verticals = rulings.filter((r) => !r.horizontal);
  // A table cut by a page break has no ruling along the cut: its verticals' ends mark the edge.
  const xs = edges([...verticals.map((r) => r.at), ...extent(horizontals)]);
  const ys = edges([...horizontals.map((r) => r.at), ...extent(verticals)]).reverse(); // top to bottom
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1, cols = xs.length - 1;
  const cell = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => { parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b)); };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covers(verticals, xs[c + 1], ys[r + 1], ys[r])) join(cell(r, c), cell(r, c + 1));
      if (r + 1 < rows && !covers(horizontals, ys[r + 1], xs[c], xs[c + 1])) join(cell(r, c), cell(r + 1, c));
    }
  // The first grid cell of a merged cell (top row, then left column) is its origin: the smallest index.
  const texts = new Map<number, TextItem[]>();
  for (const item of items) {
    const x = (item.left + item.right) / 2, y = (item.bottom + item.top) / 2;
    const c = xs.findIndex((edge, i) => i < cols && x >= edge && x < xs[i + 1]);
    const r = ys.findIndex((edge, i) => i < rows && y <= edge && y > ys[i + 1]);
    if (c >= 0 && r >= 0 && item.text.trim()) texts.set(find(cell(r, c)), [...(texts.get(find(cell(r, c))) ?? []), item]);
  }
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (find(cell(r, c)) === cell(r, c) ? cellText(texts.get(cell(r, c)) ?? []) : '')));
  return { left: xs[0], right: xs[cols], top: ys[0], bottom: ys[rows], cells };
}

/** The table as report text: one tab-separated line per grid row that holds any text. */
export function tableRows(table: GridTable): string[] {
  return table.cells.filter((row) => row.some(Boolean)).map((row) => row.join('\t'));
}

/** A cell's text: its lines top to bottom, a label wrapped inside the cell joined again. */
function cellText(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => {
    const sameLine = Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < 0.5 * Math.min(a.size, b.size);
    return sameLine ? a.left - b.left : b.top - a.top;
  });
  return joinWrapped(sorted.map((item) => item.text));
}

/** Every ruled table of a page, each with the text items inside it. */
export function gridTables(rulings: Ruling[], items: TextItem[]): GridTable[] {
  const tables: GridTable[] = [];
  for (const group of clusters(rulings)) {
    const bounds = { left: Math.min(...group.map((r) => (r.horizontal ? r.from : r.at))), right: Math.max(...group.map((r) => (r.horizontal ? r.to : r.at))) };
    const top = Math.max(...group.map((r) => (r.horizontal ? r.at : r.to))), bottom = Math.min(...group.map((r) => (r.horizontal ? r.at : r.from)));
    const inside = items.filter((i) => (i.left + i.right) / 2 > bounds.left && (i.left + i.right) / 2 < bounds.right && (i.top + i.bottom) / 2 > bottom && (i.top + i.bottom) / 2 < top);
    const table = gridTable(group, inside);
    if (table) tables.push(table);
  }
  return tables;
}
