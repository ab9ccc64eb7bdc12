// Pushes diagnostics on open and on every change: at once for a document whose last check was
// cheap (a typical report takes a millisecond or two); for one whose check takes longer, after a
// pause in typing as long as that check took (at most debounceMs), so that a large document is
// neither checked at every keystroke nor kept waiting longer than its check. A stale version is
// never published, nor one version twice, and at most maxDiagnostics of them.
import type { Connection, Diagnostic as LspDiagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Report } from '../core';
import type { Analyses } from './analysis';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
/** Where each code is explained: the 条例 as published by the State Council. */
const STATUTE_URL = 'https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm';

/** What a quick fix needs to find the diagnostic again in the server's own analysis. */
export interface DiagnosticData {
  index: number;
}

function toLsp(d: Diagnostic, index: number): LspDiagnostic {
  const data: DiagnosticData = { index };
  return { range: d.range, severity: SEVERITY[d.severity], code: d.code, codeDescription: { href: STATUTE_URL }, source: 'xxgk', message: d.message, data };
}

/** Whether `later` is the next year's report of the same body as `earlier`: its carryover check reads `earlier`. */
function follows(later: Report | undefined, earlier: Report | undefined): boolean {
  return earlier?.organization !== undefined && earlier.year !== undefined && later?.organization === earlier.organization && later.year === earlier.year + 1;
}

/** A check this short blocks the server for less than a frame: no need to wait for typing to pause. */
export const CHEAP_CHECK_MS = 10;

export function startDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, analyses: Analyses, options: () => { debounceMs: number; maxDiagnostics: number; ready: Promise<void> }): { refresh(): void } {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const published = new Map<string, number>();
  /** What the last check of each document took, in ms. */
  const cost = new Map<string, number>();

  const publish = (document: TextDocument) => {
    published.set(document.uri, document.version);
    let diagnostics: Diagnostic[];
    try {
      const analysis = analyses.get(document);
      cost.set(document.uri, analysis.ms);
      diagnostics = analysis.diagnostics;
    } catch (error) {
      // A checker bug must not take the server down with it (a timer's exception would): say so and go on.
      connection.console.error(`xxgk: cannot check ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnostics.slice(0, options().maxDiagnostics).map(toLsp) });
  };
  const recheckFollowers = (uri: string, reports: (Report | undefined)[]) => {
    for (const other of documents.all()) {
      if (other.uri === uri || !reports.some((r) => follows(analyses.lastReport(other.uri), r))) continue;
      analyses.recheck(other.uri);
      publish(other);
    }
  };
  const updateNow = (uri: string, version: number) => {
    const document = documents.get(uri);
    if (!document || document.version !== version || published.get(uri) === version) return;
    const before = analyses.lastReport(uri);
    publish(document);
    recheckFollowers(uri, [before, analyses.lastReport(uri)]);
  };
  // The first diagnostics wait for the user's settings, so that a silenced code never flashes up.
  const update = (uri: string, version: number) => void options().ready.then(() => updateNow(uri, version));
  const schedule = (document: TextDocument) => {
    const { uri, version } = document;
    if (published.get(uri) === version) return;
    clearTimeout(timers.get(uri));
    const last = cost.get(uri) ?? 0;
    const delay = last <= CHEAP_CHECK_MS ? 0 : Math.min(options().debounceMs, last);
    if (delay <= 0) return update(uri, version);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      update(uri, version);
    }, delay));
  };

  documents.onDidOpen((e) => update(e.document.uri, e.document.version));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const { uri } = e.document;
    clearTimeout(timers.get(uri));
    const before = analyses.lastReport(uri);
    analyses.forget(uri);
    published.delete(uri);
    cost.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    recheckFollowers(uri, [before]);
  });
  return {
    refresh: () => {
      analyses.recheckAll();
      published.clear();
      for (const document of documents.all()) updateNow(document.uri, document.version);
    },
  };
}
