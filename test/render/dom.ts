// A real HTML parser (parse5, as browsers parse) over the renderer's output, and the grid a table
// makes once its row and column spans are laid out, for tests to ask what the reader sees.
import { parse, parseFragment } from 'parse5';

export interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

export function fragment(html: string): Node {
  return parseFragment(html) as unknown as Node;
}

export function documentOf(html: string): Node {
  return parse(html) as unknown as Node;
}

export function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}

export function all(root: Node, test: (n: Node) => boolean): Node[] {
  return [...walk(root)].filter(test);
}

export const tag = (name: string) => (n: Node) => n.tagName === name;
export const hasClass = (name: string) => (n: Node) => (attr(n, 'class') ?? '').split(' ').includes(name);

/** The text a reader sees: without the visually-hidden spans. */
export function visibleText(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (hasClass('vh')(node)) return '';
  return (node.childNodes ?? []).map(visibleText).join('');
}

export function text(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(text).join('');
}

export function tableByKey(root: Node, key: string): Node {
  const found = all(root, (n) => n.tagName === 'table' && attr(n, 'data-table') === key);
  if (found.length !== 1) throw new Error(`${found.length} tables ${key}`);
  return found[0];
}

/** The table laid out as the eye sees it: grid[row][column] is the cell covering that place (thead rows first). */
export function grid(table: Node): Node[][] {
  const rows = all(table, tag('tr'));
  const result: Node[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of (tr.childNodes ?? []).filter((n) => n.tagName === 'td' || n.tagName === 'th')) {
      while (result[r][c]) c++;
      const colspan = Number(attr(cell, 'colspan') ?? 1);
      const rowspan = Number(attr(cell, 'rowspan') ?? 1);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) {
        if (!result[r + dr]) throw new Error('rowspan past the table');
        result[r + dr][c + dc] = cell;
      }
      c += colspan;
    }
  });
  return result;
}

/** The cells of the grid whose visible text is exactly this, with the places they cover. */
export function placesOf(g: Node[][], content: string): { rows: number[]; columns: number[] } {
  const rows = new Set<number>();
  const columns = new Set<number>();
  g.forEach((row, r) => row.forEach((cell, c) => {
    if (cell && visibleText(cell).trim() === content) {
      rows.add(r);
      columns.add(c);
    }
  }));
  return { rows: [...rows], columns: [...columns] };
}
