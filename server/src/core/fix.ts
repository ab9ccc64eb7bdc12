// Fix-all: every fix the core is sure of, applied until nothing is left to fix.
import { check, totalsEdits, type Diagnostic } from './check';
import { applyEdits, diffLines } from './edits';
import { parse } from './parse';
import type { TextEdit } from './text';

/** Codes whose preferred fix is certain: a statutory label, or cells the identities determine. */
const CERTAIN: ReadonlySet<string> = new Set(['label', 'missing-cell', 'extra-cell', 'invalid-number']);
const MAX_ROUNDS = 4;

function certainEdits(diagnostics: Diagnostic[]): TextEdit[] {
  return diagnostics.flatMap((d) => (CERTAIN.has(d.code) ? (d.fixes.find((f) => f.preferred)?.edits ?? []) : []));
}

/**
 * The text with every certain fix applied: labels and determined cells first (they change which
 * rows are complete), then totals recomputed in dependency order. Nothing else changes.
 */
export function fixAll(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const report = parse(current);
    if (!report.statute) break;
    let edits = certainEdits(check(report));
    if (edits.length === 0) edits = report.tables.flatMap((t) => totalsEdits(t));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** fixAll as minimal edits against the original text, for an editor. */
export function fixAllEdits(text: string): TextEdit[] {
  return diffLines(text, fixAll(text));
}
