// Figures stated in the prose against the tables.
import { messages } from '../messages';
import { cellValue } from '../model';
import { rangeOf } from '../text';
import { emit, type Context } from './context';
import { cellName } from './names';

export function checkNarrative(ctx: Context): void {
  const { report } = ctx;
  const rules = report.statute!.statute.narrative.flatMap((rule) => {
    const table = report.tables.find((t) => t.index.spec.key === rule.cells[0].table);
    if (!table) return [];
    const cells = rule.cells.map((c) => ({ row: table.index.row(c.row), column: table.index.column(c.column) }));
    const values = cells.map((c) => cellValue(table, c.row, c.column)?.value);
    if (values.some((v) => v === undefined)) return [];
    const names = cells.map((c) => cellName(table, c.row, c.column)).join(' + ');
    return [{ rule, value: (values as number[]).reduce((a, b) => a + b, 0), names }];
  });
  if (rules.length === 0) return;
  for (const line of report.prose) {
    for (const sentence of sentences(report.lines[line].text)) {
      for (const { rule, value, names } of rules) {
        if (rule.context && !rule.context.some((w) => sentence.text.includes(w))) continue;
        if (rule.notContext && rule.notContext.some((w) => sentence.text.includes(w))) continue;
        const m = rule.pattern.exec(sentence.text);
        if (!m || Number(m[1]) === value) continue;
        const start = sentence.start + m.index + m[0].lastIndexOf(m[1]);
        emit(ctx, 'narrative-mismatch', rangeOf(line, start, start + m[1].length), messages.narrative(Number(m[1]), rule.what, value, names), [], { expected: value, actual: Number(m[1]) });
      }
    }
  }
}

function sentences(text: string): { text: string; start: number }[] {
  const result: { text: string; start: number }[] = [];
  const re = /[^。；;！!？?]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) result.push({ text: m[0], start: m.index });
  return result;
}

