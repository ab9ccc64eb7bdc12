// Across years: this report against last year's report of the same body (its summary, LastYear).
import { formatNumber, replaceCell } from '../edits';
import { messages, reportMessages } from '../messages';
import { cellValue, type TableModel } from '../model';
import { cellRange } from '../text';
import { emit, fix, type Context } from './context';
import { cellKeys, type LastYear } from './lastYear';
import { cellName, columnName } from './names';

/** Whether last year is the year before this report's, of the same body. */
export function isLastYear(ctx: Context, last: LastYear): boolean {
  return ctx.report.year === last.year + 1 && ctx.report.organization === last.organization;
}

function tableOf(ctx: Context, key: string): TableModel | undefined {
  return ctx.report.tables.find((t) => t.index.spec.key === key);
}

/** The cells of a complete row, by column. */
function exactRow(table: TableModel, row: number) {
  const model = table.rows.find((m) => m.row === row && !m.duplicate && m.alignment === 'exact');
  return model && { line: model.line, slots: model.slots! };
}

export function checkCarryover(ctx: Context, last: LastYear): void {
  const rule = ctx.report.statute!.statute.carryover;
  const table = tableOf(ctx, rule.table);
  if (!table) return;
  const [thisRow, lastRow] = [table.index.row(rule.thisYear), table.index.row(rule.lastYear)];
  const row = exactRow(table, thisRow);
  if (!row || lastRow < 0) return;
  const lastKeys = cellKeys(table.index.spec)[lastRow];
  table.index.spec.columns.forEach((_, c) => {
    const now = row.slots[c];
    const then = last.cells[lastKeys[c]];
    if (now?.value === undefined || then === undefined || now.value === then) return;
    emit(ctx, 'carryover', cellRange(row.line, now), messages.carryover(columnName(table, c), now.value, then, last.year, last.path),
      () => [fix(ctx, messages.fix.setValue(cellName(table, thisRow, c), then), [replaceCell(row.line, now, formatNumber(then))])], { expected: then, actual: now.value });
  });
}

/** 现行有效 = last year's 现行有效 + 制发 − 废止 (2021); 上一年项目数量 = last year's + its 增/减 (2019). */
export function checkRollforward(ctx: Context, last: LastYear): void {
  for (const rule of ctx.report.statute!.statute.rollforward) {
    for (const key of rule.tables) {
      const table = tableOf(ctx, key);
      if (!table) continue;
      const column = (k: string) => table.index.column(k);
      const lastKeys = cellKeys(table.index.spec);
      for (const r of table.index.valueRows) {
        const row = exactRow(table, r);
        const target = row?.slots[column(rule.target)];
        const lastValues = rule.last.map((k) => last.cells[lastKeys[r][column(k)]]);
        const now = (keys: string[] = []) => keys.map((k) => row?.slots[column(k)]?.value);
        const plus = now(rule.plus);
        const minus = now(rule.minus);
        if (!row || target?.value === undefined || [...lastValues, ...plus, ...minus].some((v) => v === undefined)) continue;
        const sum = (values: (number | undefined)[]) => values.reduce<number>((a, b) => a + b!, 0);
        const expected = sum(lastValues) + sum(plus) - sum(minus);
        if (expected === target.value) continue;
        const label = (k: string) => table.index.spec.columns[column(k)].label;
        const formula = [
          ...rule.last.map((k, i) => `${i === 0 ? '' : ' + '}${last.year}年${label(k)} ${lastValues[i]}`),
          ...(rule.plus ?? []).map((k, i) => ` + ${label(k)} ${plus[i]}`),
          ...(rule.minus ?? []).map((k, i) => ` − ${label(k)} ${minus[i]}`),
        ].join('');
        const name = cellName(table, r, column(rule.target));
        emit(ctx, 'rollforward', cellRange(row.line, target), reportMessages.rollforward(name, expected, target.value, formula, last.year, last.path),
          expected >= 0 ? () => [fix(ctx, messages.fix.setValue(name, expected), [replaceCell(row.line, target, formatNumber(expected))])] : undefined, { expected, actual: target.value });
      }
    }
  }
}

/** A figure of 10 or more that grew or shrank more than five times: worth a second look. */
export function checkYearOverYear(ctx: Context, last: LastYear): void {
  for (const rule of ctx.report.statute!.statute.yearOverYear) {
    const table = tableOf(ctx, rule.table);
    if (!table) continue;
    const spec = table.index.spec;
    const lastKeys = cellKeys(spec);
    spec.columns.forEach((column, c) => {
      if (column.unit === 'signed' || (rule.columns && !rule.columns.includes(column.key))) return;
      for (const r of table.index.valueRows) {
        const cell = cellValue(table, r, c);
        const then = last.cells[lastKeys[r][c]];
        if (cell?.value === undefined || then === undefined) continue;
        const [low, high] = [Math.min(cell.value, then), Math.max(cell.value, then)];
        if (high < 10 || high <= 5 * low) continue;
        const line = table.rows.find((m) => m.row === r && !m.duplicate)!.line;
        emit(ctx, 'year-over-year', cellRange(line, cell), reportMessages.yearOverYear(cellName(table, r, c), cell.value, then, last.year), undefined, { expected: then, actual: cell.value });
      }
    });
  }
}
