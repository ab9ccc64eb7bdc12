// One statutory table as the official form draws it: merged headers, group labels spanning their
// rows, each cell with its value and its place in the text, marked cells titled with their findings.
import type { Diagnostic } from '../check';
import type { Figure } from '../figures';
import { say } from '../messages';
import type { Report, RowModel, TableModel, ValueCell } from '../model';
import type { Cell } from '../text';
import { attributes, concatenated, element, escapeHtml, hidden } from './html';
import { labels } from './labels';
import { headerRows, rowLayout, type RowLayout } from './layout';
import { findingsList, markAttributes, markContent, messageOf, placeOf, type Style } from './markup';
import type { Mark, Marks } from './marks';

export interface TableContext {
  report: Report;
  marks: Marks;
  style: Style;
}

export function renderTable(ctx: TableContext, table: TableModel): string {
  const spec = table.index.spec;
  const layout = rowLayout(spec);
  const caption = element('caption', placeOf(table.captionLine ?? table.firstLine, 0), escapeHtml(say(ctx.style.locale, spec.title)));
  const head = renderHead(table, layout);
  // A table given one cell per line has no rows to draw: its header, and the finding that says so.
  const body = table.cellPerLine ? '' : concatenated(layout.valueRows, (r) => renderRow(ctx, table, layout, r));
  const leftovers: Diagnostic[] = [];
  for (let line = table.firstLine; line <= table.lastLine; line++) leftovers.push(...(ctx.marks.rest(line)?.diagnostics ?? []));
  return `<div class="table-wrap">${element('table', { class: 'statute', 'data-table': spec.key }, `${caption}<thead>${head}</thead><tbody>${body}</tbody>`)}</div>${findingsList(leftovers, ctx.style)}`;
}

function renderHead(table: TableModel, layout: RowLayout): string {
  const rows = headerRows(table.index.spec);
  return rows.map((cells, level) => {
    const corner = level === 0 && layout.labelColumns > 0 ? `<td${attributes({ class: 'corner', colspan: span(layout.labelColumns), rowspan: span(rows.length) })}></td>` : '';
    const ths = cells.map((c) => {
      const written = c.column === undefined ? undefined : table.headerCells.find((h) => h.column === c.column);
      const scope = { scope: c.colspan > 1 ? 'colgroup' : 'col', colspan: span(c.colspan), rowspan: span(c.rowspan) };
      return element('th', written ? [scope, placeOf(written.line, written.cell.start)] : scope, escapeHtml(c.text));
    });
    return `<tr>${corner}${ths.join('')}</tr>`;
  }).join('');
}

function span(n: number): number | undefined {
  return n > 1 ? n : undefined;
}

function modelOf(table: TableModel, row: number): RowModel | undefined {
  return table.rows.find((m) => m.row === row && !m.duplicate);
}

function renderRow(ctx: TableContext, table: TableModel, layout: RowLayout, r: number): string {
  const spec = table.index.spec;
  const model = modelOf(table, r);
  const groups = (layout.opens.get(r) ?? []).map((g) => groupLabel(ctx, table, g.row, g.rowspan));
  if (!model) return `<tr class="missing-row">${groups.join('')}${missingRow(ctx, table, layout, r)}</tr>`;
  const cells = valueCells(ctx, table, model);
  const mark = ctx.marks.rest(model.line);
  const label = layout.labelColumns === 0 ? '' : rowLabel(ctx, spec.rows[r].label, layout.labelColumns - layout.depth[r], model, mark);
  const rowMark = layout.labelColumns === 0 && mark ? markAttributes(mark) : {};
  return `<tr${attributes(rowMark)}>${groups.join('')}${label}${cells}</tr>`;
}

function groupLabel(ctx: TableContext, table: TableModel, row: number, rowspan: number): string {
  const model = modelOf(table, row);
  // A group's label on a line of its own may carry findings (a typo); on a value row's line they are that row's.
  const own = model && !table.rows.some((m) => m.line === model.line && m !== model);
  const mark = own ? ctx.marks.rest(model.line) : undefined;
  const place = model ? placeOf(model.line, model.labelCell?.start ?? 0) : {};
  return element('th', [{ scope: 'rowgroup', rowspan: span(rowspan) }, place, markAttributes(mark, ['group'])], escapeHtml(table.index.spec.rows[row].label) + markContent(mark, ctx.style));
}

function rowLabel(ctx: TableContext, label: string, colspan: number, model: RowModel, mark: Mark | undefined): string {
  const character = model.labelCell?.start ?? 0;
  if (!mark) return `<th scope="row"${colspan > 1 ? ` colspan="${colspan}"` : ''} data-line="${model.line}" data-character="${character}">${escapeHtml(label)}</th>`;
  return element('th', [{ scope: 'row', colspan: span(colspan) }, placeOf(model.line, character), markAttributes(mark)], escapeHtml(label) + markContent(mark, ctx.style));
}

function missingRow(ctx: TableContext, table: TableModel, layout: RowLayout, r: number): string {
  const label = table.index.spec.rows[r].label;
  const diagnostic = ctx.marks.find(table.firstLine, table.lastLine, (d) => d.code === 'missing-row' && d.missingRow === r);
  const mark = diagnostic && ctx.marks.take(diagnostic);
  const values = diagnostic?.completedRow;
  const place = diagnostic ? placeOf(diagnostic.range.start.line, 0) : placeOf(table.lastLine, 0);
  const th = layout.labelColumns === 0 ? '' : element('th', [{ scope: 'row', colspan: span(layout.labelColumns - layout.depth[r]) }, place, markAttributes(mark)],
    `${escapeHtml(label)} <span class="missing">${escapeHtml(say(ctx.style.locale, labels.missingRow))}</span>${markContent(mark, ctx.style)}`);
  const tds = table.index.spec.columns.map((_, c) => lostCell(ctx, values?.[c], place));
  return th + tds.join('');
}

/**
 * A cell the text lacks, with the value the identities give, or blank; or (kind 'deduced') a cell
 * of a row whose values could not be placed, shown as the identities complete the row.
 */
function lostCell(ctx: TableContext, value: Figure | undefined, place: Record<string, number>, mark?: Mark, kind: 'lost' | 'deduced' = 'lost'): string {
  const note = say(ctx.style.locale, value === undefined ? labels.blank : labels[kind]);
  const [kindClass, text, shown] = value === undefined ? ['blank', note, hidden(note)] : [kind, `${note} ${value}`, `${hidden(note + ' ')}${value}`];
  // The common case, no finding on the cell, written directly: a row that lost cells has a dozen.
  if (!mark) return `<td${attributes(place)} class="${kindClass}" title="${escapeHtml(text)}">${shown}</td>`;
  return element('td', { ...place, ...markAttributes(mark, [kindClass]), title: `${text}\n${messageOf(mark)}` }, shown + markContent(mark, ctx.style));
}

function valueCell(ctx: TableContext, line: number, cell: ValueCell): string {
  const mark = ctx.marks.at(line, cell.start, cell.end);
  // The common case, an unmarked number, written directly: the review page has thousands.
  if (!mark) return `<td data-line="${line}" data-character="${cell.start}">${escapeHtml(cell.text)}</td>`;
  const was = mark.should !== undefined ? ' class="was"' : '';
  return element('td', [placeOf(line, cell.start), markAttributes(mark)], `<span${was}>${escapeHtml(cell.text)}</span>${markContent(mark, ctx.style)}`);
}

function valueCells(ctx: TableContext, table: TableModel, model: RowModel): string {
  const columns = table.index.spec.columns.length;
  const lineDiagnostic = ctx.marks.find(model.line, model.line, (d) => d.code === 'missing-cell' || d.code === 'extra-cell');
  const deduced = lineDiagnostic?.completedRow;
  if (model.slots) {
    return concatenated(model.slots, (cell, c) => {
      if (cell) return valueCell(ctx, model.line, cell);
      const hole: Cell | undefined = model.holes?.[c];
      const place = placeOf(model.line, hole?.start ?? lastEnd(model));
      const mark = hole ? ctx.marks.at(model.line, hole.start, hole.start, lineDiagnostic) : undefined;
      return lostCell(ctx, deduced?.[c], place, mark);
    });
  }
  if (deduced && deduced.every((v) => v !== undefined)) {
    // Which written value went where is not known: every cell shows what the identities give.
    const place = placeOf(model.line, model.values[0]?.start ?? lastEnd(model));
    return concatenated(deduced, (v) => lostCell(ctx, v, place, undefined, 'deduced'));
  }
  const values = model.values.map((v) => {
    const mark = ctx.marks.at(model.line, v.start, v.end);
    return element('span', [placeOf(model.line, v.start), markAttributes(mark, ['value'])], escapeHtml(v.text) + markContent(mark, ctx.style));
  });
  const note = say(ctx.style.locale, labels.unaligned);
  return element('td', { colspan: span(columns), class: 'unaligned', title: note, ...placeOf(model.line, model.values[0]?.start ?? 0) }, values.join(' ') + hidden(note));
}

function lastEnd(model: RowModel): number {
  return model.values.length ? model.values[model.values.length - 1].end : (model.labelCell?.end ?? 0);
}
