// Inlay hints: the computed value beside a wrong total.
import type { InlayHint } from 'vscode-languageserver';
import type { Diagnostic } from '../core';

const SUM_CODES = new Set(['row-sum', 'column-sum', 'balance']);

export function inlayHints(diagnostics: Diagnostic[], line: { from: number; to: number }): InlayHint[] {
  return diagnostics
    .filter((d) => SUM_CODES.has(d.code) && d.expected !== undefined && d.range.end.line >= line.from && d.range.end.line <= line.to)
    .map((d) => ({ position: d.range.end, label: `= ${d.expected}`, paddingLeft: true, tooltip: d.message }));
}
