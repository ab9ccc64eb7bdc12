// Completion: the statutory row labels inside a table, the section headings (and the sub-heads of
// 总体情况) where a heading may go, and a whole new report in a document that is not one yet.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { explainRow, say, type Locale, type Report, type TableModel } from '../core';
import { overviewTopics, reportTemplate } from './template';

const TEMPLATE = { zh: '按法定格式的空白年度报告', en: 'An empty report in the statutory format' };
const HEADING = { zh: '法定部分标题', en: 'Statutory section heading' };
const TOPIC = { zh: '“一、总体情况”的法定分项', en: 'A statutory sub-head of 一、总体情况' };

export function completion(report: Report, position: Position, locale: Locale, offerTemplate: boolean): CompletionItem[] {
  if (!report.statute) return offerTemplate ? [templateItem(locale)] : [];
  const line = report.lines[position.line];
  if (!line) return [];
  const before = line.text.slice(0, position.character);
  const table = report.tables.find((t) => position.line >= t.firstLine && position.line <= t.lastLine + 1);
  // A row label: the cell being typed, from the last tab (or the line's start) to the cursor.
  const typedLabel = before.slice(before.lastIndexOf('\t') + 1);
  // A Markdown heading marker asks for a heading even where a table's range runs on.
  if (table && !before.startsWith('#')) return /^\s*\d/.test(typedLabel) ? [] : rowLabels(table, position, typedLabel, locale);
  return before.includes('\t') ? [] : headings(report, position, before, locale);
}

function rowLabels(table: TableModel, position: Position, typed: string, locale: Locale): CompletionItem[] {
  const range = { start: { line: position.line, character: position.character - typed.trimStart().length }, end: position };
  const present = new Set(table.rows.map((r) => r.row));
  return table.index.spec.rows.flatMap((row, i) => (row.label === '' ? [] : [{
    label: row.label,
    kind: row.values ? CompletionItemKind.Field : CompletionItemKind.Folder,
    detail: row.article,
    documentation: { kind: 'markdown' as const, value: explainRow(table, i, locale) },
    // Rows the table lacks first, each group in statutory order.
    sortText: `${row.values && !present.has(i) ? 0 : 1}${String(i).padStart(3, '0')}`,
    filterText: row.label,
    textEdit: { range, newText: row.label },
  }]));
}

/**
 * On a line outside the tables whose text so far could begin a heading (after any Markdown #s):
 * the six section headings, the ones the report lacks first, and inside 一、总体情况 its sub-heads.
 * The candidates are those the typed text begins, by numeral or by title.
 */
function headings(report: Report, position: Position, before: string, locale: Locale): CompletionItem[] {
  const typed = before.replace(/^[#\s]*/, '');
  const range: Range = { start: { line: position.line, character: before.length - typed.length }, end: position };
  const sections = report.statute!.statute.sections;
  const present = new Set(report.sections.map((s) => s.index));
  const inOverview = report.sections.some((s) => s.index === 0 && position.line > s.lastHeadingLine && position.line < s.endLine);
  const candidates = [
    ...sections.map((s, i) => ({ text: `${s.numeral}、${s.title}`, title: s.title, sort: `${present.has(i) ? 1 : 0}${i}`, detail: HEADING, documentation: say(locale, s.meaning) })),
    ...(inOverview ? overviewTopics.map(([text], i) => ({ text, title: text.replace(/^（.）/, ''), sort: `0${i}`, detail: TOPIC, documentation: '' })) : []),
  ];
  return candidates.filter((c) => c.text.startsWith(typed) || c.title.startsWith(typed)).map((c) => ({
    label: c.text,
    kind: CompletionItemKind.Module,
    detail: say(locale, c.detail),
    ...(c.documentation ? { documentation: c.documentation } : {}),
    sortText: c.sort,
    filterText: typed && c.title.startsWith(typed) ? c.title : c.text,
    textEdit: { range, newText: c.text },
  }));
}

function templateItem(locale: Locale): CompletionItem {
  return {
    label: '政府信息公开工作年度报告', kind: CompletionItemKind.Snippet, detail: say(locale, TEMPLATE),
    insertTextFormat: InsertTextFormat.Snippet, insertText: reportTemplate('${1:机关名称}', '${2:年份}'),
  };
}
