// Reports of other years in the workspace, for the carryover check: open documents first, then
// the workspace's *.txt and *.md files, read once and re-read when they change on disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, type Report } from '../core';

const MAX_FILES = 2000;
const MAX_BYTES = 2 * 1024 * 1024;

export class WorkspaceReports {
  private readonly onDisk = new Map<string, { mtime: number; report?: Report }>();
  private files: string[] = [];

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  setFolders(folders: string[]): void {
    this.files = [];
    const walk = (dir: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (this.files.length >= MAX_FILES || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(txt|md)$/i.test(entry.name)) this.files.push(full);
      }
    };
    for (const folder of folders) walk(folder);
  }

  private read(file: string): Report | undefined {
    try {
      const stat = fs.statSync(file);
      const cached = this.onDisk.get(file);
      if (cached && cached.mtime === stat.mtimeMs) return cached.report;
      const report = stat.size <= MAX_BYTES ? parse(fs.readFileSync(file, 'utf8')) : undefined;
      this.onDisk.set(file, { mtime: stat.mtimeMs, report: report?.statute ? report : undefined });
      return report?.statute ? report : undefined;
    } catch {
      return undefined;
    }
  }

  /** Last year's report of the same body, if any is open or in the workspace. */
  othersFor(report: Report, uri: string): { report: Report; path: string }[] {
    if (report.year === undefined || report.organization === undefined) return [];
    const matches = (r: Report | undefined) => r?.year === report.year! - 1 && r.organization === report.organization;
    const year = String(report.year - 1);
    for (const document of this.documents.all()) {
      // Parse only documents whose opening names the same body and last year.
      const head = document.getText({ start: { line: 0, character: 0 }, end: { line: 30, character: 0 } });
      if (document.uri === uri || !head.includes(year) || !head.replace(/\s/g, '').includes(report.organization)) continue;
      const other = parse(document.getText());
      if (matches(other)) return [{ report: other, path: displayPath(document.uri) }];
    }
    const self = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    for (const file of this.files) {
      if (file === self || this.documents.get(pathToFileURL(file).toString())) continue;
      const other = this.read(file);
      if (matches(other)) return [{ report: other!, path: path.basename(file) }];
    }
    return [];
  }
}

function displayPath(uri: string): string {
  return uri.startsWith('file:') ? path.basename(fileURLToPath(uri)) : uri;
}
