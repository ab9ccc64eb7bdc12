// Tables as the checker reads them: one line per row, tab-separated cells, a merged cell written
// once in its first row and column and the cells it covers left empty.

export interface Cell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

const SPACES = /[\s\u00a0\u3000]+/g;
const CJK_BREAK = /(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g;

/** The text of a cell or paragraph on one line: runs of white space (and &nbsp;) one space, none at the ends. */
export function oneLine(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Lines wrapped inside a cell joined as one label: no space between two Chinese characters. */
export function joinWrapped(parts: string[]): string {
  return oneLine(parts.join(' ')).replace(CJK_BREAK, '');
}

/** The rows of a table whose cells span columns and rows, each as one tab-separated line. */
export function tableLines(rows: Cell[][]): string[] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan) && r + dr < rows.length; dr++)
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? oneLine(cell.text) : '';
      c += Math.max(1, cell.colSpan);
    }
  });
  return grid.filter((row) => row.some((text) => text)).map((row) => Array.from(row, (text) => text ?? '').join('\t'));
}
