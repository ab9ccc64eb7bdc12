// One parse and check per document version, shared by every feature.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, parse, type Diagnostic, type Locale, type Report } from '../core';
import type { Settings } from './settings';

export interface Analysis {
  version: number;
  report: Report;
  diagnostics: Diagnostic[];
}

export class Analyses {
  private readonly cache = new Map<string, Analysis>();

  constructor(
    private readonly settings: () => Settings,
    private readonly locale: () => Locale,
    private readonly others: (report: Report, uri: string) => { report: Report; path: string }[],
  ) {}

  get(document: TextDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const report = parse(document.getText());
    const settings = this.settings();
    const diagnostics = settings.enable ? check(report, { locale: this.locale(), severity: settings.severity, others: this.others(report, document.uri) }) : [];
    const analysis = { version: document.version, report, diagnostics };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  /** The last analysis of a document, whatever its version. */
  peek(uri: string): Analysis | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
