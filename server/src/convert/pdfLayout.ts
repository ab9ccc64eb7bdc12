// From positioned text and ruling lines to report text: tables rebuilt from their cell grid,
// prose lines joined into paragraphs, page numbers dropped, tables split by a page break joined.
import { joinWrapped } from './table';
import { gridTables, tableRows, type GridTable } from './pdfTables';

/** A run of text on the page, its box in points (y upwards). */
export interface TextItem {
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
  size: number;
  vertical: boolean;
}

/** A horizontal or vertical line drawn on the page: `at` is its y (or x), `from`–`to` its extent. */
export interface Ruling {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  items: TextItem[];
  rulings: Ruling[];
  width: number;
  height: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  top: number;
  size: number;
  page: number;
  /** Columns set apart by wide gaps on a page without rulings: a table row, never joined. */
  row: boolean;
  /** In the top or bottom margin of the page, where running headers and footers stand. */
  inMargin?: boolean;
}

type Block = { table: GridTable; top: number; page: number } | { line: Line; top: number; page: number };

const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d+)$/;
const HEADING = /^(?:#+\s*)?(?:[一二三四五六七八九十]+\s*[、.,．，]|[（(][一二三四五六七八九十]+[）)])/;
/** The share of the page height at top and bottom where headers, footers and page numbers sit. */
const MARGIN = 0.1;

const centerX = (item: TextItem) => (item.left + item.right) / 2;
const centerY = (item: TextItem) => (item.bottom + item.top) / 2;

/** Items on one baseline, left to right; runs far apart become tab-separated columns. */
function lineOf(items: TextItem[], page: number): Line {
  items.sort((a, b) => a.left - b.left);
  const size = Math.max(...items.map((item) => item.size));
  const cells: string[][] = [];
  items.forEach((item, i) => {
    const gap = i > 0 ? item.left - items[i - 1].right : Infinity;
    if (gap > 2.5 * size) cells.push([item.text]);
    else cells[cells.length - 1].push(gap > 0.25 * size ? ' ' + item.text : item.text);
  });
  const text = cells.map((cell) => joinWrapped([cell.join('')])).join('\t');
  return { text, left: items[0].left, right: Math.max(...items.map((i) => i.right)), top: Math.max(...items.map((i) => i.top)), size, page, row: cells.length > 1 };
}

/** Items grouped into lines by their vertical centre, top to bottom. */
function linesOf(items: TextItem[], page: number): Line[] {
  const sorted = items.filter((item) => item.text.trim()).sort((a, b) => centerY(b) - centerY(a));
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(centerY(last[0]) - centerY(item)) < 0.5 * Math.min(last[0].size, item.size)) last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => lineOf(group, page));
}

/** A page's tables and lines of text, top to bottom; page numbers dropped. */
function pageBlocks(content: PageContent, page: number): Block[] {
  const tables = gridTables(content.rulings, content.items);
  const inTable = (item: TextItem) => tables.some((t) => centerX(item) > t.left && centerX(item) < t.right && centerY(item) > t.bottom && centerY(item) < t.top);
  const margin = MARGIN * content.height;
  const lines = linesOf(content.items.filter((item) => !inTable(item)), page).map((line) => ({ ...line, inMargin: line.top < margin || line.top > content.height - margin }));
  const kept = lines.filter((line) => !(PAGE_NUMBER.test(line.text.replace(/\s+/g, ' ').trim()) && (line.inMargin || /[-—–－]/.test(line.text))));
  const blocks: Block[] = [...tables.map((table) => ({ table, top: table.top, page })), ...kept.map((line) => ({ line, top: line.top, page }))];
  return blocks.sort((a, b) => b.top - a.top);
}

/** Running headers and footers: a line in the page margin that recurs on other pages (its numbers aside). */
function withoutRunningLines(blocks: Block[]): Block[] {
  const key = (line: Line) => line.text.replace(/\d+/g, '#');
  const pagesOf = new Map<string, Set<number>>();
  for (const block of blocks) if ('line' in block && block.line.inMargin) pagesOf.set(key(block.line), (pagesOf.get(key(block.line)) ?? new Set()).add(block.page));
  return blocks.filter((block) => !('line' in block && block.line.inMargin && pagesOf.get(key(block.line))!.size > 1));
}

/** Where the body text starts and ends on the line, and its type size, as most lines have them. */
function margins(lines: Line[]): { left: number; right: number; size: number } {
  const mode = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v / 3), (counts.get(Math.round(v / 3)) ?? 0) + 1);
    return 3 * [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  };
  if (!lines.length) return { left: 0, right: 0, size: 0 };
  return { left: mode(lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)), size: mode(lines.map((l) => l.size)) };
}

/** Whether `line` carries on the paragraph that `previous` ends; a title set over two lines in large type is one line. */
function continues(previous: Line, line: Line, body: { left: number; right: number; size: number }): boolean {
  if (previous.row || line.row || HEADING.test(line.text)) return false;
  if (Math.abs(previous.size - line.size) > 0.5) return false;
  if (line.size > 1.2 * body.size) return true;
  const indented = line.left > body.left + 0.8 * line.size;
  const fullWidth = previous.right > body.right - 2 * previous.size;
  return fullWidth && !indented;
}

export function layoutPages(pages: PageContent[]): { lines: string[]; pages: number[] } {
  const blocks = withoutRunningLines(pages.flatMap((content, i) => pageBlocks(content, i + 1)));
  const body = margins(blocks.flatMap((b) => ('line' in b && !b.line.row ? [b.line] : [])));
  const out: string[] = [];
  const pageOf: number[] = [];
  const push = (text: string, page: number) => (out.push(text), pageOf.push(page));
  let previous: Block | undefined;
  for (const block of blocks) {
    if ('line' in block) {
      if (previous && 'line' in previous && continues(previous.line, block.line, body)) out[out.length - 1] = joinWrapped([out[out.length - 1], block.line.text]);
      else {
        if (out.length && !(block.line.row && previous && 'line' in previous && previous.line.row)) push('', block.page);
        push(block.line.text, block.page);
      }
    } else {
      // A table straight after another (across a page break) carries it on.
      if (out.length && !(previous && 'table' in previous)) push('', block.page);
      for (const row of tableRows(block.table)) push(row, block.page);
    }
    previous = block;
  }
  return { lines: out, pages: pageOf };
}
