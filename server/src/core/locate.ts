// What stands at a position of a report: a section heading, a row label, a header cell or a value.
import type { Report, RowModel, SectionModel, TableModel, ValueCell } from './model';
import type { Position } from './text';

export type Located =
  | { kind: 'section'; section: SectionModel }
  | { kind: 'row'; table: TableModel; row: RowModel }
  | { kind: 'column'; table: TableModel; column: number; line: number; start: number; end: number }
  | { kind: 'value'; table: TableModel; row: RowModel; column: number | undefined; cell: ValueCell };

function within(position: Position, start: number, end: number): boolean {
  return position.character >= start && position.character <= end;
}

export function locate(report: Report, position: Position): Located | undefined {
  const section = report.sections.find((s) => position.line >= s.line && position.line <= s.lastHeadingLine);
  if (section) return { kind: 'section', section };
  const table = report.tables.find((t) => position.line >= t.firstLine && position.line <= t.lastLine);
  if (!table) return undefined;
  const header = table.headerCells.find((h) => h.line === position.line && within(position, h.cell.start, h.cell.end));
  if (header) return { kind: 'column', table, column: header.column, line: header.line, start: header.cell.start, end: header.cell.end };
  const row = table.rows.find((r) => r.line === position.line);
  if (!row || row.row === undefined) return undefined;
  const cell = row.values.find((v) => within(position, v.start, v.end));
  if (cell) {
    const column = row.slots?.indexOf(cell);
    return { kind: 'value', table, row, column: column === undefined || column < 0 ? undefined : column, cell };
  }
  return { kind: 'row', table, row };
}
