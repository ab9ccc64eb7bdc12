// The language server: wires the documents, the settings, the workspace and one handler per feature.
import { ErrorCodes, FileChangeType, ResponseError, TextDocuments, TextDocumentSyncKind, type CodeActionParams, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../core';
import { Analyses, type Analysis } from './analysis';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completion } from './completion';
import { reportTemplate } from './template';
import { startDiagnostics } from './diagnostics';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { textOfFile } from './conversion';
import { registerImportReport } from './importReport';
import { inlayHints } from './inlayHints';
import { checkRequest, guardedSync } from './guard';
import { registerPreview } from './preview';
import { defaults, readLocale, readSettings, resolveLocale, type LocaleSetting, type Settings } from './settings';
import { documentSymbols } from './symbols';
import { WorkspaceReports } from './workspace';

/** What a client may say at initialization, besides the LSP's own fields. */
export interface InitializationOptions {
  /** The language of everything the server says: 'zh-CN' (the default), 'en', or 'auto' for the editor's display language (InitializeParams.locale). */
  locale?: string;
  /** Settings for a client that cannot answer workspace/configuration. */
  settings?: unknown;
  /** The longest wait for typing to pause before a document whose check is not cheap is checked again (0–100 ms, 50 by default). */
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
  let settings: Settings = defaults;
  /** xxgk.locale as the client gave it at initialization; a setting pulled later overrides it. */
  let initialLocale: LocaleSetting = 'zh-CN';
  let displayLanguage: string | undefined;
  let locale: Locale = 'zh-CN';
  let debounceMs = 50;
  let offerTemplate = true;
  let canPullSettings = false;
  let hearsOfFolders = false;
  const analyses: Analyses = new Analyses(() => settings, () => locale, (report, uri) => workspace.lastYearFor(report, uri));
  // A PDF, Word or web-page file found to be a report may be the last year an open report waits for: each is checked again.
  const workspace: WorkspaceReports = new WorkspaceReports(documents, (document) => analyses.report(document), textOfFile, () => diagnostics.refresh());
  let settingsPulled = Promise.resolve();
  const diagnostics = startDiagnostics(connection, documents, analyses, () => ({ debounceMs, maxDiagnostics: settings.maxDiagnostics, ready: settingsPulled }));
  let folders: string[] = [];

  connection.onInitialize((params: InitializeParams) => {
    const options: InitializationOptions = typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {};
    initialLocale = readLocale(options.locale) ?? 'zh-CN';
    displayLanguage = params.locale;
    useSettings(readSettings(options.settings));
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

  function useSettings(next: Settings): void {
    settings = next;
    locale = resolveLocale(settings.locale ?? initialLocale, displayLanguage);
  }
  const pullSettings = async () => {
    if (!canPullSettings) return;
    const [pulled] = await connection.workspace.getConfiguration([{ section: 'xxgk' }]).catch(() => [undefined]);
    useSettings(readSettings(pulled));
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
  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    if (canPullSettings) return void pullSettings();
    // A client that cannot be asked may push the section instead.
    const section = (pushed as { xxgk?: unknown } | null | undefined)?.xxgk;
    if (section === undefined) return;
    useSettings(readSettings(section));
    diagnostics.refresh();
  });
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
  const withAnalysis = <P extends { textDocument: { uri: string } }, R>(none: R, answer: (analysis: Analysis, params: P) => R, needs?: 'position' | 'range') => (params: P): R => {
    checkRequest(params, needs);
    const document = documents.get(params.textDocument.uri);
    return document ? answer(analyses.get(document), params) : none;
  };
  connection.onCodeAction((params: CodeActionParams) => {
    checkRequest(params, 'range');
    if (!Array.isArray(params.context?.diagnostics)) throw new ResponseError(ErrorCodes.InvalidParams, 'xxgk: codeAction needs context.diagnostics');
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(params, analyses.get(document).diagnostics, () => analyses.fixAllEdits(document), locale) : [];
  });
  connection.onHover(withAnalysis(null, ({ report }, params) => hover(report, params.position, locale), 'position'));
  connection.onDocumentSymbol(withAnalysis([], ({ report }) => documentSymbols(report, locale)));
  connection.onFoldingRanges(withAnalysis([], ({ report }) => foldingRanges(report)));
  connection.languages.inlayHint.on(withAnalysis([], (analysis, params) => inlayHints(analysis.diagnostics, { from: params.range.start.line, to: params.range.end.line }), 'range'));
  connection.onCompletion(withAnalysis([], ({ report }, params) => completion(report, params.position, locale, offerTemplate), 'position'));
  registerPreview(connection, documents, analyses, () => locale);
  connection.onRequest('xxgk/template', ({ body, year }: { body: string; year: string }) => reportTemplate(String(body), String(year)));
  registerImportReport(connection, () => locale);
  // For the robustness tests: the server's own memory, after a full collection when node runs with --expose-gc.
  connection.onRequest('xxgk/debug/memory', () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage();
  });

  documents.listen(guardedSync(connection, (message) => connection.console.warn(message)));
  connection.listen();
}
