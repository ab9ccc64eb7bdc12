// xxgk.importReport: a PDF, Word or web-page report, converted by the server and opened beside the
// original as a new report document, checked at once. The original file is never changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE } from './language';


type ImportReportResult = { text: string } | { problem: string };

async function pickFile(): Promise<vscode.Uri | undefined> {
  const [picked] = (await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('Word, PDF or web-page report')]: ['pdf', 'docx', 'doc', 'html', 'htm'] },
  })) ?? [];
  return picked;
}

async function importReport(languageClient: () => Promise<LanguageClient>, uri: vscode.Uri | undefined): Promise<void> {
  const file = uri ?? (await pickFile());
  if (!file) return;
  const client = await languageClient();
  // Cancelling stops the conversion on the server (its thread is stopped) and opens nothing.
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Converting {0}…', file.path.split('/').pop() ?? ''), cancellable: true },
    (_, token) => client.sendRequest<ImportReportResult>('xxgk/importReport', { uri: file.toString() }, token).catch((error: unknown) => {
      if (token.isCancellationRequested) return undefined;
      throw error;
    }),
  );
  if (!result) return;
  if ('problem' in result) {
    void vscode.window.showErrorMessage(result.problem);
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE, content: result.text });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });
}

/** The command, for the explorer's context menu on .pdf/.docx/.doc/.html/.htm files and the command palette. */
export function registerImportReport(languageClient: () => Promise<LanguageClient>): vscode.Disposable {
  return vscode.commands.registerCommand('xxgk.importReport', (uri?: vscode.Uri) => importReport(languageClient, uri instanceof vscode.Uri ? uri : undefined));
}
