// What is found in one table (its findings; the totals fix-all would write) is kept with the
// table: a later version of the text whose parse took the table over takes these over too, moved
// with its lines, instead of checking the table again.
import { lineEnding } from '../edits';
import { originOf, type Report, type TableModel } from '../model';
import { isVersion } from '../parse';
import type { Range, TextEdit } from '../text';
import type { Context } from './context';
import { checkIdentities, totalsEdits } from './identities';
import { checkLabels } from './labels';
import { checkRows } from './rows';
import type { Diagnostic } from './types';

const kept = new WeakMap<TableModel, Map<string, unknown>>();

function keptFor<T>(report: Report, table: TableModel, keyOf: () => string, make: () => T, move: (value: T, delta: number) => T): T {
  // Kept only for a document's next version: a checker of files lets each table go at once.
  if (!isVersion(report)) return make();
  const key = keyOf();
  let values = kept.get(table);
  if (!values) kept.set(table, (values = new Map()));
  if (values.has(key)) return values.get(key) as T;
  const origin = originOf(table);
  const first = origin && kept.get(origin.table);
  const value = first?.has(key) ? move(first.get(key) as T, origin!.delta) : make();
  values.set(key, value);
  return value;
}

/** The rows, labels and identities of a table, checked. Findings depend on the locale, on whether they carry fixes, and on the text's line break (a missing row's insertion ends with it). */
export function checkTable(ctx: Context, table: TableModel): void {
  const key = () => `findings ${ctx.locale} ${ctx.fixes} ${JSON.stringify(lineEnding(ctx.report))}`;
  const found = keptFor(ctx.report, table, key, () => {
    const from = ctx.out.length;
    checkRows(ctx, table);
    checkLabels(ctx, table);
    checkIdentities(ctx, table);
    return ctx.out.splice(from);
  }, (earlier, delta) => earlier.map((d) => movedDiagnostic(d, delta)));
  // One by one: a table of a million rows has too many findings to pass as arguments.
  for (const d of found) ctx.out.push(d);
}

/** The edits that set every total of a table to what its identities give (fix-all's last step). */
export function tableTotals(report: Report, table: TableModel): TextEdit[] {
  return keptFor(report, table, () => 'totals', () => totalsEdits(table), movedEdits);
}

function movedRange(range: Range, delta: number): Range {
  return { start: { line: range.start.line + delta, character: range.start.character }, end: { line: range.end.line + delta, character: range.end.character } };
}

function movedEdits(edits: TextEdit[], delta: number): TextEdit[] {
  return edits.map((e) => ({ ...e, range: movedRange(e.range, delta) }));
}

function movedDiagnostic(d: Diagnostic, delta: number): Diagnostic {
  return {
    ...d,
    range: movedRange(d.range, delta),
    ...(d.answer ? { answer: { ...d.answer, range: movedRange(d.answer.range, delta) } } : {}),
    fixes: d.fixes.map((f) => ({ ...f, edits: movedEdits(f.edits, delta) })),
  };
}
