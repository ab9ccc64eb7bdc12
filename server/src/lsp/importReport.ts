// xxgk/importReport: a PDF, Word or web-page file of the workspace, converted to report text for the
// client to open as a new document. The server reads the file; the file itself is never changed.
// A PDF is converted on a thread of its own, which a time limit or the client's cancellation stops:
// a PDF on which PDF.js never ends cannot hang the server, whose answers to the documents being
// edited go on meanwhile. Word files and web pages convert in milliseconds, here.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { convert, convertibleKind, isRefusal, MAX_BYTES, type Converted, type Refusal } from '../convert';
import { refusals } from '../convert/refusals';
import { parse, say, type Bilingual, type Locale } from '../core';
import { serveJobs, threadPool, type Failure, type Pool } from '../threads/pool';

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
const NOT_CONVERTED: Record<Exclude<Failure, 'cancelled'>, (seconds: number) => Bilingual> = {
  timedOut: (seconds) => ({
    zh: `转换这个 PDF 超过 ${seconds} 秒仍未完成，已停止转换（文件可能已损坏或结构异常）：请从原始 Word 文件重新导出 PDF，或直接导入 Word 文件。`,
    en: `Converting this PDF took longer than ${seconds} seconds and was stopped (the file may be damaged or unusually built): export the PDF again from the original Word file, or import the Word file itself.`,
  }),
  died: () => ({
    zh: '转换这个 PDF 时转换程序意外退出（文件可能过大或已损坏）：请从原始 Word 文件重新导出 PDF，或直接导入 Word 文件。',
    en: 'The converter stopped unexpectedly on this PDF (it may be too large or damaged): export the PDF again from the original Word file, or import the Word file itself.',
  }),
};

const MARK = 'xxgk-converter';
/**
 * A PDF still converting after this long is given up. A real report takes about a second (6 pages);
 * the most pages read (300) take under a minute at that rate, and the editor's user can cancel sooner.
 */
const TIME_LIMIT_MS = 120_000;
/**
 * The thread waits this long for the next PDF, then is stopped and its memory freed: a reviewer
 * importing one PDF after another keeps PDF.js loaded and compiled (a real PDF: about 650 ms on a
 * new thread, 250–350 ms on the same one).
 */
const IDLE_LIMIT_MS = 60_000;

interface ConvertJob {
  bytes: Uint8Array;
  name: string;
}
type Conversion = Converted | Refusal | { failed: Failure };

/** Where PDFs are converted: one thread, so PDFs imported together wait their turn. */
export interface Converter {
  timeLimit: number;
  pool: Pool<ConvertJob, Conversion>;
}

/** `script`: what the thread runs, the built server or a test's script. */
export function converterOn(script: string, timeLimit = TIME_LIMIT_MS): Converter {
  const pool = threadPool<ConvertJob, Conversion>({ size: 1, script, mark: MARK, timeLimit, idleLimit: IDLE_LIMIT_MS, failed: (_, why) => ({ failed: why }) });
  return { timeLimit, pool };
}

/** The built server converts PDFs on a thread; its TypeScript source, run by the tests under tsx, cannot start one. */
const serverConverter = __filename.endsWith('.js') ? converterOn(__filename) : undefined;

/** In a conversion thread (the server's own script, started by the converter's pool): converts, and starts no server. */
export function serveConversions(): boolean {
  return serveJobs(MARK, ({ bytes, name }: ConvertJob) => convert(bytes, name));
}

/** Cancelled by the client, it answers RequestCancelled, as the protocol asks. */
export async function importReport({ uri }: ImportReportParams, locale: Locale, signal: AbortSignal, converter = serverConverter): Promise<ImportReportResult> {
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
  const name = path.basename(file);
  const converted = converter && convertibleKind(name) === 'pdf' ? await converter.pool.run({ bytes, name }, signal) : await convert(bytes, name);
  if ('failed' in converted) {
    if (converted.failed === 'cancelled') throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return { problem: say(locale, NOT_CONVERTED[converted.failed](converter!.timeLimit / 1000)) };
  }
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
