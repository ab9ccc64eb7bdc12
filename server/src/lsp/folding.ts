// Folding: each section, and each table.
import type { FoldingRange } from 'vscode-languageserver';
import type { Report } from '../core';

export function foldingRanges(report: Report): FoldingRange[] {
  const sections = report.sections.map((s) => ({ startLine: s.line, endLine: lastText(report, s.endLine - 1, s.line), kind: 'region' }));
  const tables = report.tables.map((t) => ({ startLine: t.firstLine, endLine: t.lastLine, kind: 'region' }));
  return [...sections, ...tables].filter((r) => r.endLine > r.startLine);
}

/** The last line with text at or before `line`, so a fold does not swallow the blank lines before the next heading. */
function lastText(report: Report, line: number, floor: number): number {
  while (line > floor && report.lines[line].text.trim() === '') line--;
  return line;
}
