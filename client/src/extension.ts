// The VS Code client: recognises reports in plain text and Markdown files, starts the language
// server when the first report is seen (never for a file that is not one), and registers the
// commands. Everything it checks is the server's work.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerImportReport } from './importReport';
import { registerPreview } from './preview';
import { LANGUAGE } from './language';

/** A report names itself in its title, or carries the statutory section headings. */
const TITLE = /政府信息公开工作年\s*度\s*报\s*告/;
const HEADINGS = /收到和处理政府信息公开申请情况|主动公开政府信息情况/;
const LINES_LOOKED_AT = 200;
/** The opening looked at, whatever its lines: recognition stays cheap on any file. */
const CHARACTERS_LOOKED_AT = 16 * 1024;

let context: vscode.ExtensionContext;
let client: Promise<LanguageClient> | undefined;
/** Documents switched to the report language once: switched back by the user, they stay as they are. */
const adopted = new Set<string>();

function looksLikeReport(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
  const end = document.positionAt(CHARACTERS_LOOKED_AT);
  const head = document.getText(new vscode.Range(new vscode.Position(0, 0), end.line < LINES_LOOKED_AT ? end : new vscode.Position(LINES_LOOKED_AT, 0)));
  return TITLE.test(head) || HEADINGS.test(head);
}

async function adopt(document: vscode.TextDocument): Promise<void> {
  if (document.languageId === LANGUAGE) return void languageClient();
  const key = document.uri.toString();
  if (adopted.has(key) || !looksLikeReport(document)) return;
  adopted.add(key);
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
}

/**
 * A change of language closes and reopens a document at once; only a document still closed after
 * that is forgotten, so that one reopened later is recognised again.
 */
function forget(document: vscode.TextDocument): void {
  const key = document.uri.toString();
  setTimeout(() => {
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) adopted.delete(key);
  }, 0);
}

/** The language server's client, started on first use: the first report seen, or a command. */
export function languageClient(): Promise<LanguageClient> {
  client ??= startClient();
  return client;
}

async function startClient(): Promise<LanguageClient> {
  const server = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: server, transport: TransportKind.ipc },
    debug: { module: server, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE }],
    synchronize: {
      configurationSection: 'xxgk',
      // Last year's report may be any text, PDF, Word or web-page file of the workspace: the checks across years hear of changes.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,pdf,docx,html,htm}'),
    },
    // xxgk.locale, which the server also reads again on every change of the settings; the client
    // sends VS Code's display language beside it, for 'auto'. The empty report is a snippet already.
    initializationOptions: { locale: vscode.workspace.getConfiguration('xxgk').get('locale'), offerTemplate: false },
  };
  const started = new LanguageClient('xxgk', vscode.l10n.t('Government information disclosure report checker'), serverOptions, clientOptions);
  context.subscriptions.push(started);
  await started.start();
  return started;
}

export async function activate(extensionContext: vscode.ExtensionContext): Promise<void> {
  context = extensionContext;
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adopt),
    // Text pasted into an empty file becomes a report only then.
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.some((c) => c.range.start.line < LINES_LOOKED_AT) && adopt(e.document)),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.commands.registerCommand('xxgk.fixAll', fixAll),
    vscode.commands.registerCommand('xxgk.newReport', newReport),
    registerImportReport(languageClient),
  );
  registerPreview(context, languageClient);
  await Promise.all(vscode.workspace.textDocuments.map(adopt));
}

export async function deactivate(): Promise<void> {
  await (await client)?.stop();
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a government information disclosure annual report first.'));
    return;
  }
  await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.xxgk', apply: 'first' });
}

async function newReport(): Promise<void> {
  const body = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Name of the reporting body'), placeHolder: vscode.l10n.t('e.g. 某某县人民政府办公室'), ignoreFocusOut: true });
  if (!body) return;
  const lastYear = String(new Date().getFullYear() - 1);
  const year = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Year reported on'), value: lastYear, ignoreFocusOut: true,
    validateInput: (v) => (/^\d{4}$/.test(v) ? undefined : vscode.l10n.t('Enter a four-digit year')),
  });
  if (!year) return;
  const content = await (await languageClient()).sendRequest<string>('xxgk/template', { body: body.trim(), year });
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE, content });
  await vscode.window.showTextDocument(document);
}
