// The values the check's fixes give the rows that lost cells (missing-cell, extra-cell) or are
// missing (missing-row): the text with every such preferred fix applied, parsed once, read at
// each row. The fixes of different rows touch different lines, so one parse serves them all.
import type { Diagnostic } from '../check';
import { applyEdits } from '../edits';
import type { Report } from '../model';
import { parse } from '../parse';

const DEDUCING = new Set(['missing-cell', 'extra-cell', 'missing-row']);

export type Deduced = (tableKey: string, row: number) => (number | undefined)[] | undefined;

export function deducedRows(report: Report, diagnostics: Diagnostic[]): Deduced {
  const edits = diagnostics.filter((d) => DEDUCING.has(d.code)).flatMap((d) => d.fixes.find((f) => f.preferred)?.edits ?? []);
  let fixed: Report | undefined;
  return (tableKey, row) => {
    if (edits.length === 0) return undefined;
    fixed ??= parse(applyEdits(report.text, edits));
    const table = fixed.tables.find((t) => t.index.spec.key === tableKey);
    return table?.rows.find((m) => m.row === row && !m.duplicate)?.slots?.map((cell) => cell?.value);
  };
}
