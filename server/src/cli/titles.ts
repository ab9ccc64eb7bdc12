// Before the run: each file's body and year, from the opening of a text file (cheap) or from the
// converted text of a PDF, Word or web page (kept, within a budget, for the check that follows).
import { titleOf, type Title } from '../core';
import { decodeText } from '../convert/encoding';
import { convertibleKind } from '../convert';
import type { Source, Unread } from './files';
import { readHead } from './files';

/**
 * A report's title is among its first lines: this much of a file finds it without reading the rest
 * (and parsing a short head costs little), the longer one when the title is not in the short one.
 */
const HEADS = [1024, 8192];
/** Converted text kept between reading titles and checking, in UTF-16 code units (about 64 MB). */
const KEEP_CONVERTED = 32 * 1024 * 1024;

export async function readTitles(files: string[], read: (file: string) => Promise<Source | Unread>) {
  const titles = new Map<string, Title>();
  const converted = new Map<string, Source | Unread>();
  let kept = 0;
  for (const file of files) {
    const kind = convertibleKind(file);
    let title: Title | undefined;
    if (kind === undefined) {
      title = titleOfHead(file);
    } else if (kind !== 'doc') {
      const source = await read(file);
      if ('problem' in source) continue;
      title = titleOf(source.text);
      if (kept + source.text.length <= KEEP_CONVERTED) {
        converted.set(file, source);
        kept += source.text.length;
      }
    }
    if (title) titles.set(file, title);
  }
  return { titles, converted };
}

function titleOfHead(file: string): Title | undefined {
  // One read of the longest head: the shorter is its start, so that a title past it costs no second read.
  const longest = readHead(file, HEADS[HEADS.length - 1]);
  for (const length of HEADS) {
    const head = longest.subarray(0, length);
    const decoded = decodeText(head);
    if ('problem' in decoded) return undefined;
    // Up to the last whole line: a cut line could read as a different title.
    const title = titleOf(head.length < length ? decoded.text : decoded.text.slice(0, Math.max(decoded.text.lastIndexOf('\n'), 0)));
    if (title || head.length < length) return title;
  }
  return undefined;
}
