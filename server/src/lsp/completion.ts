// Completion: statutory row labels inside a table, and a whole empty report as a snippet.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { statutes, type Report } from '../core';

export function completion(report: Report, position: Position): CompletionItem[] {
  const table = report.tables.find((t) => position.line >= t.firstLine && position.line <= t.lastLine + 1);
  if (table) {
    const present = new Set(table.rows.map((r) => r.row));
    return table.index.spec.rows.flatMap((row, i) => (row.label === '' ? [] : [{
      label: row.label, kind: CompletionItemKind.EnumMember, detail: row.article,
      documentation: row.meaning.zh, sortText: String(i).padStart(3, '0'),
      // Rows not yet in the table first.
      preselect: !present.has(i) && row.values,
    }]));
  }
  return [{ label: '政府信息公开工作年度报告', kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, insertText: reportTemplate('${1:机关名称}', '${2:年份}'), detail: '空白年报 / empty report' }];
}

/** An empty report in the statutory format: headings, captions, headers and every row with zeros. */
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
