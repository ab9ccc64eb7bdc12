// Quick fixes, built from the fixes the core attached to each diagnostic: found through
// diagnostic.data in the server's own analysis, never through the range an editor sends back
// (some editors send byte columns). Fix-all is offered beside them and as source.fixAll.xxgk.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, messages, say, type Diagnostic, type Locale } from '../core';
import type { DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.xxgk';

export function codeActions(params: CodeActionParams, document: TextDocument, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const { uri } = document;
  const only = params.context.only;
  const requested = (kind: string) => only?.some((k) => kind === k || kind.startsWith(k + '.')) ?? false;
  const fixAll = (kind: string): CodeAction[] => {
    const edits = fixAllEdits(document.getText());
    return edits.length === 0 ? [] : [{ title: say(locale, messages.fix.fixAll), kind, edit: { changes: { [uri]: edits } } }];
  };
  const actions: CodeAction[] = [];
  if (!only || requested(CodeActionKind.QuickFix)) {
    for (const sent of params.context.diagnostics) {
      const index = (sent.data as DiagnosticData | undefined)?.index;
      const diagnostic = typeof index === 'number' ? diagnostics[index] : undefined;
      // A diagnostic of an older version of the text finds another one, or none, at its index.
      if (!diagnostic || diagnostic.code !== sent.code || diagnostic.message !== sent.message) continue;
      for (const fix of diagnostic.fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: fix.preferred, edit: { changes: { [uri]: fix.edits } } });
      }
    }
    if (actions.length > 0) actions.push(...fixAll(CodeActionKind.QuickFix));
  }
  // Only on request: a light bulb asks on every move of the cursor, and fix-all parses the text again.
  if (requested(FIX_ALL_KIND)) actions.push(...fixAll(FIX_ALL_KIND));
  return actions;
}
