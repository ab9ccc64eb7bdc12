// Finding report files and reading them into report text: text files through their encoding,
// PDF, Word and web pages through the conversion layer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { Bilingual } from '../core';
import { convert, convertibleKind, isRefusal, isTextReport, type SourceKind } from '../convert';
import { decodeText, undecodableNote, type Decoded } from '../convert/encoding';

export type Kind = 'text' | SourceKind;

/** A file read into report text. */
export interface Source {
  path: string;
  kind: Kind;
  text: string;
  /** Text files: how the bytes decoded, to write the file back the same way. */
  decoded?: Decoded;
  /** PDF: the 1-based page of each line of text. */
  pages?: number[];
  /** What the reader should know about how the file was read. */
  notes: Bilingual[];
}

/** A file that gave no report text, and why. */
export interface Unread {
  path: string;
  kind: Kind;
  problem: Bilingual;
  /** The file could not be read at all (missing, unreadable): exit status 2. */
  ioError?: boolean;
}

/**
 * Memory the core needs per byte of a file, measured on seed 001 repeated (big-fix-heap-oom.note):
 * checking takes up to 30 times the file (19 at 200 MB), fixing (parse and check in rounds) up to
 * 60 times. A file that would need more than the heap holds is refused with advice rather than
 * let the run die out of memory.
 */
const MEMORY_PER_BYTE = { check: 32, fix: 64 };

export function maxBytes(fix: boolean): number {
  return Math.floor(getHeapStatistics().heap_size_limit / MEMORY_PER_BYTE[fix ? 'fix' : 'check']);
}

export function kindOf(file: string): Kind {
  const kind = convertibleKind(file);
  return kind === 'doc' || kind === undefined ? 'text' : kind;
}

/** A PDF: the kind worth converting on a thread of its own (cli/readers.ts). */
export function isPdf(file: string): boolean {
  return convertibleKind(file) === 'pdf';
}

/** Files a folder is searched for: text reports, the kinds the converters read, and .doc (to be told to save it as .docx). */
function isCandidate(name: string): boolean {
  return isTextReport(name) || convertibleKind(name) !== undefined;
}

/** The files named, and the candidate files under the folders named, in a stable order. */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isCandidate(entry.name)) files.push(full);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) missing.push(p);
    else if (fs.statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

function readBytes(file: string, limit: number): Uint8Array | Unread {
  const kind = kindOf(file);
  try {
    const size = fs.statSync(file).size;
    if (size > limit) {
      const [mb, most] = [size, limit].map((n) => Math.round(n / 1048576));
      const heap = Math.ceil((size / limit) * (getHeapStatistics().heap_size_limit / 1048576) / 256) * 256;
      return {
        path: file, kind, problem: {
          zh: `文件过大（${mb} MB），本次运行的内存只够处理 ${most} MB 以内的文件，因此没有读取。可以用 node --max-old-space-size=${heap} 运行 xxgk-lint，或把文件拆分后再检查。`,
          en: `The file is too large (${mb} MB): this run has memory for files up to ${most} MB, so it was not read. Run xxgk-lint with node --max-old-space-size=${heap}, or split the file.`,
        },
      };
    }
    return fs.readFileSync(file);
  } catch {
    return { path: file, kind, problem: { zh: `无法读取文件：${file}`, en: `Cannot read ${file}` }, ioError: true };
  }
}

/** The report text of a file's bytes: decoded if text, converted if PDF, Word or HTML. */
export async function toSource(file: string, bytes: Uint8Array): Promise<Source | Unread> {
  const kind = convertibleKind(file);
  if (kind !== undefined) {
    // A plain view, not a Buffer: PDF.js refuses Buffers.
    const converted = await convert(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
    if (isRefusal(converted)) return { path: file, kind: kind === 'doc' ? 'text' : kind, problem: converted.problem };
    return { path: file, kind: converted.kind, text: converted.text, pages: converted.pages, notes: [] };
  }
  return textSource(file, bytes);
}

/** The report text of a text file's bytes, through their encoding. */
export function textSource(file: string, bytes: Uint8Array): Source | Unread {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { path: file, kind: 'text', problem: decoded.problem };
  const note = undecodableNote(decoded);
  return { path: file, kind: 'text', text: decoded.text, decoded, notes: note ? [note] : [] };
}

export async function readSource(file: string, limit: number): Promise<Source | Unread> {
  const bytes = readBytes(file, limit);
  return bytes instanceof Uint8Array ? toSource(file, bytes) : bytes;
}

/** The first bytes of a text file: enough for its title, to pair years of a body before reading them in full. */
export function readHead(file: string, length: number): Uint8Array {
  const buffer = new Uint8Array(length);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, length, 0));
  } catch {
    return buffer.subarray(0, 0);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
