// The values the check's fixes give the rows that lost cells (missing-cell, extra-cell) or are
// missing (missing-row): the fixes applied and the table parsed again, read at each row.
// Only the lines the parser needs are parsed again (the title, for the format; the table's
// section heading; the table with the line after it, where a missing row is inserted), once per
// table: the review page renders a thousand reports.
import type { Diagnostic } from '../check';
import { applyEdits } from '../edits';
import type { Report, TableModel } from '../model';
import { parse } from '../parse';
import type { TextEdit } from '../text';

const DEDUCING = new Set(['missing-cell', 'extra-cell', 'missing-row']);

export type Deduced = (table: TableModel, row: number) => (number | undefined)[] | undefined;

export function deducedRows(report: Report, diagnostics: Diagnostic[]): Deduced {
  const edits = diagnostics.filter((d) => DEDUCING.has(d.code)).flatMap((d) => d.fixes.find((f) => f.preferred)?.edits ?? []);
  const fixed = new Map<TableModel, TableModel | undefined>();
  return (table, row) => {
    if (edits.length === 0) return undefined;
    if (!fixed.has(table)) fixed.set(table, reparsed(report, table, edits));
    return fixed.get(table)?.rows.find((m) => m.row === row && !m.duplicate)?.slots?.map((cell) => cell?.value);
  };
}

function reparsed(report: Report, table: TableModel, edits: TextEdit[]): TableModel | undefined {
  const section = report.sections.find((s) => s.index === table.section);
  const kept = [
    ...(report.titleLine === undefined ? [] : [report.titleLine]),
    ...(section ? range(section.line, section.lastHeadingLine) : []),
    ...range(table.firstLine, Math.min(table.lastLine + 1, report.lines.length - 1)),
  ];
  const at = new Map(kept.map((line, i) => [line, i]));
  const moved = edits.flatMap((e) => {
    const start = at.get(e.range.start.line);
    const end = at.get(e.range.end.line);
    return start === undefined || end === undefined ? [] : [{ newText: e.newText, range: { start: { ...e.range.start, line: start }, end: { ...e.range.end, line: end } } }];
  });
  const text = applyEdits(kept.map((line) => report.lines[line].text).join('\n'), moved);
  return parse(text).tables.find((t) => t.index.spec.key === table.index.spec.key);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
