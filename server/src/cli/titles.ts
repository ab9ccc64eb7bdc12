// Before the run: each file's body and year, from the opening of a text file (cheap) or from the
// converted text of a PDF, Word or web page. What was read whole on the way is kept, within a
// budget, for the check that follows; converted text past it, in a spill folder where one is given.
import { titleOf, type Title } from '../core';
import { decodeText } from '../convert/encoding';
import { convertibleKind, isConvertible } from '../convert';
import type { Source, Unread } from './files';
import { readHead, textSource } from './files';
import { readInOrder } from './inOrder';
import type { Spill } from './spill';

/**
 * A report's title is among its first lines: this much of a file finds it without reading the rest
 * (and parsing a short head costs little), the longer one when the title is not in the short one.
 */
const HEADS = [1024, 8192];
/**
 * Report text kept in memory between reading titles and checking, in UTF-16 code units: converted
 * text up to about 64 MB (converting a PDF again costs far more than keeping it; past this, in the
 * spill folder), text files shorter than the longer head up to about 8 MB (reading and decoding one
 * again costs a tenth of its check).
 */
const KEEP = { converted: 32 * 1024 * 1024, text: 4 * 1024 * 1024 };

/**
 * `ahead`: how many files to convert are asked for before the one awaited (readers on other threads
 * convert them meanwhile); they are taken in the order of the files, so what is kept does not depend
 * on which finished first. `spill`: where converted text past the budget goes, so that the check
 * does not convert those files again.
 */
export async function readTitles(files: string[], read: (file: string) => Promise<Source | Unread>, room = KEEP, ahead = 1, spill?: Spill) {
  const titles = new Map<string, Title>();
  const kept = new Map<string, Source>();
  const budget = { ...room };
  const keep = (source: Source, kind: keyof typeof KEEP) => {
    if (source.text.length > budget[kind]) {
      if (kind === 'converted') spill?.put(source);
      return;
    }
    kept.set(source.path, source);
    budget[kind] -= source.text.length;
  };
  const converted = readInOrder(files.filter(isConvertible), read, ahead);
  for (const file of files) {
    const kind = convertibleKind(file);
    let title: Title | undefined;
    if (kind === undefined) {
      const head = titleOfHead(file, budget.text);
      title = head.title;
      if (head.whole) keep(head.whole, 'text');
    } else if (isConvertible(file)) {
      const source = await converted.next();
      if ('problem' in source) continue;
      title = titleOf(source.text);
      keep(source, 'converted');
    }
    if (title) titles.set(file, title);
  }
  return { titles, kept };
}

/** `room`: text that can still be kept; a whole file that does not fit is read for its title by its head alone. */
function titleOfHead(file: string, room: number): { title?: Title; whole?: Source } {
  // One read of the longest head: the shorter is its start, so that a title past it costs no second read.
  const longest = readHead(file, HEADS[HEADS.length - 1]);
  if (longest.length === 0) return {};
  // The whole file, and room to keep it (its text is no longer than its bytes): its text serves the check as well.
  if (longest.length < HEADS[HEADS.length - 1] && longest.length <= room) {
    const whole = textSource(file, longest);
    return 'problem' in whole ? {} : { title: titleOf(whole.text), whole };
  }
  for (const length of HEADS) {
    const cut = length < longest.length;
    const decoded = decodeText(longest.subarray(0, length));
    if ('problem' in decoded) return {};
    // Up to the last whole line: a cut line could read as a different title.
    const title = titleOf(cut ? decoded.text.slice(0, Math.max(decoded.text.lastIndexOf('\n'), 0)) : decoded.text);
    if (title || !cut) return { title };
  }
  return {};
}
