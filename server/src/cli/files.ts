// Reading and writing report files as they come: UTF-8 with or without BOM, GBK, CRLF or LF.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'gb18030';

export interface Source {
  path: string;
  text: string;
  encoding: Encoding;
  bom: boolean;
}

/** A file the checker cannot read as a report, with the reason in both languages. */
export class Unreadable extends Error {
  constructor(readonly zh: string, readonly en: string, readonly ioError = false) {
    super(en);
  }
}

/** Past this size a file is refused rather than read: reports are a few KB; 50 MB still goes through. */
export const MAX_BYTES = 256 * 1024 * 1024;

export function decode(bytes: Buffer, file: string): Source {
  if (bytes.length === 0) throw new Unreadable('空文件。', 'The file is empty.');
  if (bytes.includes(0)) throw new Unreadable('这是二进制文件，不是文本报告。', 'This is a binary file, not a text report.');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { path: file, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf8', bom };
  } catch {
    // Not UTF-8: reports saved on Chinese Windows are GBK, of which GB18030 is a superset.
    return { path: file, text: iconv.decode(body, 'gb18030'), encoding: 'gb18030', bom: false };
  }
}

export function encode(source: Source, text: string): Buffer {
  if (source.encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const body = Buffer.from(text, 'utf8');
  return source.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export function readSource(file: string): Source {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Unreadable(`无法读取文件：${file}`, `Cannot read ${file}`, true);
  }
  if (stat.size > MAX_BYTES) {
    throw new Unreadable(`文件过大（${Math.round(stat.size / 1048576)} MB），超过 ${MAX_BYTES / 1048576} MB 上限。`, `The file is too large (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB).`);
  }
  return decode(fs.readFileSync(file), file);
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md']);

/** The files named, and the *.txt and *.md files under the folders named, in a stable order. */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) missing.push(p);
    else if (fs.statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
