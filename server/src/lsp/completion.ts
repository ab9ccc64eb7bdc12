// Completion: the statutory row labels inside a table, and a whole empty report in a document
// that is not one yet.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { explainRow, say, statutes, type Locale, type Report } from '../core';

const TEMPLATE = { zh: '按法定格式的空白年度报告', en: 'An empty report in the statutory format' };

export function completion(report: Report, position: Position, locale: Locale, offerTemplate: boolean): CompletionItem[] {
  if (!report.statute) return offerTemplate ? [templateItem(locale)] : [];
  const table = report.tables.find((t) => position.line >= t.firstLine && position.line <= t.lastLine + 1);
  const before = (report.lines[position.line]?.text ?? '').slice(0, position.character);
  // The label cell being typed: from the last tab (or the line's start) to the cursor.
  const typed = before.slice(before.lastIndexOf('\t') + 1);
  if (!table || /^\s*\d/.test(typed)) return [];
  const start = position.character - typed.trimStart().length;
  const range = { start: { line: position.line, character: start }, end: position };
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

function templateItem(locale: Locale): CompletionItem {
  return {
    label: '政府信息公开工作年度报告', kind: CompletionItemKind.Snippet, detail: say(locale, TEMPLATE),
    insertTextFormat: InsertTextFormat.Snippet, insertText: reportTemplate('${1:机关名称}', '${2:年份}'),
  };
}

/** An empty report in the statutory format: title, headings, captions, headers and every row with zeros. */
export function reportTemplate(body: string, year: string): string {
  const statute = statutes['2021'];
  const lines = [`${body} ${year} 年政府信息公开工作年度报告`, ''];
  statute.sections.forEach((section, index) => {
    lines.push(`${section.numeral}、${section.title}`, '');
    for (const table of statute.tables.filter((t) => t.section === index)) {
      if (table.caption) lines.push(table.caption);
      const labelled = table.rows.some((r) => r.label !== '');
      lines.push([...(table.caption ? ['信息内容'] : labelled ? [''] : []), ...table.columns.map((c) => c.label)].join('\t'));
      for (const row of table.rows) lines.push([...(row.label ? [row.label] : []), ...(row.values ? table.columns.map(() => '0') : [])].join('\t'));
      lines.push('');
    }
  });
  return lines.join('\n');
}
