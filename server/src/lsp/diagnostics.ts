// Pushes diagnostics on open and on every change, debounced; a stale version is never published.
import type { Connection, Diagnostic as LspDiagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../core';
import type { Analyses } from './analysis';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
/** Where each code is explained: the 条例 as published by the State Council. */
export const STATUTE_URL = 'https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm';

export function toLsp(d: Diagnostic, index: number): LspDiagnostic {
  return {
    range: d.range, severity: SEVERITY[d.severity], code: d.code, codeDescription: { href: STATUTE_URL },
    source: 'xxgk', message: d.message, data: { index },
  };
}

export function startDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, analyses: Analyses, options: () => { debounceMs: number; maxDiagnostics: number }): { refresh(): void } {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const publish = (uri: string, version: number) => {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const { diagnostics } = analyses.get(document);
    void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.slice(0, options().maxDiagnostics).map(toLsp) });
  };
  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    const { uri, version } = document;
    if (options().debounceMs <= 0) return publish(uri, version);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      publish(uri, version);
    }, options().debounceMs));
  };
  documents.onDidOpen((e) => publish(e.document.uri, e.document.version));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyses.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return { refresh: () => documents.all().forEach((d) => publish(d.uri, d.version)) };
}
