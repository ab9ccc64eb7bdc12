// Quick fixes, built from the fixes the core attached to each diagnostic: found through
// diagnostic.data in the server's own analysis, never through the range an editor sends back
// (some editors send byte columns). Fix-all is offered beside them and as source.fixAll.xxgk; its
// edits come from the analysis cache, computed once per version of the text.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { messages, say, type Diagnostic, type Locale, type TextEdit } from '../core';
import type { DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.xxgk';

export function codeActions(params: CodeActionParams, diagnostics: Diagnostic[], fixAllEdits: () => TextEdit[], locale: Locale): CodeAction[] {
  const { uri } = params.textDocument;
  const only = params.context.only;
  const requested = (kind: string) => only?.some((k) => kind === k || kind.startsWith(k + '.')) ?? false;
  const fixAll = (kind: string): CodeAction[] => {
    const edits = fixAllEdits();
    return edits.length === 0 ? [] : [{ title: say(locale, messages.fix.fixAll), kind, edit: { changes: { [uri]: edits } } }];
  };
  const actions: CodeAction[] = [];
  if (!only || requested(CodeActionKind.QuickFix)) {
    for (const sent of params.context.diagnostics) {
      const index = (sent?.data as DiagnosticData | undefined)?.index;
      const diagnostic = typeof index === 'number' ? diagnostics[index] : undefined;
      // A diagnostic of an older version of the text finds another one, or none, at its index.
      if (!diagnostic || diagnostic.code !== sent.code || diagnostic.message !== sent.message) continue;
      for (const fix of diagnostic.fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: fix.preferred, edit: { changes: { [uri]: fix.edits } } });
      }
    }
    if (actions.length > 0) actions.push(...fixAll(CodeActionKind.QuickFix));
  }
  // Only on request: a light bulb asks on every move of the cursor, and the first fix-all of a version parses the text again.
  if (requested(FIX_ALL_KIND)) actions.push(...fixAll(FIX_ALL_KIND));
  return actions;
}
