// xxgk/importReport: a PDF, Word or web-page file of the workspace, converted to report text for the
// client to open as a new document (conversion.ts: on a thread that the client's cancellation
// stops). The server reads the file; the file itself is never changed.
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { isRefusal } from '../convert';
import { parse, say, type Bilingual, type Locale } from '../core';
import { convertFile, unreadable, type Converter } from './conversion';

export interface ImportReportParams {
  uri: string;
}

/** The report text, or what is wrong in the user's language (what to do included). */
export type ImportReportResult = { text: string } | { problem: string };

const NOT_A_REPORT: Bilingual = {
  zh: '这个文件中没有找到政府信息公开工作年度报告（没有报告标题、法定的章节标题或统计表）：请确认文件是否正确。',
  en: 'No government information disclosure annual report was found in this file (no report title, statutory section headings or tables): check that it is the right file.',
};

/** Cancelled by the client, it answers RequestCancelled, as the protocol asks. */
export async function importReport({ uri }: ImportReportParams, locale: Locale, signal: AbortSignal, converter?: Converter): Promise<ImportReportResult> {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch (error) {
    return { problem: say(locale, unreadable(error)) };
  }
  const converted = await convertFile(file, signal, converter);
  if (converted === 'cancelled') throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  if (isRefusal(converted)) return { problem: say(locale, converted.problem) };
  return parse(converted.text).statute ? { text: converted.text } : { problem: say(locale, NOT_A_REPORT) };
}

export function registerImportReport(connection: Connection, locale: () => Locale): void {
  connection.onRequest('xxgk/importReport', (params: ImportReportParams, token: CancellationToken) => {
    const cancelled = new AbortController();
    token.onCancellationRequested(() => cancelled.abort());
    return importReport(params, locale(), cancelled.signal);
  });
}
