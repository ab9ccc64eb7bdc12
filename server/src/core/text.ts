// Text as it arrives from Word and PDF: lines, tab-separated cells, numbers in them, ranges.

export interface Position {
  line: number;
  /** UTF-16 code units, as LSP and JavaScript strings count. */
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Cell {
  /** Tab position in the line (0 = before the first tab). */
  index: number;
  /** The cell's text without surrounding white space. */
  text: string;
  /** Where that trimmed text starts and ends in the line (start = end for an empty cell). */
  start: number;
  end: number;
  /**
   * Set when a table reads the cell as one of a row's values (a ValueCell). Every cell is made
   * with it, unset: cells keep one shape, and a value set later needs no room of its own.
   */
  value?: number;
}

export interface Line {
  number: number;
  /** The line without its line break (and without a trailing CR). */
  text: string;
  cells: Cell[];
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** The cell of line[from, to) without surrounding white space; no copy of the part before trimming. */
function cellOf(line: string, index: number, from: number, to: number): Cell {
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  return { index, text: from === 0 && to === line.length ? line : line.slice(from, to), start: from, end: to, value: undefined };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `0`, `251000`: ASCII digits alone (/^\d+$/), as nearly every cell holds. */
export function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** `-1,234.5`: /^[-+]?\d[\d,]*(?:\.\d+)?$/ read by hand, as it is asked of nearly every cell. */
export function isNumber(text: string): boolean {
  let i = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  if (!isDigit(text.charCodeAt(i++))) return false;
  while (i < text.length && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
  if (i < text.length && text.charCodeAt(i) === 46) {
    const point = i++;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === point + 1) return false;
  }
  return i === text.length;
}

/** Where the number token ending at `end` starts (-?\d+(\.\d+)?), or `end` when there is none. */
function numberStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  if (start === end) return end;
  if (start > 1 && text.charCodeAt(start - 1) === 46 && isDigit(text.charCodeAt(start - 2))) {
    start -= 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  }
  if (start > 0 && text.charCodeAt(start - 1) === 45) start--;
  return start;
}

/**
 * Splits a line at its tabs. A line without tabs (text copied from a PDF) is split at runs of two
 * or more spaces (or an ideographic space), and a trailing run of numbers separated by any space
 * gives one cell per number. One pass from each end: no backtracking, linear in the line.
 */
export function splitCells(text: string): Cell[] {
  const cells: Cell[] = [];
  let tab = text.indexOf('\t');
  if (tab >= 0) {
    let from = 0;
    for (;;) {
      cells.push(cellOf(text, cells.length, from, tab < 0 ? text.length : tab));
      if (tab < 0) return cells;
      from = tab + 1;
      tab = text.indexOf('\t', from);
    }
  }
  // The trailing run of numbers, each preceded by a space or the start of the line.
  const numbers: [number, number][] = [];
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let labelEnd = end;
  for (;;) {
    const start = numberStart(text, end);
    if (start === end || (start > 0 && !isSpace(text.charCodeAt(start - 1)))) break;
    numbers.push([start, end]);
    labelEnd = start;
    end = start;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  }
  splitAtSpaceRuns(text, labelEnd, cells);
  if (cells.length === 0 && numbers.length === 0) cells.push(cellOf(text, 0, 0, text.length));
  for (let i = numbers.length - 1; i >= 0; i--) {
    const [start, stop] = numbers[i];
    cells.push({ index: cells.length, text: text.slice(start, stop), start, end: stop, value: undefined });
  }
  return cells;
}

/** Two white-space characters in a row (as isSpace counts them), or an ideographic space. */
const SPACE_RUN = /[\t-\r \u00a0\ufeff\u3000]{2}|\u3000/;

/** Cells of text[0, end) separated by runs of two or more spaces or by an ideographic space. */
function splitAtSpaceRuns(text: string, end: number, cells: Cell[]): void {
  // Most lines (all prose) have no such run: one cell, found without a loop over every character.
  if (!SPACE_RUN.test(text)) {
    const cell = cellOf(text, cells.length, 0, end);
    if (cell.start < cell.end) cells.push(cell);
    return;
  }
  let start = -1;
  let spaces = 0;
  let wide = false;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    if (i < end && !isSpace(code)) {
      if (start >= 0 && (spaces >= 2 || wide)) {
        cells.push(cellOf(text, cells.length, start, i));
        start = i;
      }
      if (start < 0) start = i;
      spaces = 0;
      wide = false;
    } else {
      spaces++;
      wide ||= code === 0x3000;
    }
  }
  if (start >= 0) cells.push(cellOf(text, cells.length, start, end));
}

/**
 * Where each line starts, counting line breaks as LSP does: \r\n, \n and a lone \r
 * (PDF copies carry lone CRs; an editor counts them, so the core must too).
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

/** The lines of a text without their line breaks. */
export function lineTexts(text: string): string[] {
  // Most texts break lines at \n alone: a split at one character is the engine's fastest.
  return text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
}

/**
 * The first `count` lines of a text at least (all of a shorter one), without their line breaks:
 * what a look at the top needs, without splitting the rest.
 */
export function headLineTexts(text: string, count: number): string[] {
  let end = -1;
  for (let n = 0; n < count; n++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return lineTexts(text);
  }
  // Lone CRs break lines too: cut at the count-th \n, a text that has them gives more lines, never fewer.
  return lineTexts(text.slice(0, end));
}

export function splitLines(text: string): Line[] {
  return lineTexts(text).map((lineText, number) => ({ number, text: lineText, cells: splitCells(lineText) }));
}

/** The lines of a new version of a text, and how many at its start and at its end it shares with the old. */
export interface ReusedLines {
  lines: Line[];
  /** Lines [0, prefix) are the old ones, same numbers. */
  prefix: number;
  /** The last `suffix` lines are the old last ones, moved by `delta`. */
  suffix: number;
  /** Lines the edit inserted (or, negative, deleted). */
  delta: number;
}

/**
 * The lines of `text`, taking the cells of the lines it shares with `old` at its start and end
 * from there: an edit splits only the lines it touched. Those start and end lines also tell a
 * later pass which of its old results still stand.
 */
export function reuseLines(text: string, old: Line[]): ReusedLines {
  const texts = lineTexts(text);
  const most = Math.min(texts.length, old.length);
  let prefix = 0;
  while (prefix < most && texts[prefix] === old[prefix].text) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && texts[texts.length - 1 - suffix] === old[old.length - 1 - suffix].text) suffix++;
  const delta = texts.length - old.length;
  const lines = texts.map((lineText, number): Line => {
    if (number < prefix) return old[number];
    if (number < texts.length - suffix) return { number, text: lineText, cells: splitCells(lineText) };
    return delta === 0 ? old[number] : { number, text: lineText, cells: old[number - delta].cells };
  });
  return { lines, prefix, suffix, delta };
}

export function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function cellRange(line: number, cell: Cell): Range {
  return rangeOf(line, cell.start, cell.end);
}
