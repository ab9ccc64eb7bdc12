// Quick fixes, built from the fixes the core attached to each diagnostic (found through
// diagnostic.data, never through the range an editor sends back), and fix-all as source.fixAll.xxgk.
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, messages, say, type Locale } from '../core';
import type { Analyses } from './analysis';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.xxgk';

export function codeActions(params: CodeActionParams, documents: TextDocuments<TextDocument>, analyses: Analyses, locale: Locale): CodeAction[] {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const uri = document.uri;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const { diagnostics } = analyses.get(document);
    for (const sent of params.context.diagnostics) {
      const index = (sent.data as { index?: number } | undefined)?.index;
      const diagnostic = index === undefined ? undefined : diagnostics[index];
      if (!diagnostic || diagnostic.code !== sent.code || diagnostic.message !== sent.message) continue;
      for (const fix of diagnostic.fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: fix.preferred, edit: { changes: { [uri]: fix.edits } } });
      }
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(document.getText());
    if (edits.length > 0) actions.push({ title: say(locale, messages.fix.fixAll), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  return actions;
}
