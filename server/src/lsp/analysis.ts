// One parse per document version, one check and one fix-all per version and settings, shared by
// every feature: a hover, a quick fix or a second request for fix-all costs a lookup.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, fixAllEdits, parseVersion, type Diagnostic, type LastYear, type Locale, type Report, type TextEdit } from '../core';
import type { Settings } from './settings';

export interface Analysis {
  version: number;
  report: Report;
  diagnostics: Diagnostic[];
  /** What parsing and checking this version took, in ms. */
  ms: number;
}

interface Entry {
  version: number;
  report: Report;
  parseMs: number;
  /** Dropped when the settings, the locale or last year's report change; the parse stays. */
  analysis?: Analysis;
  /** Fix-all depends on the text alone. */
  fixAll?: TextEdit[];
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly settings: () => Settings,
    private readonly locale: () => Locale,
    private readonly lastYear: (report: Report, uri: string) => LastYear | undefined,
  ) {}

  private entry(document: TextDocument): Entry {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const start = performance.now();
    // The last version's parse lends the lines and tables this edit did not touch.
    const report = parseVersion(document.getText(), cached?.report);
    const entry: Entry = { version: document.version, report, parseMs: performance.now() - start };
    this.entries.set(document.uri, entry);
    return entry;
  }

  /** The document's parsed report, without checking it. */
  report(document: TextDocument): Report {
    return this.entry(document).report;
  }

  get(document: TextDocument): Analysis {
    const entry = this.entry(document);
    if (entry.analysis) return entry.analysis;
    const start = performance.now();
    const { report } = entry;
    const settings = this.settings();
    const diagnostics = settings.enable ? check(report, { locale: this.locale(), severity: settings.severity, lastYear: this.lastYear(report, document.uri) }) : [];
    entry.analysis = { version: entry.version, report, diagnostics, ms: entry.parseMs + performance.now() - start };
    return entry.analysis;
  }

  fixAllEdits(document: TextDocument): TextEdit[] {
    const entry = this.entry(document);
    entry.fixAll ??= fixAllEdits(document.getText(), entry.report);
    return entry.fixAll;
  }

  /** The last parsed report of a document, whatever its version. */
  lastReport(uri: string): Report | undefined {
    return this.entries.get(uri)?.report;
  }

  /** Something the check reads besides the text changed: check the document again. */
  recheck(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) entry.analysis = undefined;
  }

  recheckAll(): void {
    for (const uri of this.entries.keys()) this.recheck(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
