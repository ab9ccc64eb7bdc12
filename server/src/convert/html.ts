// A web page as saved from a government site: the article's paragraphs and tables as a browser's
// copy gives them, in the page's own charset; navigation, scripts and styles skipped.
import { decode } from 'iconv-lite';
import { parseDocument } from 'htmlparser2';
import type { Converted, Refusal } from './index';
import { refusals } from './refusals';
import { oneLine, tableLines, type Cell } from './table';

/** Elements whose content is never part of the article (a <header> may hold the article's title: kept). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'nav', 'footer', 'aside', 'select', 'button', 'form', 'iframe', 'svg']);
/** Containers a site's navigation and footers hide in, by class or id. */
const CHROME = /(^|[\s_-])(nav|menu|footer|breadcrumb|crumbs?|share|sidebar|copyright|toolbar)([\s_-]|$)/i;
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'center', 'blockquote', 'pre', 'body', 'dd', 'dt']);
/** Where the report begins: everything above its title is the site's. */
const TITLE = /政府信息公开.{0,6}年\s*度\s*报\s*告/;

/** The page's charset: a BOM, else `<meta charset>` or `http-equiv` in its head, else UTF-8 (GB18030 if that fails). */
function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(Buffer.from(bytes.subarray(3)), 'utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(Buffer.from(bytes.subarray(2)), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(Buffer.from(bytes.subarray(2)), 'utf16be');
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1].toLowerCase();
  const buffer = Buffer.from(bytes);
  if (declared && !/^utf-?8$/.test(declared)) return decode(buffer, /^(gb2312|gbk|x-gbk|gb_2312-80)$/.test(declared) ? 'gb18030' : declared);
  const text = decode(buffer, 'utf8');
  return !declared && text.includes('\ufffd') ? decode(buffer, 'gb18030') : text;
}

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

const isElement = (node: Node): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const skipped = (element: Element) => SKIPPED.has(element.name) || CHROME.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);
const span = (value: string | undefined) => Math.min(100, Math.max(1, Number(value) || 1));

/** A cell's text as a browser copies it: `<br>` and paragraphs inside it a space, `&nbsp;` blank. */
function cellText(node: Node): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || skipped(node)) return '';
  const inner = node.children.map(cellText).join('');
  return BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

function tableRows(table: Element): Cell[][] {
  const rows: Cell[][] = [];
  const visit = (node: Node) => {
    if (!isElement(node) || skipped(node)) return;
    if (node.name === 'tr') rows.push(node.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th')
      .map((c) => ({ text: cellText(c), colSpan: span(c.attribs.colspan), rowSpan: span(c.attribs.rowspan) })));
    else node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return rows;
}

/** The report text of an HTML page, one line per paragraph and per table row. */
function pageLines(html: string): string[] {
  const lines: string[] = [];
  let inline: string[] = [];
  const flush = () => {
    const text = oneLine(inline.join(''));
    if (text) lines.push(text);
    inline = [];
  };
  const walk = (node: Node): void => {
    if (node.type === 'text') inline.push(node.data);
    if (!isElement(node) || skipped(node)) return;
    // A table holding tables lays the page out: its cells are read as blocks.
    const dataTable = node.name === 'table' && !node.children.some(function holdsTable(child: Node): boolean {
      return isElement(child) && (child.name === 'table' || child.children.some(holdsTable));
    });
    const block = BLOCKS.has(node.name) || node.name === 'td' || node.name === 'th';
    if (block) flush();
    if (dataTable) lines.push(...tableLines(tableRows(node)));
    else node.children.forEach(walk);
    if (block) flush();
  };
  parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children.forEach(walk);
  flush();
  const start = lines.findIndex((line) => TITLE.test(line));
  return start > 0 ? lines.slice(start) : lines;
}

export async function read(bytes: Uint8Array): Promise<Converted | Refusal> {
  const lines = pageLines(decodePage(bytes));
  return lines.length > 0 ? { kind: 'html', text: blankBetween(lines) } : refusals.emptyDocument('html');
}

/** Paragraphs apart by a blank line as in the seeds; a table's rows kept together. */
function blankBetween(lines: string[]): string {
  return lines.map((line, i) => (i > 0 && !(line.includes('\t') && lines[i - 1].includes('\t')) ? '\n' : '') + line).join('\n') + '\n';
}
