// The language server: wires the documents, the settings, the workspace and one handler per feature.
import { FileChangeType, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { localeOf, type Locale } from '../core';
import { Analyses, type Analysis } from './analysis';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completion, reportTemplate } from './completion';
import { startDiagnostics } from './diagnostics';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { registerPreview } from './preview';
import { defaults, readSettings, type Settings } from './settings';
import { documentSymbols } from './symbols';
import { WorkspaceReports } from './workspace';

/** What a client may say at initialization, besides the LSP's own fields. */
export interface InitializationOptions {
  /** The editor's display language: messages are in English for 'en…', else in Chinese. */
  locale?: string;
  /** Settings for a client that cannot answer workspace/configuration. */
  settings?: unknown;
  /** How long diagnostics wait for typing to pause (0–100 ms, 50 by default). */
  debounceMs?: number;
  /** Whether to offer the empty report as a completion (a client that has it as a snippet says false). */
  offerTemplate?: boolean;
}

const MAX_DEBOUNCE_MS = 100;

function filePaths(folders: { uri: string }[]): string[] {
  return folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new WorkspaceReports(documents);
  let settings: Settings = defaults;
  let locale: Locale = 'zh-CN';
  let debounceMs = 50;
  let offerTemplate = true;
  let canPullSettings = false;
  let hearsOfFolders = false;
  const analyses = new Analyses(() => settings, () => locale, (report, uri) => workspace.othersFor(report, uri));
  let settingsPulled = Promise.resolve();
  const diagnostics = startDiagnostics(connection, documents, analyses, () => ({ debounceMs, maxDiagnostics: settings.maxDiagnostics, ready: settingsPulled }));
  let folders: string[] = [];

  connection.onInitialize((params: InitializeParams) => {
    const options: InitializationOptions = typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {};
    locale = localeOf(options.locale ?? params.locale);
    settings = readSettings(options.settings);
    if (typeof options.debounceMs === 'number') debounceMs = Math.min(MAX_DEBOUNCE_MS, Math.max(0, options.debounceMs));
    offerTemplate = options.offerTemplate !== false;
    canPullSettings = params.capabilities.workspace?.configuration === true;
    hearsOfFolders = params.capabilities.workspace?.workspaceFolders === true;
    folders = filePaths(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        completionProvider: { triggerCharacters: ['（', '('] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  const pullSettings = async () => {
    if (!canPullSettings) return;
    const [pulled] = await connection.workspace.getConfiguration([{ section: 'xxgk' }]).catch(() => [undefined]);
    settings = readSettings(pulled);
    diagnostics.refresh();
  };
  /** Last year's reports may have come or gone: every open report is checked again. */
  const rescan = async () => {
    await workspace.setFolders(folders);
    diagnostics.refresh();
  };
  connection.onInitialized(() => {
    settingsPulled = pullSettings();
    void rescan();
    if (!hearsOfFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(filePaths(e.removed));
      folders = [...folders.filter((f) => !removed.has(f)), ...filePaths(e.added)];
      void rescan();
    });
  });
  connection.onDidChangeConfiguration(() => void pullSettings());
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let reportsChanged = false;
    for (const change of changes.filter((c) => c.uri.startsWith('file:'))) {
      const file = fileURLToPath(change.uri);
      const wasReport = change.type === FileChangeType.Deleted ? workspace.fileDeleted(file) : await workspace.fileChanged(file);
      reportsChanged ||= wasReport;
    }
    if (reportsChanged) diagnostics.refresh();
  });

  /** The handler's answer on a document's current analysis, or `none` for a document not open. */
  const withAnalysis = <P extends { textDocument: { uri: string } }, R>(none: R, answer: (analysis: Analysis, params: P) => R) => (params: P): R => {
    const document = documents.get(params.textDocument.uri);
    return document ? answer(analyses.get(document), params) : none;
  };
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(params, document, analyses.get(document).diagnostics, locale) : [];
  });
  connection.onHover(withAnalysis(null, ({ report }, params) => hover(report, params.position, locale)));
  connection.onDocumentSymbol(withAnalysis([], ({ report }) => documentSymbols(report, locale)));
  connection.onFoldingRanges(withAnalysis([], ({ report }) => foldingRanges(report)));
  connection.languages.inlayHint.on(withAnalysis([], (analysis, params) => inlayHints(analysis.diagnostics, { from: params.range.start.line, to: params.range.end.line })));
  connection.onCompletion(withAnalysis([], ({ report }, params) => completion(report, params.position, locale, offerTemplate)));
  registerPreview(connection, documents, analyses, () => locale);
  connection.onRequest('xxgk/template', ({ body, year }: { body: string; year: string }) => reportTemplate(String(body), String(year)));

  documents.listen(connection);
  connection.listen();
}
