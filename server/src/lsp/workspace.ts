// Reports of other years, for the carryover check: open documents first, then the *.txt and *.md
// files of the workspace folders. The folders are scanned once in the background, reading only
// the opening of each file (the title names the body and the year); a file is parsed in full only
// when it is the report asked for, and kept in a small cache until it changes on disk. An open
// document is parsed once per version, for its own analysis and for the others'.
import { readFileSync, statSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeText } from '../convert/encoding';
import { parse, titleOf, type Report, type Title } from '../core';

const MAX_FILES = 2000;
const MAX_FOLDERS = 5000;
const MAX_BYTES = 4 * 1024 * 1024;
/** The title stands in the first 30 lines; 16 KB holds them even with long lines of prose. */
const HEAD_BYTES = 16 * 1024;
const PARSED_KEPT = 8;

export interface OtherReport {
  report: Report;
  path: string;
}

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

  /** `openReport` is the parse of an open document, shared with its own analysis. */
  constructor(private readonly documents: TextDocuments<TextDocument>, private readonly openReport: (document: TextDocument) => Report) {}

  /** Scans the folders; resolves when every report file in them is known. */
  async setFolders(folders: string[]): Promise<void> {
    const scan = ++this.scans;
    this.folders = folders;
    this.titles.clear();
    this.parsed.clear();
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
        else if (entry.isFile() && /\.(txt|md)$/i.test(entry.name) && files.length < MAX_FILES) files.push(full);
      }
    }
    for (const file of files) {
      if (scan !== this.scans) return;
      await this.fileChanged(file);
    }
  }

  /** A file was created or changed on disk: whether it is, or was, a report of a body and a year. */
  async fileChanged(file: string): Promise<boolean> {
    const was = this.fileDeleted(file);
    const title = await readHead(file).then(titleOf, () => undefined);
    if (title) this.titles.set(file, title);
    return was || title !== undefined;
  }

  /** A file was deleted: whether it was a report of a body and a year. */
  fileDeleted(file: string): boolean {
    this.parsed.delete(file);
    return this.titles.delete(file);
  }

  /** Last year's report of the same body, if one is open or in the workspace. */
  othersFor(report: Report, uri: string): OtherReport[] {
    const { year, organization } = report;
    if (year === undefined || organization === undefined) return [];
    const wanted = (t: Partial<Title> | undefined) => t?.year === year - 1 && t.organization === organization;
    const open = this.documents.all();
    for (const document of open) {
      if (document.uri === uri) continue;
      const other = this.reportOf(document);
      if (other && wanted(other)) return [{ report: other, path: document.uri.startsWith('file:') ? this.relativeName(fileURLToPath(document.uri)) : document.uri }];
    }
    for (const [file, title] of this.titles) {
      // An open file counts as edited, above, never as saved.
      if (!wanted(title) || open.some((d) => d.uri.startsWith('file:') && fileURLToPath(d.uri) === file)) continue;
      const other = this.parsedFile(file);
      if (other && wanted(other)) return [{ report: other, path: this.relativeName(file) }];
    }
    return [];
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
