// Where each statutory table is: its caption, its header (over as many lines as a PDF spreads it),
// its rows; page numbers inside it skipped.
import { normalizeLabel } from '../labels';
import type { SectionModel, TableModel } from '../model';
import { MAX_HEADER_WORD, type StatuteIndex, type TableIndex } from '../statute';
import { isNumber, type Line } from '../text';
import { align, headerPositions } from './align';
import { cellsOnePerLine, numberKinds } from './cellPerLine';
import { contextOf, rejoinFrom, restartAt, takeOver, type Earlier, type TablesMemo } from './resume';
import { identify, placeByOrder, rowCells, RowReader } from './rows';

/** Captions are short: 第二十条第（一）项 and the like. */
const CAPTION_PREFIX = 40;
/** Lines of a header that name no column (`商业 科研`, `于第三项加第四项之和）`) are short... */
const MAX_HEADER_DEBRIS = 16;
/** ... and few before the first row. */
const MAX_HEADER_DEBRIS_LINES = 12;

/** `-3-`, `— 3 —`, `第 3 页`, `第3页 共7页`, `3 / 7`: a page number, wherever it falls. */
const PAGE_NUMBER = /^[-—–－]\s*\d{1,4}\s*[-—–－]$|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/;
const MAX_PAGE_NUMBER = 24;

type LineKind = 'blank' | 'caption' | 'header' | 'other';
/** The kinds without a table, shared: nearly every line is one. */
const BLANK = { kind: 'blank' } as const;
const OTHER = { kind: 'other' } as const;

function isPageNumber(line: Line): boolean {
  let start = -1;
  let end = -1;
  for (const cell of line.cells) {
    if (cell.text === '') continue;
    if (start < 0) start = cell.start;
    end = cell.end;
  }
  return start >= 0 && end - start <= MAX_PAGE_NUMBER && PAGE_NUMBER.test(line.text.slice(start, end));
}

interface Open {
  model: TableModel;
  reader: RowReader;
  /** Header lines that name no column, read so far before the first row. */
  debris: number;
}

class TableFinder {
  readonly tables: { model: TableModel; reader: RowReader }[] = [];
  /** The normalised words of each header line, by cell: found once, read again for the columns. */
  readonly headerWords = new Map<number, string[]>();
  private lastWords: string[] = [];
  private current: Open | undefined;

  constructor(private readonly statute: StatuteIndex, private readonly sections: SectionModel[]) {}

  close(): void {
    this.current = undefined;
  }

  get closed(): boolean {
    return this.current === undefined;
  }

  private open(table: TableIndex, line: number): Open {
    const model: TableModel = {
      index: table, section: this.sectionAt(line) ?? table.spec.section,
      firstLine: line, lastLine: line, headerLines: [], headerCells: [], rows: [],
    };
    this.current = { model, reader: new RowReader(model), debris: 0 };
    this.tables.push(this.current);
    return this.current;
  }

  private sectionAt(line: number): number | undefined {
    return this.sections.find((s) => line >= s.line && line < s.endLine)?.index;
  }

  /**
   * The table most of the line's cells belong to the header of; the open table, then the section's,
   * wins a tie. While the open table has no rows yet, its header goes on unless the line names two
   * words of another table's header (`结果 结果 其他 尚未` in table 四's header is not table 三's 其他).
   */
  private headerOf(line: Line, sectionIndex: number | undefined): TableIndex | undefined {
    // The distinct words of the line each table's header has, tables in the order first named: a line names few.
    const votes: { table: TableIndex; words: string[] }[] = [];
    this.lastWords = line.cells.map((cell) => (cell.text === '' ? '' : normalizeLabel(cell.text)));
    for (const word of this.lastWords) {
      if (word === '') continue;
      for (const table of this.statute.headerTables(word)) {
        const vote = votes.find((v) => v.table === table);
        if (!vote) votes.push({ table, words: [word] });
        else if (!vote.words.includes(word)) vote.words.push(word);
      }
    }
    const open = this.current?.model;
    const rank = (table: TableIndex) => (table === open?.index ? 2 : table.spec.section === sectionIndex ? 1 : 0);
    let best: TableIndex | undefined;
    let bestScore = 0;
    for (const { table, words } of votes) {
      const score = words.length;
      if (score > bestScore || (score === bestScore && best && rank(table) > rank(best))) [best, bestScore] = [table, score];
    }
    if (best && open && open.rows.length === 0 && open.headerLines.length > 0 && best !== open.index && bestScore < 2) return open.index;
    return best;
  }

  private classify(line: Line): { kind: LineKind; table?: TableIndex } {
    const first = line.cells.find((c) => c.text !== '');
    if (!first || isPageNumber(line)) return BLANK;
    if (first.text.startsWith('第')) {
      const start = normalizeLabel(line.text.slice(first.start, first.start + CAPTION_PREFIX));
      const captioned = this.statute.tables.find((t) => t.caption !== undefined && start.startsWith(t.caption));
      if (captioned) return { kind: 'caption', table: captioned };
    }
    let filled = 0;
    for (const cell of line.cells) {
      if (cell.text === '') continue;
      if (isNumber(cell.text)) return OTHER;
      filled++;
    }
    if (filled === 1 && first.text.length > MAX_HEADER_WORD) return OTHER;
    const table = this.headerOf(line, this.sectionAt(line.number));
    return table ? { kind: 'header', table } : OTHER;
  }

  read(line: Line): void {
    const { kind, table } = this.classify(line);
    if (kind === 'blank') return;
    if (kind === 'caption') {
      this.open(table!, line.number).model.captionLine = line.number;
      return;
    }
    let current = this.current;
    if (kind === 'header') {
      const model = current?.model;
      if (!current || !(model!.index === table || (model!.rows.length === 0 && model!.captionLine !== undefined))) current = this.open(table!, line.number);
      current.model.headerLines.push(line.number);
      this.headerWords.set(line.number, this.lastWords);
      current.model.lastLine = line.number;
      return;
    }
    if (current) {
      const reading = current.reader.read(line);
      if (reading) {
        if (reading !== 'part') current.model.rows.push(reading);
        current.model.lastLine = line.number;
        return;
      }
      if (current.model.rows.length === 0 && current.debris < MAX_HEADER_DEBRIS_LINES && isHeaderDebris(line)) {
        current.debris++;
        current.model.lastLine = line.number;
        return;
      }
      this.close();
    }
    // A row of some table, without its caption or header: the table starts here.
    const { labels, values } = rowCells(line.cells);
    if (values.length === 0) return;
    const elsewhere = this.statute.tables.find((t) => {
      const found = identify(labels, t);
      return found !== undefined && t.spec.rows[found.row].values;
    });
    if (!elsewhere) return;
    const opened = this.open(elsewhere, line.number);
    const row = opened.reader.read(line);
    if (row && row !== 'part') opened.model.rows.push(row);
  }
}

/** A line in a header that names no column: short pieces of header cells, no values, no sentence. */
function isHeaderDebris(line: Line): boolean {
  return line.cells.every((c) => normalizeLabel(c.text).length <= MAX_HEADER_DEBRIS && !isNumber(c.text)) && !line.text.includes('。');
}

/**
 * The tables, read line by line. Given the version before, only the lines from the last place
 * before the edit where no table was open, to the first place after it where the old reading had
 * none open either, are read again; the tables above and below are the old ones, moved.
 */
export function findTables(lines: Line[], statute: StatuteIndex, sections: SectionModel[], headings: Set<number>, earlier?: Earlier): { tables: TableModel[]; memo: TablesMemo } {
  const count = lines.length;
  const context = contextOf(count, sections, headings);
  const numbers = numberKinds(lines, earlier);
  const cellPerLine = cellsOnePerLine(numbers);
  const old = earlier && earlier.memo.statute === statute && earlier.memo.cellPerLine === cellPerLine ? earlier : undefined;
  const from = old ? restartAt(old, context) : 0;
  const rejoin = old ? rejoinFrom(old, context) : count;
  const closed = new Uint8Array(count);
  if (old) closed.set(old.memo.closed.subarray(0, from));
  const finder = new TableFinder(statute, sections);
  let line = from;
  for (; line < count; line++) {
    closed[line] = finder.closed ? 1 : 0;
    if (old && line >= rejoin && finder.closed && old.memo.closed[line - old.delta]) break;
    if (headings.has(line)) finder.close();
    else finder.read(lines[line]);
  }
  const tables = finder.tables.map(({ model, reader }) => {
    if (cellPerLine && model.index.spec.columns.length > 1) {
      [model.rows, model.cellPerLine] = [[], true];
      return model;
    }
    placeByOrder(model, reader.unplaced);
    model.positions = headerPositions(lines, model, finder.headerWords);
    for (const row of model.rows) align(row, model, lines[row.line]);
    markDuplicates(model);
    return model;
  });
  const all = old ? takeOver(old, tables, from, line, closed) : tables;
  return { tables: all, memo: { statute, cellPerLine, tables: all, closed, context, numbers } };
}

function markDuplicates(table: TableModel): void {
  const seen = new Set<number>();
  for (const row of table.rows) {
    if (row.row === undefined) continue;
    row.duplicate = seen.has(row.row);
    seen.add(row.row);
  }
}
