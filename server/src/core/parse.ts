// From text as it really arrives to a model of sections, tables, rows and cells.
import type { Alignment, Report, RowModel, SectionModel, TableModel, ValueCell } from './model';
import { indexOf, MAX_HEADER_WORD, statutes, type StatuteIndex, type TableIndex, type Unit } from './statute';
import { editDistance, hasHan, labelSegments, normalizeLabel, rangeOf, splitLines, splitMarker, type Cell, type Line } from './text';

const TITLE = /^#*(.*?)(\d{4})年度?政府信息公开工作年度报告/;
const HEADING = /^([\s\u3000]*(?:#+[\s\u3000]*)?)([一二三四五六])[\s\u3000]*([、,.，．])?[\s\u3000]*(.+?)[\s\u3000。：:]*$/;
const MAY_BE_HEADING = /^[\s\u3000#]*[一二三四五六]/;
/** Cues of the 2019 format, for a report whose title gives no year. */
const CUES_2019 = ['本年新制作数量', '上一年项目数量', '对外公开总数量'];

export function parse(text: string): Report {
  const lines = splitLines(text);
  const title = findTitle(lines);
  const version = title && title.year <= 2020 ? '2019' : title ? '2021' : guessVersion(lines);
  const statute = indexOf(statutes[version]);
  const sections = findSections(lines, statute);
  const headingLines = new Set(sections.flatMap((s) => range(s.line, s.lastHeadingLine + 1)));
  if (title) headingLines.add(title.line);
  const tables = findTables(lines, statute, sections, headingLines);
  const inTable = new Set(tables.flatMap((t) => range(t.firstLine, t.lastLine + 1)));
  const prose = lines.filter((l) => !headingLines.has(l.number) && !inTable.has(l.number) && l.text.trim() !== '').map((l) => l.number);
  const isReport = title !== undefined || sections.length >= 2 || tables.length > 0;
  return {
    text, lines, prose, sections: isReport ? sections : [], tables: isReport ? tables : [],
    statute: isReport ? statute : undefined,
    year: title?.year, organization: title?.organization, titleLine: title?.line,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function findTitle(lines: Line[]): { line: number; year: number; organization?: string } | undefined {
  for (const line of lines.slice(0, 30)) {
    const m = TITLE.exec(line.text.replace(/[\s\u3000]/g, ''));
    if (m) return { line: line.number, year: Number(m[2]), organization: m[1] || undefined };
  }
  return undefined;
}

function guessVersion(lines: Line[]): '2019' | '2021' {
  return lines.some((l) => CUES_2019.some((cue) => l.text.includes(cue))) ? '2019' : '2021';
}

function findSections(lines: Line[], statute: StatuteIndex): SectionModel[] {
  const found: SectionModel[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells.length > 1 || !MAY_BE_HEADING.test(line.text)) continue;
    const m = HEADING.exec(line.text);
    if (!m) continue;
    const title = normalizeLabel(m[4]);
    let index = statute.sectionByTitle.get(title);
    let last = i;
    if (index === undefined && title.length >= 4) {
      // A heading split over two lines by PDF extraction.
      const next = lines.slice(i + 1, i + 3).find((l) => l.text.trim() !== '');
      if (next && !next.text.includes('\t')) {
        index = statute.sectionByTitle.get(title + normalizeLabel(next.text));
        if (index !== undefined) last = next.number;
      }
    }
    const misspelt = index === undefined ? misspeltSection(m[2], title, statute) : undefined;
    index ??= misspelt;
    if (index === undefined || found.some((s) => s.index === index)) continue;
    found.push({
      spec: statute.statute.sections[index], index, line: i, lastHeadingLine: last, endLine: lines.length,
      headingRange: rangeOf(i, m[1].length, line.text.trimEnd().length), prefix: m[1], separator: m[3] ?? '、',
      ...(misspelt === undefined ? {} : { misspelt: true }),
    });
    i = last;
  }
  found.forEach((s, k) => (s.endLine = k + 1 < found.length ? found[k + 1].line : lines.length));
  return found;
}

/** The section a heading with the right numeral names in a few wrong characters (行政法复议). */
function misspeltSection(numeral: string, title: string, statute: StatuteIndex): number | undefined {
  const index = statute.statute.sections.findIndex((s) => s.numeral === numeral);
  const spec = statute.statute.sections[index];
  const limit = Math.min(4, Math.floor(title.length / 3));
  return spec && [spec.title, ...spec.aliases].some((t) => editDistance(title, normalizeLabel(t), limit) <= limit) ? index : undefined;
}

function sectionAt(sections: SectionModel[], line: number): number | undefined {
  return sections.find((s) => line >= s.line && line < s.endLine)?.index;
}

type LineKind =
  | { kind: 'blank' }
  | { kind: 'caption'; table: TableIndex }
  | { kind: 'header'; table: TableIndex }
  | { kind: 'other' };

function isNumberLike(cell: Cell, table: TableIndex): boolean {
  const text = withoutSuffix(cell.text, table.valueSuffixes);
  return text !== '' && !hasHan(text);
}

/** A value without a unit word the format accepts after it (251000元). */
function withoutSuffix(text: string, suffixes: readonly string[] = []): string {
  const suffix = suffixes.find((s) => text.endsWith(s) && text.length > s.length);
  return suffix ? text.slice(0, -suffix.length).trimEnd() : text;
}

const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?$/;

/** Captions are short: 第二十条第（一）项 and the like. */
const CAPTION_PREFIX = 24;

function classify(line: Line, statute: StatuteIndex, current: TableIndex | undefined): LineKind {
  if (line.cells.length === 1 && line.cells[0].text === '') return { kind: 'blank' };
  const first = normalizeLabel(line.cells[0].text.slice(0, CAPTION_PREFIX));
  const captioned = first.startsWith('第') ? statute.tables.find((t) => t.caption !== undefined && first.startsWith(t.caption)) : undefined;
  if (captioned) return { kind: 'caption', table: captioned };
  if (line.cells.length === 1 && line.cells[0].text.length > MAX_HEADER_WORD) return { kind: 'other' };
  if (line.cells.some((c) => NUMBER.test(c.text))) return { kind: 'other' };
  // The table most of the line's cells belong to the header of; the open table wins a tie.
  const votes = new Map<TableIndex, number>();
  for (const cell of line.cells) {
    for (const table of statute.headerTables(normalizeLabel(cell.text))) votes.set(table, (votes.get(table) ?? 0) + 1);
  }
  let best: TableIndex | undefined;
  let bestScore = 0;
  for (const [table, score] of votes) {
    if (score > bestScore || (score === bestScore && table === current)) [best, bestScore] = [table, score];
  }
  return best ? { kind: 'header', table: best } : { kind: 'other' };
}

function findTables(lines: Line[], statute: StatuteIndex, sections: SectionModel[], headings: Set<number>): TableModel[] {
  const tables: TableModel[] = [];
  let current: TableModel | undefined;
  const open = (table: TableIndex, line: number): TableModel => {
    current = {
      index: table, section: sectionAt(sections, line) ?? table.spec.section, firstLine: line, lastLine: line,
      headerLines: [], headerCells: [], rows: [],
    };
    tables.push(current);
    return current;
  };
  for (const line of lines) {
    if (headings.has(line.number)) {
      current = undefined;
      continue;
    }
    const kind = classify(line, statute, current?.index);
    if (kind.kind === 'blank') continue;
    if (kind.kind === 'caption') {
      open(kind.table, line.number).captionLine = line.number;
      continue;
    }
    if (kind.kind === 'header') {
      const table = current && (current.index === kind.table || current.rows.length === 0 && current.captionLine !== undefined)
        ? current : open(kind.table, line.number);
      table.headerLines.push(line.number);
      table.lastLine = line.number;
      continue;
    }
    const row = current && readRow(line, current);
    if (current && row && (row.row !== undefined || row.values.length > 0)) {
      current.rows.push(row);
      current.lastLine = line.number;
      continue;
    }
    const elsewhere = statute.tables.find((t) => t !== current?.index && exactRow(line, t) !== undefined);
    if (elsewhere) {
      const table = open(elsewhere, line.number);
      table.rows.push(readRow(line, table)!);
      continue;
    }
    // A piece of a label wrapped onto a line of its own stays inside the table; prose ends it.
    if (current && !isFragment(line, current.index)) current = undefined;
    else if (current) current.lastLine = line.number;
  }
  for (const table of tables) {
    table.positions = headerPositions(lines, table);
    for (const row of table.rows) align(row, table, lines[row.line]);
    markDuplicates(table);
  }
  return tables;
}

function isFragment(line: Line, table: TableIndex): boolean {
  return line.cells.every((c) => c.text === '' || table.isLabelFragment(splitMarker(c.text).text));
}

/** The label region of a row: the cells before the trailing run of number-like or empty cells. */
function labelRegionEnd(cells: Cell[], table: TableIndex): number {
  let end = cells.length;
  while (end > 0 && (cells[end - 1].text === '' || isNumberLike(cells[end - 1], table))) end--;
  return end;
}

function exactRow(line: Line, table: TableIndex): number | undefined {
  const end = labelRegionEnd(line.cells, table);
  if (end === line.cells.length) return undefined;
  return identify(line.cells.slice(0, end), table)?.row;
}

/** The rightmost label segment that names a row exactly: a sub-row's label follows its group's. */
function identify(labels: Cell[], table: TableIndex): { row: number; cell: Cell } | undefined {
  let group: { row: number; cell: Cell } | undefined;
  for (let i = labels.length - 1; i >= 0; i--) {
    const segments = labelSegments(labels[i].text);
    for (let s = segments.length - 1; s >= 0; s--) {
      const key = splitMarker(segments[s]);
      const rows = table.rowsFor(key.text);
      const row = rows.find((r) => key.marker === undefined || table.rowKeys[r].marker === key.marker) ?? rows[0];
      if (row === undefined) continue;
      if (table.spec.rows[row].values) return { row, cell: labels[i] };
      group ??= { row, cell: labels[i] };
    }
  }
  return group;
}

function readRow(line: Line, table: TableModel): RowModel | undefined {
  const index = table.index;
  const end = labelRegionEnd(line.cells, index);
  const labels = line.cells.slice(0, end).filter((c) => c.text !== '');
  const values = line.cells.slice(end).filter((c) => c.text !== '');
  const row: RowModel = {
    row: undefined, line: line.number, typos: [], duplicate: false, alignment: 'exact',
    values: values.map((c): ValueCell => ({ index: c.index, text: c.text, start: c.start, end: c.end, value: undefined })),
  };
  const found = identify(labels, index);
  if (found) {
    row.row = found.row;
    row.labelCell = found.cell;
    // Another label cell of the same row in other words: (七)总记 beside (七) 总计 says it twice.
    for (const cell of labels) {
      if (cell === found.cell) continue;
      const key = splitMarker(cell.text);
      if (index.rowsFor(key.text).length === 0 && !index.isLabelFragment(key.text) && index.nearestRow(key) === found.row) (row.doubled ??= []).push(cell);
    }
  } else if (labels.length > 0) {
    for (let i = labels.length - 1; i >= 0 && row.row === undefined; i--) {
      const near = index.nearestRow(splitMarker(labels[i].text));
      if (near !== undefined) [row.row, row.labelCell, row.typos] = [near, labels[i], [labels[i]]];
    }
    if (row.row === undefined && values.length === 0) return undefined;
  } else {
    // A line of values with no label: the table's unlabelled row (table 四), once.
    const unlabelled = index.spec.rows.findIndex((r) => r.label === '');
    if (unlabelled >= 0 && !table.rows.some((r) => r.row === unlabelled)) row.row = unlabelled;
  }
  if (row.row !== undefined && !index.spec.rows[row.row].values) {
    // A group label (（三）不予公开) carries no values: alone on its line it only labels the rows below.
    if (values.length === 0) return undefined;
    if (!index.spec.rows[row.row].formerValueRow) row.row = undefined;
  }
  return row;
}

function headerPositions(lines: Line[], table: TableModel): number[] | undefined {
  const columns = table.index.spec.columns;
  const positions: (number | undefined)[] = columns.map(() => undefined);
  for (const number of table.headerLines) {
    for (const cell of lines[number].cells) {
      const candidates = table.index.columnsFor(normalizeLabel(cell.text));
      // A label that several columns share (结果维持 in three groups) goes to the first still unplaced.
      const column = candidates.find((c) => positions[c] === undefined);
      if (column === undefined) continue;
      positions[column] = cell.index;
      table.headerCells.push({ line: number, cell, column });
    }
  }
  if (positions.some((p) => p === undefined)) return undefined;
  const placed = positions as number[];
  return placed.every((p, i) => i === 0 || p > placed[i - 1]) ? placed : undefined;
}

function align(row: RowModel, table: TableModel, line: Line): void {
  const columns = table.index.spec.columns;
  const count = columns.length;
  const values = row.values;
  const lastLabel = row.labelCell?.index ?? -1;
  let slots: (ValueCell | undefined)[] | undefined;
  let alignment: Alignment;
  const positions = table.positions;
  const first = values.length > 0 ? values[0] : undefined;
  if (positions && values.length > 0 && values.every((v) => positions.includes(v.index)) && values[0].index > lastLabel) {
    slots = positions.map((p) => values.find((v) => v.index === p));
    alignment = values.length === count ? 'exact' : 'positional';
  } else if (values.length === count) {
    slots = [...values];
    alignment = 'exact';
  } else if (values.length > count) {
    alignment = 'overflow';
  } else if (first && values[values.length - 1].index - first.index + 1 === count) {
    // Empty cells between values keep their place: 0→→0→0 lost the second value.
    slots = columns.map((_, i) => values.find((v) => v.index === first.index + i));
    alignment = 'positional';
  } else {
    alignment = 'ambiguous';
  }
  row.alignment = alignment;
  row.slots = slots;
  if (slots && alignment === 'positional') row.holes = holesOf(slots, first!, table.positions, line, lastLabel);
  for (const v of values) {
    const column = slots ? slots.indexOf(v) : -1;
    v.value = column >= 0 ? parseValue(v.text, columns[column].unit, columns[column].suffixes) : parseValue(v.text, widestUnit(columns.map((c) => c.unit)));
  }
}

/** The empty cells of a positional row that stand where a column's value should be. */
function holesOf(slots: (ValueCell | undefined)[], first: Cell, header: number[] | undefined, line: Line, lastLabel: number): (Cell | undefined)[] {
  const byHeader = header !== undefined && slots.every((slot, column) => !slot || slot.index === header[column]);
  return slots.map((slot, column) => {
    const cell = slot ? undefined : line.cells[byHeader ? header[column] : first.index + column];
    return cell && cell.text === '' && cell.index > lastLabel ? cell : undefined;
  });
}

function widestUnit(units: Unit[]): Unit {
  return units.includes('signed') ? 'signed' : units.includes('amount') ? 'amount' : 'count';
}

const PATTERNS: Record<Unit, RegExp> = {
  count: /^\d{1,3}(?:,\d{3})+$|^\d+$/,
  amount: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/,
  signed: /^[+-]?\d+$/,
};

export function parseValue(text: string, unit: Unit, suffixes?: readonly string[]): number | undefined {
  const number = withoutSuffix(text, suffixes);
  return PATTERNS[unit].test(number) ? Number(number.replace(/,/g, '')) : undefined;
}

function markDuplicates(table: TableModel): void {
  const seen = new Set<number>();
  for (const row of table.rows) {
    if (row.row === undefined) continue;
    row.duplicate = seen.has(row.row);
    seen.add(row.row);
  }
}
