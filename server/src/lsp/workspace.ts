// Last year's report, for the checks across years: open documents first, then the *.txt and *.md
// files of the workspace folders, then its PDF, Word and web-page files. The folders are scanned
// once in the background, reading only the opening of each text file (the title names the body and
// the year); a text file is parsed in full only when it is the report asked for, and kept in a small
// cache until it changes on disk. The other files must be converted to be read at all: only when an
// open report finds no last year among the texts, then in the background, one at a time (on the
// server's conversion thread), the asking report's folder first, and only while an open report
// still finds none (a reviewer's folder of a hundred PDFs is not converted whole once the one
// wanted is read); of each, only the small summary the checks need is kept. An open document is
// parsed once per version, for its own analysis and for the others'.
import { readFileSync, statSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConvertible, isTextReport } from '../convert';
import { decodeText } from '../convert/encoding';
import { parse, summarize, titleOf, type LastYear, type Report, type Title } from '../core';

const MAX_FILES = 2000;
const MAX_FOLDERS = 5000;
const MAX_BYTES = 4 * 1024 * 1024;
/** The title stands in the first 30 lines; 16 KB holds them even with long lines of prose. */
const HEAD_BYTES = 16 * 1024;
const PARSED_KEPT = 8;
/** PDF, Word and web-page files read at most: a reviewer's folder of hundreds of PDFs is not converted whole for one draft. */
const MAX_CONVERTED = 100;

/** The text of a file's bytes (UTF-8, UTF-16 or GBK, as the CLI reads them), or '' for a file that is no text. */
function decode(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return 'text' in decoded ? decoded.text : '';
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    // Cut at a line break, not inside a character, so that UTF-8 still decodes as UTF-8.
    return decode(buffer.subarray(0, bytesRead < HEAD_BYTES ? bytesRead : lastLineBreak(buffer)));
  } finally {
    await handle.close();
  }
}

function lastLineBreak(buffer: Buffer): number {
  const at = buffer.lastIndexOf(0x0a);
  return at < 0 ? buffer.length : at + 1;
}

export class WorkspaceReports {
  private folders: string[] = [];
  /** Counts scans, so that a scan overtaken by a newer one stops. */
  private scans = 0;
  /** Report files of the workspace, by the title they open with. */
  private readonly titles = new Map<string, Title>();
  private readonly parsed = new Map<string, Report>();
  /** PDF, Word and web-page files not read yet, the next first. */
  private waiting: string[] = [];
  /** Those read: a report's summary, or undefined for a file that is none or could not be converted. */
  private readonly converted = new Map<string, LastYear | undefined>();
  private converting = false;
  /** Open reports (by URI) that found no last year at their last check: the background conversion goes on for them. */
  private readonly asking = new Set<string>();

  /**
   * `openReport` is the parse of an open document, shared with its own analysis; `textOf` the report
   * text of a PDF, Word or web-page file (undefined when it has none); `found` is told each time one
   * of them turns out to be a report, since an open report may have been waiting for it.
   */
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly openReport: (document: TextDocument) => Report,
    private readonly textOf: (file: string) => Promise<string | undefined>,
    private readonly found: () => void,
  ) {}

  /** Scans the folders; resolves when every report file in them is known. */
  async setFolders(folders: string[]): Promise<void> {
    const scan = ++this.scans;
    this.folders = folders;
    this.titles.clear();
    this.parsed.clear();
    this.converted.clear();
    this.waiting = [];
    this.converting = false;
    const files: string[] = [];
    const pending = [...folders];
    for (let visited = 0; pending.length > 0 && visited < MAX_FOLDERS && files.length < MAX_FILES; visited++) {
      const dir = pending.shift()!;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      if (scan !== this.scans) return;
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) pending.push(full);
        else if (!entry.isFile()) continue;
        else if (isTextReport(entry.name) && files.length < MAX_FILES) files.push(full);
        else if (isConvertible(entry.name) && this.waiting.length < MAX_CONVERTED) this.waiting.push(full);
      }
    }
    for (const file of files) {
      if (scan !== this.scans) return;
      await this.fileChanged(file);
    }
  }

  /**
   * A file was created or changed on disk: whether it is, or was, a report of a body and a year. A
   * PDF, Word or web-page file is read again when a report next asks; for one, the answer is yes, so
   * that the open reports ask (it may be a report now).
   */
  async fileChanged(file: string): Promise<boolean> {
    const was = this.fileDeleted(file);
    if (isConvertible(file)) {
      this.waiting.unshift(file);
      return true;
    }
    const title = await readHead(file).then(titleOf, () => undefined);
    if (title) this.titles.set(file, title);
    return was || title !== undefined;
  }

  /** A file was deleted: whether it was a report of a body and a year. */
  fileDeleted(file: string): boolean {
    this.parsed.delete(file);
    this.waiting = this.waiting.filter((f) => f !== file);
    const summary = this.converted.get(file);
    this.converted.delete(file);
    return this.titles.delete(file) || summary !== undefined;
  }

  /** Last year's report of the same body, if one is open or in the workspace, as the checks need it. */
  lastYearFor(report: Report, uri: string): LastYear | undefined {
    this.asking.delete(uri);
    const { year, organization } = report;
    if (year === undefined || organization === undefined) return undefined;
    const wanted = (t: Partial<Title> | undefined) => t?.year === year - 1 && t.organization === organization;
    const open = this.documents.all();
    for (const document of open) {
      if (document.uri === uri) continue;
      const other = this.reportOf(document);
      if (other && wanted(other)) return summarize(other, document.uri.startsWith('file:') ? this.relativeName(fileURLToPath(document.uri)) : document.uri);
    }
    // An open file counts as edited, above, never as saved.
    const isOpen = (file: string) => open.some((d) => d.uri.startsWith('file:') && fileURLToPath(d.uri) === file);
    for (const [file, title] of this.titles) {
      if (!wanted(title) || isOpen(file)) continue;
      const other = this.parsedFile(file);
      if (other && wanted(other)) return summarize(other, this.relativeName(file));
    }
    for (const [file, summary] of this.converted) if (wanted(summary) && !isOpen(file)) return summary;
    this.asking.add(uri);
    this.readConverted(uri);
    return undefined;
  }

  /** Reads the PDF, Word and web-page files not read yet, in the background, those beside `uri` first. */
  private readConverted(uri: string): void {
    if (this.converting || this.waiting.length === 0) return;
    this.converting = true;
    if (uri.startsWith('file:')) {
      const folder = path.dirname(fileURLToPath(uri));
      const beside = (file: string) => (path.dirname(file) === folder ? 0 : 1);
      this.waiting.sort((a, b) => beside(a) - beside(b));
    }
    void this.convertWaiting(this.scans);
  }

  private async convertWaiting(scan: number): Promise<void> {
    while (scan === this.scans && this.waiting.length > 0 && this.stillAsked()) {
      const file = this.waiting.shift()!;
      const text = await this.textOf(file).catch(() => undefined);
      if (scan !== this.scans) return;
      const summary = text === undefined ? undefined : summarize(parse(text), this.relativeName(file));
      this.converted.set(file, summary);
      // The open reports are checked again, and those that still find no last year ask again.
      if (summary) this.found();
    }
    this.converting = false;
  }

  /** Whether an open report still waits for last year's report: one closed since asks no more. */
  private stillAsked(): boolean {
    for (const uri of this.asking) if (!this.documents.get(uri)) this.asking.delete(uri);
    return this.asking.size > 0;
  }

  /** An open document's report; one that cannot be parsed counts as no report, for the others' sake. */
  private reportOf(document: TextDocument): Report | undefined {
    try {
      return this.openReport(document);
    } catch {
      return undefined;
    }
  }

  private parsedFile(file: string): Report | undefined {
    let report = this.parsed.get(file);
    if (!report) {
      try {
        if (statSync(file).size > MAX_BYTES) return undefined;
        report = parse(decode(readFileSync(file)));
      } catch {
        return undefined;
      }
      if (this.parsed.size >= PARSED_KEPT) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(file, report);
    }
    return report;
  }

  /** The path a message names: relative to its workspace folder. */
  private relativeName(file: string): string {
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative;
    }
    return path.basename(file);
  }
}
