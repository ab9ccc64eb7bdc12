// Hover: what the statute means by a section, row or column, and the article it rests on; for a
// number, its row × column and, for a total, the sum written out.
import type { Hover, Position } from 'vscode-languageserver';
import { explain, locate, type Locale, type Report } from '../core';

export function hover(report: Report, position: Position, locale: Locale): Hover | null {
  const located = locate(report, position);
  return located ? { contents: { kind: 'markdown', value: explain(located, locale) }, range: located.range } : null;
}
