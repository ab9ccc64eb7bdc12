// Report text from the bytes of a text file, and back: UTF-8 (with or without BOM), UTF-16 with
// BOM (Word's "Unicode text") and GBK (GB18030, its superset). Pure: bytes in, text out.
import type { Bilingual } from '../core';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** The file began with a byte order mark (not part of the text; a second one is). */
  bom: boolean;
  /** encodeText(text) gives back the file's bytes exactly, so the file can be rewritten safely. */
  faithful: boolean;
  /** 0-based lines holding bytes that do not decode (shown as U+FFFD); empty when faithful. */
  badLines: number[];
}

export interface Undecodable {
  problem: Bilingual;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const REPLACEMENT = 0xfffd;
/** A file with this many valid multi-byte characters per undecodable byte is UTF-8 with stray bytes, not GBK. */
const UTF8_MAJORITY = 4;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array): Decoded | Undecodable {
  if (bytes.length === 0) return { problem: { zh: '空文件。', en: 'The file is empty.' } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(bytes, utf16le.decode(bytes.subarray(2)), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(bytes, utf16le.decode(swapPairs(bytes.subarray(2))), 'utf-16be', true);
  if (bytes.includes(0)) {
    return { problem: { zh: '这是二进制文件，不是文本报告。', en: 'This is a binary file, not a text report.' } };
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', bom, faithful: true, badLines: [] };
  } catch {
    const text = lenientUtf8.decode(body);
    const { valid, invalid } = countMultiByte(text);
    if (valid >= UTF8_MAJORITY * invalid) return checked(bytes, text, 'utf-8', bom);
    // Mostly not UTF-8: reports saved on Chinese Windows are GBK.
    return checked(bytes, gb18030().decode(bytes as Buffer, 'gb18030'), 'gb18030', false);
  }
}

export function encodeText(text: string, as: { encoding: TextEncoding; bom: boolean }): Uint8Array {
  switch (as.encoding) {
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      if (!as.bom) return body;
      const out = new Uint8Array(body.length + 3);
      out.set(UTF8_BOM);
      out.set(body, 3);
      return out;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 * text.length + 2);
      const [hi, lo] = as.encoding === 'utf-16le' ? [1, 0] : [0, 1];
      const put = (at: number, unit: number) => {
        out[at + hi] = unit >> 8;
        out[at + lo] = unit & 0xff;
      };
      put(0, 0xfeff);
      for (let i = 0; i < text.length; i++) put(2 + 2 * i, text.charCodeAt(i));
      return out;
    }
    case 'gb18030':
      return gb18030().encode(text, 'gb18030');
  }
}

/** The same note in both languages for a file whose bytes do not all decode. */
export function undecodableNote(decoded: Decoded): Bilingual | undefined {
  if (decoded.faithful) return undefined;
  const lines = decoded.badLines.slice(0, 5).map((l) => l + 1);
  const more = decoded.badLines.length > lines.length ? '…' : '';
  const name = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GBK' }[decoded.encoding];
  const where = lines.length > 0 ? { zh: `第 ${lines.join('、')}${more} 行`, en: ` on line ${lines.join(', ')}${more}` } : { zh: '', en: '' };
  return {
    zh: `按 ${name} 读取，但${where.zh}有无法解码的字节（显示为 �），可能是复制或转存时损坏；请在原文中核对该处。`,
    en: `Read as ${name}, but bytes${where.en} do not decode (shown as �), likely damaged when copied or saved; check that place in the original.`,
  };
}

function checked(bytes: Uint8Array, text: string, encoding: TextEncoding, bom: boolean): Decoded {
  const faithful = sameBytes(encodeText(text, { encoding, bom }), bytes);
  return { text, encoding, bom, faithful, badLines: faithful ? [] : replacementLines(text) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Characters beyond ASCII that decoded, and U+FFFD that stand for bytes that did not. */
function countMultiByte(text: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === REPLACEMENT) invalid++;
    else if (c > 0x7f) valid++;
  }
  return { valid, invalid };
}

/** The 0-based lines (counted at \r\n, \n and a lone \r, as LSP counts them) holding U+FFFD. */
function replacementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    else if (c === REPLACEMENT && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/** iconv-lite, loaded on the first file that is not UTF-8 or UTF-16: most runs never need it. */
function gb18030(): typeof import('iconv-lite') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('iconv-lite');
}
