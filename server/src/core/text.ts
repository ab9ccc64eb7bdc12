// Text as it arrives from Word and PDF: lines, tab-separated cells, and label normalisation.

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
}

export interface Line {
  number: number;
  /** The line without its line break (and without a trailing CR). */
  text: string;
  cells: Cell[];
}

const TRIM_LEFT = /^[\s\u3000\ufeff]*/;
const TRIM_RIGHT = /[\s\u3000\ufeff]*$/;

function trimmedCell(text: string, index: number, offset: number): Cell {
  const left = TRIM_LEFT.exec(text)![0].length;
  const right = left === text.length ? 0 : TRIM_RIGHT.exec(text)![0].length;
  const start = offset + left;
  const end = offset + text.length - right;
  return { index, text: text.slice(left, text.length - right), start, end: Math.max(start, end) };
}

/** Splits a line at its tabs. A line without tabs keeps a trailing run of numbers as cells of their own. */
export function splitCells(text: string): Cell[] {
  const cells: Cell[] = [];
  if (text.includes('\t')) {
    let offset = 0;
    let index = 0;
    for (const part of text.split('\t')) {
      cells.push(trimmedCell(part, index++, offset));
      offset += part.length + 1;
    }
    return cells;
  }
  const trailing = /((?:[\s\u3000]+-?\d+(?:\.\d+)?)+)[\s\u3000]*$/.exec(text);
  if (!trailing || trailing.index === 0) return [trimmedCell(text, 0, 0)];
  cells.push(trimmedCell(text.slice(0, trailing.index), 0, 0));
  const number = /-?\d+(?:\.\d+)?/g;
  for (let m = number.exec(trailing[1]); m; m = number.exec(trailing[1])) {
    const start = trailing.index + m.index;
    cells.push({ index: cells.length, text: m[0], start, end: start + m[0].length });
  }
  return cells;
}

export function splitLines(text: string): Line[] {
  return text.split('\n').map((raw, number) => {
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return { number, text: lineText, cells: splitCells(lineText) };
  });
}

export function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function cellRange(line: number, cell: Cell): Range {
  return rangeOf(line, cell.start, cell.end);
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * The characters of a label that carry its meaning: CJK ideographs, letters and digits.
 * Spaces, punctuation, bracket and quote styles are layout, not wording.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

/** A numbering marker at the start of a label: 一、 （一） (一) 1. 1、 */
const MARKER = /^[\s\u3000]*(?:([一二三四五六七八九十]+)[、.,，．]|[（(]([一二三四五六七八九十]+)[)）]|(\d+)[.、．,，]|[（(](\d+)[)）])[\s\u3000]*/;

export interface MarkedLabel {
  /** The numeral of the marker, with its level: 'a一' for 一、, 'b一' for （一）, 'c1' for 1. */
  marker?: string;
  /** The normalised wording after the marker. */
  text: string;
}

export function splitMarker(label: string): MarkedLabel {
  const m = MARKER.exec(label);
  if (!m) return { text: normalizeLabel(label) };
  const marker = m[1] ? 'a' + m[1] : m[2] ? 'b' + m[2] : 'c' + (m[3] ?? m[4]);
  return { marker, text: normalizeLabel(label.slice(m[0].length)) };
}

/** Splits a cell holding several labels, such as `(四)无法提供 1.本机关不掌握相关政府信息`. */
export function labelSegments(text: string): string[] {
  const inner = /(?=[（(][一二三四五六七八九十]+[)）]|(?<![\d.])\d+[.、．](?!\d))/g;
  return text.split(inner).filter((s) => s.trim() !== '');
}

/** Levenshtein distance, bounded: returns limit + 1 as soon as the distance exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
