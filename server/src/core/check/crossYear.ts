// Across years: this report against last year's report of the same body.
import { formatNumber, replaceCell } from '../edits';
import { messages } from '../messages';
import type { Report } from '../model';
import { cellRange } from '../text';
import { emit, fix, type Context } from './context';
import { cellName, columnName } from './names';

export function checkCarryover(ctx: Context, others: { report: Report; path: string }[]): void {
  const { report } = ctx;
  if (report.year === undefined || report.organization === undefined) return;
  const rule = report.statute!.statute.carryover;
  const previous = others.find((o) => o.report.year === report.year! - 1 && o.report.organization === report.organization && o.report.statute);
  const table = report.tables.find((t) => t.index.spec.key === rule.table);
  const before = previous?.report.tables.find((t) => t.index.spec.key === rule.table);
  if (!previous || !table || !before) return;
  const thisRow = table.index.row(rule.thisYear);
  const lastRow = before.index.row(rule.lastYear);
  const row = table.rows.find((m) => m.row === thisRow && !m.duplicate && m.alignment === 'exact');
  const last = before.rows.find((m) => m.row === lastRow && !m.duplicate && m.alignment === 'exact');
  if (!row || !last) return;
  table.index.spec.columns.forEach((_, column) => {
    const now = row.slots![column];
    const then = last.slots![column];
    if (now?.value === undefined || then?.value === undefined || now.value === then.value) return;
    emit(ctx, 'carryover', cellRange(row.line, now), messages.carryover(columnName(table, column), now.value, then.value, previous.report.year!, previous.path),
      [fix(ctx, messages.fix.setValue(cellName(table, thisRow, column), then.value), [replaceCell(row.line, now, formatNumber(then.value))])], { expected: then.value, actual: now.value });
  });
}
