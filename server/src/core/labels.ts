// Labels as reports write them: the characters that carry a label's wording, its numbering
// marker, several labels in one cell, and how far a label is from the statute's.
import { memoOfText } from './memo';

function isHan(code: number): boolean {
  // CJK ideographs, their extension A, compatibility ideographs, and surrogates (extensions B+).
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
}

/**
 * A character as wording: CJK ideographs, letters and digits carry meaning (full-width ones
 * folded to ASCII); −1 for spaces, punctuation, bracket and quote styles, which are layout.
 */
export function wordingCode(code: number): number {
  if (isHan(code) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return code;
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return code - 0xfee0;
  return -1;
}

/** The characters of a label that carry its meaning (wordingCode). */
export function normalizeLabel(text: string): string {
  // Runs of characters kept as they are are copied whole: most labels are such a run, returned as is.
  let result = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kept = wordingCode(code);
    if (kept === code) continue;
    if (run < i) result += text.slice(run, i);
    run = i + 1;
    if (kept >= 0) result += String.fromCharCode(kept);
  }
  return run === 0 ? text : result + text.slice(run);
}

/** A numbering marker at the start of a label: 一、 （一） (一) 1. 1、 */
const MARKER = /^[\s\u3000]*(?:([一二三四五六七八九十]+)[\s\u3000]?[、.,，．]|[（(]([一二三四五六七八九十]+)[)）]|(\d+)[.、．,，]|[（(](\d+)[)）])[\s\u3000]*/;

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

export interface MarkedSegment {
  /** The segment as written. */
  segment: string;
  /** Where it starts in the cell's text. */
  at: number;
  key: MarkedLabel;
}

/** A label cell's segments, where each starts, and their marked labels: read once per text, as labels repeat in every report. */
export const markedSegments = memoOfText((text: string): MarkedSegment[] => {
  let offset = 0;
  return labelSegments(text).map((segment) => {
    const at = text.indexOf(segment, offset);
    offset = at + segment.length;
    return { segment, at, key: splitMarker(segment) };
  });
});

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
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
