// The outline: sections, and the tables within them.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { say, type Locale, type Report } from '../core';

export function documentSymbols(report: Report, locale: Locale): DocumentSymbol[] {
  const lineEnd = (line: number) => report.lines[Math.min(line, report.lines.length - 1)].text.length;
  return report.sections.map((section) => {
    const last = Math.max(section.lastHeadingLine, section.endLine - 1);
    const tables = report.tables.filter((t) => t.firstLine > section.line && t.firstLine < section.endLine);
    return {
      name: `${section.spec.numeral}、${section.spec.title}`,
      kind: SymbolKind.Namespace,
      range: { start: { line: section.line, character: 0 }, end: { line: last, character: lineEnd(last) } },
      selectionRange: section.headingRange,
      children: tables.map((t) => ({
        name: say(locale, t.index.spec.title),
        kind: SymbolKind.Struct,
        range: { start: { line: t.firstLine, character: 0 }, end: { line: t.lastLine, character: lineEnd(t.lastLine) } },
        selectionRange: { start: { line: t.firstLine, character: 0 }, end: { line: t.firstLine, character: lineEnd(t.firstLine) } },
      })),
    };
  });
}
