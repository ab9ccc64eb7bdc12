// Word and web-page versions of a report text, built in the tests: each run of tab-separated lines
// becomes a table whose merged cells stand where the text has runs of empty cells (a label followed
// by empty cells spans them; an empty cell under a label continues it downwards).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { check, parse } from '../../server/src/core';

interface Spanned {
  text: string;
  span: number;
  /** Continues the cell above (an empty leading cell under a label). */
  continued: boolean;
  /** Starts a vertical merge continued below. */
  restart: boolean;
  column: number;
}

type Block = { paragraph: string } | { rows: Spanned[][] };

function spannedRow(line: string, above: Spanned[] | undefined): Spanned[] {
  const cells = line.replace(/\t+$/, '').split('\t');
  const row: Spanned[] = [];
  let column = 0;
  let covered = 0;
  cells.forEach((text, i) => {
    const leading = cells.slice(0, i + 1).every((c) => !c.trim());
    const last = row.at(-1);
    // The empty cells under the rest of a label spanning columns belong to its continuation.
    if (covered > 0 && leading) {
      covered--;
      column++;
      return;
    }
    const mergesLeft = !text.trim() && !leading && last && last.text.trim() && cells.slice(i + 1).some((c) => c.trim()) && !/^[\d.+-]+$/.test(last.text.trim());
    if (mergesLeft) last.span++;
    else {
      // A merged cell is a rectangle: it continues only where as many empty cells lie under it as it spans.
      const overhead = above?.find((cell) => cell.column === column);
      const emptyRun = cells.slice(i).findIndex((c) => c.trim());
      const continued = leading && overhead !== undefined && (overhead.text.trim() !== '' || overhead.continued) && (emptyRun < 0 || emptyRun >= overhead.span);
      if (continued && overhead.text.trim()) overhead.restart = true;
      const span = continued ? overhead.span : 1;
      covered = span - 1;
      row.push({ text, span, continued, restart: false, column });
    }
    column++;
  });
  return row;
}

export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    const last = blocks.at(-1);
    if (line.includes('\t')) {
      if (last && 'rows' in last) last.rows.push(spannedRow(line, last.rows.at(-1)));
      else blocks.push({ rows: [spannedRow(line, undefined)] });
    } else if (line.trim()) blocks.push({ paragraph: line.trim() });
  }
  return blocks;
}

export async function docxOf(text: string): Promise<Uint8Array> {
  const children = blocksOf(text).map((block) =>
    'paragraph' in block
      ? new Paragraph(block.paragraph)
      : new Table({
          rows: block.rows.map((row) => new TableRow({
            children: row.map((cell) => new TableCell({
              children: [new Paragraph(cell.continued ? '' : cell.text)],
              columnSpan: cell.span > 1 ? cell.span : undefined,
              verticalMerge: cell.continued ? VerticalMergeType.CONTINUE : cell.restart ? VerticalMergeType.RESTART : undefined,
            })),
          })),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** What the checker finds, without the lines (a conversion may set blank lines differently). */
export const findings = (text: string) => check(parse(text)).map((d) => `${d.code}: ${d.message}`);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page as a government site serves it: navigation, script and footer around the article; merged cells as colspan/rowspan, empty cells as &nbsp;, a space in a header cell as <br>. */
export function htmlOf(text: string, charset = 'utf-8'): string {
  const body = blocksOf(text).map((block) => {
    if ('paragraph' in block) return `<p style="text-indent:2em">${escape(block.paragraph)}</p>`;
    const rowSpan = (rows: Spanned[][], r: number, cell: Spanned) => {
      let n = 1;
      while (rows[r + n]?.some((below) => below.column === cell.column && below.continued)) n++;
      return n;
    };
    const rows = block.rows.map((row, r) => '<tr>' + row.filter((cell) => !cell.continued).map((cell) => {
      const spans = (cell.span > 1 ? ` colspan="${cell.span}"` : '') + (cell.restart ? ` rowspan="${rowSpan(block.rows, r, cell)}"` : '');
      const content = cell.text.trim() ? escape(cell.text.trim()).replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '<br>') : '&nbsp;';
      return `<td${spans}><p>${content}</p></td>`;
    }).join('') + '</tr>');
    return `<table border="1" cellspacing="0"><tbody>${rows.join('\n')}</tbody></table>`;
  });
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>政府信息公开年报</title>
<style>p { margin: 0 }</style><script>var nav = "<p>不是正文</p>";</script></head>
<body><div class="nav-menu"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政府信息公开</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>
<div class="article">${body.join('\n')}</div>
<div id="footer"><p>版权所有 © 某某县人民政府 主办单位：某某县人民政府办公室</p></div></body></html>`;
}
