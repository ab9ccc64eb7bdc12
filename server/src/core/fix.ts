// Fix-all: every fix the core is sure of, applied until nothing is left to fix (a fixed point).
import { check, totalsEdits, type Diagnostic } from './check';
import { applyEdits, diffLines } from './edits';
import { parse } from './parse';
import type { TextEdit } from './text';

/** Codes whose preferred fix is certain: a statutory label, or cells the identities determine (a blank zero written as 0). */
const CERTAIN: ReadonlySet<string> = new Set(['label', 'missing-cell', 'extra-cell', 'invalid-number', 'split-number', 'blank-cell']);

function certainEdits(diagnostics: Diagnostic[]): TextEdit[] {
  return diagnostics.flatMap((d) => (CERTAIN.has(d.code) ? (d.fixes.find((f) => f.preferred)?.edits ?? []) : []));
}

/** One round: the certain fixes where there are any (they change which rows are complete), else every table's totals. */
function round(text: string): string {
  const report = parse(text);
  if (!report.statute) return text;
  let edits = certainEdits(check(report));
  if (edits.length === 0) edits = report.tables.flatMap((t) => totalsEdits(t));
  return edits.length === 0 ? text : applyEdits(text, edits);
}

/**
 * The text with every certain fix applied, round after round until a round changes nothing:
 * labels and determined cells first, then totals recomputed in dependency order. Nothing else
 * changes. Each round completes a row, mends a label or sets totals, so the rounds are bounded by
 * the lines; a text that keeps changing past that bound is a cycle between fixes, and an error.
 */
export function fixAll(text: string): string {
  let current = text;
  let lines = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) lines++;
  for (let rounds = 0; ; rounds++) {
    const next = round(current);
    if (next === current) return current;
    if (rounds > 2 * lines + 2) throw new Error(`fix-all does not converge: round ${rounds} still changes the text`);
    current = next;
  }
}

/** fixAll as minimal edits against the original text, for an editor. */
export function fixAllEdits(text: string): TextEdit[] {
  return diffLines(text, fixAll(text));
}
