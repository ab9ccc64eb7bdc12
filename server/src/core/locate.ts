// What stands at a position of a report: a section heading, a row label, a header cell or a value,
// with the range it covers (for an editor to highlight).
import type { Report, RowModel, SectionModel, TableModel, ValueCell } from './model';
import { cellRange, rangeOf, type Position, type Range } from './text';

export type Located =
  | { kind: 'section'; range: Range; section: SectionModel }
  | { kind: 'row'; range: Range; table: TableModel; row: RowModel }
  | { kind: 'column'; range: Range; table: TableModel; column: number }
  | { kind: 'value'; range: Range; table: TableModel; row: RowModel; column: number | undefined; cell: ValueCell };

function within(position: Position, start: number, end: number): boolean {
  return position.character >= start && position.character <= end;
}

export function locate(report: Report, position: Position): Located | undefined {
  const section = report.sections.find((s) => position.line >= s.line && position.line <= s.lastHeadingLine);
  if (section) return { kind: 'section', range: section.headingRange, section };
  const table = report.tables.find((t) => position.line >= t.firstLine && position.line <= t.lastLine);
  if (!table) return undefined;
  const header = table.headerCells.find((h) => h.line === position.line && within(position, h.cell.start, h.cell.end));
  if (header) return { kind: 'column', range: cellRange(header.line, header.cell), table, column: header.column };
  const row = table.rows.find((r) => r.line === position.line);
  if (!row || row.row === undefined) return undefined;
  const cell = row.values.find((v) => within(position, v.start, v.end));
  if (cell) {
    const column = row.slots?.indexOf(cell);
    return { kind: 'value', range: cellRange(row.line, cell), table, row, column: column === undefined || column < 0 ? undefined : column, cell };
  }
  const label = row.labelCell ?? { start: 0, end: report.lines[row.line].text.length };
  return { kind: 'row', range: rangeOf(row.line, label.start, label.end), table, row };
}
