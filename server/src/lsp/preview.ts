// The preview of a report (xxgk/preview): its tables rendered with their findings, from the same
// analysis the diagnostics come from, for the client's webview.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core';
import { renderReport, reportStyle } from '../core/render';
import type { Analyses } from './analysis';

export const PREVIEW_REQUEST = 'xxgk/preview';

export interface PreviewParams {
  uri: string;
}

export interface PreviewResult {
  uri: string;
  /** The document version the HTML shows: the client asks again when the document has moved on. */
  version: number;
  /** An <article> fragment; every text of the report escaped. */
  html: string;
  /** The CSS the fragment needs. */
  style: string;
}

export function registerPreview(connection: Connection, documents: TextDocuments<TextDocument>, analyses: Analyses, locale: () => Locale): void {
  connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams): PreviewResult | null => {
    const document = documents.get(String(params?.uri));
    if (!document) return null;
    const { version, report, diagnostics } = analyses.get(document);
    return { uri: document.uri, version, html: renderReport(report, diagnostics, { locale: locale(), fixButtons: true }), style: reportStyle };
  });
}
