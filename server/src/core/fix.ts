// Fix-all: every fix the core is sure of, applied until nothing is left to fix (a fixed point).
import { check, tableTotals, type Diagnostic } from './check';
import { applyEdits, diffLines } from './edits';
import type { Report } from './model';
import { parse, parseVersion } from './parse';
import { lineStarts, type TextEdit } from './text';

/** Codes whose preferred fix is certain: a statutory label, or cells the identities determine (a blank zero written as 0). */
const CERTAIN: ReadonlySet<string> = new Set(['label', 'missing-cell', 'extra-cell', 'invalid-number', 'split-number', 'blank-cell']);

function certainEdits(diagnostics: Diagnostic[]): TextEdit[] {
  return diagnostics.flatMap((d) => (CERTAIN.has(d.code) ? (d.fixes.find((f) => f.preferred)?.edits ?? []) : []));
}

/** One round: the certain fixes where they change anything (they change which rows are complete), else every table's totals. */
function round(text: string, report: Report): string {
  const { certain, totals } = roundEdits(report);
  const fixed = certain.length > 0 ? applyEdits(text, certain) : text;
  return fixed !== text || totals.length === 0 ? fixed : applyEdits(text, totals);
}

/** The edits of a round, found on one model of the text, which is let go before any new text is built. */
function roundEdits(report: Report): { certain: TextEdit[]; totals: TextEdit[] } {
  if (!report.statute) return { certain: [], totals: [] };
  return { certain: certainEdits(check(report)), totals: report.tables.flatMap((table) => tableTotals(report, table)) };
}

/**
 * The text with every certain fix applied, round after round until a round changes nothing:
 * labels and determined cells first, then totals recomputed in dependency order. Nothing else
 * changes. Each round completes a row, mends a label or sets totals, so the rounds are bounded by
 * the lines; a text that keeps changing past that bound is a cycle between fixes, and an error.
 */
export function fixAll(text: string, parsed?: Report): string {
  let current = text;
  const lines = lineStarts(text).length;
  // The caller's model of the text (an editor's analysis), where given, is read by the first
  // round, and each round's parse then takes over what the round before left unchanged. Without
  // one, each round's model is let go before the next text is built: a 200 MB file holds one at a time.
  let previous = parsed;
  for (let rounds = 0; ; rounds++) {
    const model = !previous ? parse(current) : rounds === 0 ? previous : parseVersion(current, previous);
    if (parsed) previous = model;
    const next = round(current, model);
    if (next === current) return current;
    if (rounds > 2 * lines + 2) throw new Error(`fix-all does not converge: round ${rounds} still changes the text`);
    current = next;
  }
}

/** fixAll as minimal edits against the original text, for an editor; `parsed` is that text's report, if at hand. */
export function fixAllEdits(text: string, parsed?: Report): TextEdit[] {
  return diffLines(text, fixAll(text, parsed));
}
