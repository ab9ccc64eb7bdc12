// xxgk/importReport: a PDF, Word or web-page file of the workspace, converted to report text for the
// client to open as a new document. The server reads the file; the file itself is never changed.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { convert, isRefusal, MAX_BYTES } from '../convert';
import { refusals } from '../convert/refusals';
import { parse, say, type Bilingual, type Locale } from '../core';

export interface ImportReportParams {
  uri: string;
}

/** The report text, or what is wrong in the user's language (what to do included). */
export type ImportReportResult = { text: string } | { problem: string };

const NOT_A_REPORT: Bilingual = {
  zh: '这个文件中没有找到政府信息公开工作年度报告（没有报告标题、法定的章节标题或统计表）：请确认文件是否正确。',
  en: 'No government information disclosure annual report was found in this file (no report title, statutory section headings or tables): check that it is the right file.',
};
const UNREADABLE = (reason: string): Bilingual => ({ zh: `无法读取这个文件：${reason}`, en: `Cannot read this file: ${reason}` });

export async function importReport({ uri }: ImportReportParams, locale: Locale): Promise<ImportReportResult> {
  let bytes: Uint8Array;
  let file: string;
  try {
    file = fileURLToPath(uri);
    const { size } = await stat(file);
    if (size > MAX_BYTES) return { problem: say(locale, refusals.tooLarge(size).problem) };
    bytes = await readFile(file);
  } catch (error) {
    return { problem: say(locale, UNREADABLE(error instanceof Error ? error.message : String(error))) };
  }
  const converted = await convert(bytes, path.basename(file));
  if (isRefusal(converted)) return { problem: say(locale, converted.problem) };
  return parse(converted.text).statute ? { text: converted.text } : { problem: say(locale, NOT_A_REPORT) };
}

export function registerImportReport(connection: Connection, locale: () => Locale): void {
  connection.onRequest('xxgk/importReport', (params: ImportReportParams) => importReport(params, locale()));
}
