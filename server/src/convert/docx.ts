// Word .docx: the document XML read from the zip, paragraphs and tables (w:tbl) in document order,
// merged cells (w:gridSpan, w:vMerge) kept as the statutory table has them.
import { unzipSync, strFromU8 } from 'fflate';
import { Parser } from 'htmlparser2';
import type { Converted, Refusal } from './index';
import { refusals } from './refusals';
import { oneLine, tableLines, type Cell } from './table';

const DOCUMENT = 'word/document.xml';
/** A zip can unpack to far more than it weighs: the document XML is refused past this. */
const MAX_XML_BYTES = 64 * 1024 * 1024;

interface TableState {
  rows: Cell[][];
  /** The cell being read; `continued` when it continues a vertical merge and so is blank. */
  cell?: Cell & { parts: string[]; continued: boolean };
}

/** Body text and tables of a WordprocessingML document, as report text lines. */
function documentLines(xml: string): string[] {
  const blocks: string[] = [];
  const tables: TableState[] = [];
  let paragraph: string[] | undefined;
  const endParagraph = () => {
    if (!paragraph) return;
    const text = paragraph.join('');
    const table = tables.at(-1);
    // A tab in body text separates cells, as in a table typed with tabs; inside a table's cell it is a space.
    const line = text.split('\t').map(oneLine).join('\t').replace(/\t+$/, '');
    if (table?.cell) table.cell.parts.push(text);
    else if (line) blocks.push(line, '');
    paragraph = undefined;
  };
  let inText = false;
  /** w:tab is a tab in a run, and a tab stop in the paragraph's properties. */
  let inRun = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const table = tables.at(-1);
        if (name === 'w:p') paragraph = [];
        else if (name === 'w:t') inText = true;
        else if (name === 'w:tab' && paragraph && inRun) paragraph.push('\t');
        else if (name === 'w:br' && paragraph) paragraph.push(' ');
        else if (name === 'w:r') inRun = true;
        else if (name === 'w:tbl') tables.push({ rows: [] });
        else if (name === 'w:tr' && table) table.rows.push([]);
        else if (name === 'w:gridBefore' && table) for (let i = Number(attributes['w:val']) || 0; i > 0; i--) table.rows.at(-1)?.push({ text: '', colSpan: 1, rowSpan: 1 });
        else if (name === 'w:tc' && table) table.cell = { text: '', colSpan: 1, rowSpan: 1, parts: [], continued: false };
        else if (name === 'w:gridSpan' && table?.cell) table.cell.colSpan = Math.max(1, Number(attributes['w:val']) || 1);
        // A cell continuing a vertical merge is blank: its text belongs to the first row of the merge.
        else if (name === 'w:vMerge' && table?.cell) table.cell.continued = attributes['w:val'] !== 'restart';
      },
      ontext(text) {
        if (inText && paragraph) paragraph.push(text);
      },
      onclosetag(name) {
        const table = tables.at(-1);
        if (name === 'w:t') inText = false;
        else if (name === 'w:r') inRun = false;
        else if (name === 'w:p') endParagraph();
        else if (name === 'w:tc' && table?.cell) {
          const { parts, continued, colSpan } = table.cell;
          table.rows.at(-1)?.push({ text: continued ? '' : parts.join(' '), colSpan, rowSpan: 1 });
          table.cell = undefined;
        } else if (name === 'w:tbl' && table) {
          tables.pop();
          const lines = tableLines(table.rows);
          const outer = tables.at(-1);
          // A table nested in a cell is read as that cell's text.
          if (outer?.cell) outer.cell.parts.push(lines.join(' '));
          else blocks.push(...lines, '');
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return blocks;
}

export async function read(bytes: Uint8Array): Promise<Converted | Refusal> {
  let tooLarge = false;
  const files = unzipSync(bytes, {
    filter: (file) => file.name === DOCUMENT && !(tooLarge = file.originalSize > MAX_XML_BYTES),
  });
  if (tooLarge) return refusals.tooLarge(MAX_XML_BYTES + 1);
  const xml = files[DOCUMENT];
  if (!xml) return refusals.notDocx;
  const lines = documentLines(strFromU8(xml));
  const text = lines.join('\n').trim();
  return text ? { kind: 'docx', text: text + '\n' } : refusals.emptyDocument('docx');
}
