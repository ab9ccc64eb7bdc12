// 「预览年报」: a webview beside the report that shows its tables as tables, follows the document
// as the drafter types and the active report as the drafter switches, moves the cursor to a
// clicked cell and applies a marked cell's fix. The HTML comes from the server (xxgk/preview).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { nonce, previewPage, type PageContent } from './previewPage';
import { LANGUAGE } from './language';

const VIEW_TYPE = 'xxgk.preview';
/** How long typing must pause before the preview asks again. */
const DEBOUNCE_MS = 120;

type Message = { type: 'reveal'; line: number; character: number } | { type: 'fix'; range: [number, number, number, number] };

class ReportPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private shown: { uri: string; version: number } | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => Promise<LanguageClient>) {}

  async show(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a government information disclosure annual report first.'));
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) this.panel.reveal(column, toSide);
    else this.panel = this.createPanel(column, toSide);
    this.follow(document);
  }

  private createPanel(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Preview'), { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [this.context.extensionUri],
    });
    panel.webview.onDidReceiveMessage((m: Message) => void this.received(m));
    // A hidden webview misses the updates posted to it and comes back as first written: write it afresh.
    panel.onDidChangeViewState(() => {
      if (!panel.visible) return;
      this.shown = undefined;
      void this.update();
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
      clearTimeout(this.timer);
    });
    return panel;
  }

  /** Shows another report, or the same one again. */
  private follow(document: vscode.TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = vscode.l10n.t('Preview {0}', path.basename(document.uri.path));
    void this.update();
  }

  changed(document: vscode.TextDocument): void {
    if (!this.panel || document !== this.document) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  activeChanged(editor: vscode.TextEditor | undefined): void {
    if (this.panel && editor && editor.document.languageId === LANGUAGE && editor.document !== this.document) this.follow(editor.document);
  }

  private async update(): Promise<void> {
    const document = this.document;
    const panel = this.panel;
    if (!document || !panel) return;
    const uri = document.uri.toString();
    const result = await this.client().then((c) => c.sendRequest<PageContent | null>('xxgk/preview', { uri })).catch(() => null);
    // The document moved on while the server rendered: the next change asks again.
    if (!result || panel !== this.panel || document !== this.document || result.version !== document.version) {
      if (result && document === this.document && result.version < document.version) this.changed(document);
      return;
    }
    if (this.shown === undefined) {
      panel.webview.html = previewPage(result, panel.webview.cspSource, nonce(), vscode.env.language);
    } else if (this.shown.uri !== uri || this.shown.version !== result.version) {
      await panel.webview.postMessage({ type: 'update', uri, version: result.version, html: result.html });
    }
    this.shown = { uri, version: result.version };
  }

  private async received(message: Message): Promise<void> {
    const document = this.document;
    if (!document) return;
    if (message.type === 'reveal') {
      const position = document.validatePosition(new vscode.Position(message.line, message.character));
      const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
      const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (message.type === 'fix') {
      const [sl, sc, el, ec] = message.range;
      const range = document.validateRange(new vscode.Range(sl, sc, el, ec));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
      const action = actions?.find((a) => a.isPreferred) ?? actions?.[0];
      if (action?.edit) await vscode.workspace.applyEdit(action.edit);
      if (action?.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
  }
}

/** The preview's commands and the events it follows; the client is started when first asked. */
export function registerPreview(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): void {
  const preview = new ReportPreview(context, client);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('xxgk.showPreview', (uri?: vscode.Uri) => preview.show(uri, false)),
    vscode.commands.registerCommand('xxgk.showPreviewToSide', (uri?: vscode.Uri) => preview.show(uri, true)),
    vscode.workspace.onDidChangeTextDocument((e) => preview.changed(e.document)),
    vscode.window.onDidChangeActiveTextEditor((e) => preview.activeChanged(e)),
  );
}
