// The values a fix would give a row: the text with the fix applied, parsed again, read at that row.
// Used for the cells a row lost (missing-cell) or a row the table lacks (missing-row), where the
// check's fix knows what the identities determine.
import type { Fix } from '../check';
import { applyEdits } from '../edits';
import { parse } from '../parse';
import type { Report } from '../model';

export function valuesAfterFix(report: Report, tableKey: string, row: number, fix: Fix | undefined): (number | undefined)[] | undefined {
  if (!fix) return undefined;
  const fixed = parse(applyEdits(report.text, fix.edits));
  const table = fixed.tables.find((t) => t.index.spec.key === tableKey);
  const model = table?.rows.find((m) => m.row === row && !m.duplicate);
  return model?.slots?.map((cell) => cell?.value);
}
