// Hover: what the statute means by a section, row or column; for a number, its row × column and
// for a total the sum written out.
import type { Hover, HoverParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { explain, locate, type Locale } from '../core';
import type { Analyses } from './analysis';

export function hover(params: HoverParams, documents: TextDocuments<TextDocument>, analyses: Analyses, locale: Locale): Hover | null {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const located = locate(analyses.get(document).report, params.position);
  return located ? { contents: { kind: 'markdown', value: explain(located, locale) } } : null;
}
