// The language server: wires the documents, the settings and one handler per feature.
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { localeOf, type Locale } from '../core';
import { Analyses } from './analysis';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completion, reportTemplate } from './completion';
import { startDiagnostics } from './diagnostics';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { defaults, readSettings, type Settings } from './settings';
import { documentSymbols } from './symbols';
import { WorkspaceReports } from './workspace';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new WorkspaceReports(documents);
  let settings: Settings = defaults;
  let locale: Locale = 'zh-CN';
  let canPullSettings = false;
  const analyses = new Analyses(() => settings, () => locale, (report, uri) => workspace.othersFor(report, uri));
  const diagnostics = startDiagnostics(connection, documents, analyses, () => settings);

  connection.onInitialize((params: InitializeParams) => {
    const options = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown };
    locale = localeOf(options.locale ?? params.locale);
    if (options.settings) settings = readSettings(options.settings);
    canPullSettings = params.capabilities.workspace?.configuration === true;
    workspace.setFolders((params.workspaceFolders ?? []).filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        completionProvider: { triggerCharacters: ['（', '('] },
      },
    };
  });

  const pullSettings = async () => {
    if (!canPullSettings) return;
    settings = readSettings(await connection.workspace.getConfiguration('xxgk'));
    analyses.clear();
    diagnostics.refresh();
  };
  connection.onInitialized(() => void pullSettings());
  connection.onDidChangeConfiguration(() => void pullSettings());

  const analysisOf = (uri: string) => {
    const document = documents.get(uri);
    return document && analyses.get(document);
  };
  connection.onCodeAction((params) => codeActions(params, documents, analyses, locale));
  connection.onHover((params) => hover(params, documents, analyses, locale));
  connection.onDocumentSymbol((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? documentSymbols(analysis.report) : [];
  });
  connection.onFoldingRanges((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? foldingRanges(analysis.report) : [];
  });
  connection.languages.inlayHint.on((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? inlayHints(analysis.diagnostics, { from: params.range.start.line, to: params.range.end.line }) : [];
  });
  connection.onCompletion((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? completion(analysis.report, params.position) : [];
  });

  connection.onRequest('xxgk/template', ({ body, year }: { body: string; year: string }) => reportTemplate(body, year));

  documents.listen(connection);
  connection.listen();
}
