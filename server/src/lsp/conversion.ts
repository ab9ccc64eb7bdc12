// A PDF, Word or web-page file of the workspace read into report text, for the import and for last
// year's report. Converted on a thread of its own, which a time limit or the asker's cancellation
// stops: a PDF on which PDF.js never ends, or a web page of many megabytes, cannot hang the server,
// whose answers to the documents being edited go on meanwhile.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { convert, MAX_BYTES, type Converted, type Refusal } from '../convert';
import { refusals } from '../convert/refusals';
import type { Bilingual } from '../core';
import { serveJobs, threadPool, type Failure, type Pool } from '../threads/pool';

const MARK = 'xxgk-converter';
/**
 * A file still converting after this long is given up. A real PDF report takes about a second (6
 * pages); the most pages read (300) take under a minute at that rate, and the editor's user can cancel sooner.
 */
const TIME_LIMIT_MS = 120_000;
/**
 * The thread waits this long for the next file, then is stopped and its memory freed: a reviewer
 * importing one PDF after another keeps PDF.js loaded and compiled (a real PDF: about 650 ms on a
 * new thread, 250–350 ms on the same one).
 */
const IDLE_LIMIT_MS = 60_000;

const NOT_CONVERTED: Record<Exclude<Failure, 'cancelled'>, (seconds: number) => Bilingual> = {
  timedOut: (seconds) => ({
    zh: `转换这个文件超过 ${seconds} 秒仍未完成，已停止转换（文件可能已损坏或结构异常）：请从原始 Word 文件重新导出，或把报告另存为文本文件后打开。`,
    en: `Converting this file took longer than ${seconds} seconds and was stopped (the file may be damaged or unusually built): export it again from the original Word file, or save the report as a text file and open that.`,
  }),
  died: () => ({
    zh: '转换这个文件时转换程序意外退出（文件可能过大或已损坏）：请从原始 Word 文件重新导出，或把报告另存为文本文件后打开。',
    en: 'The converter stopped unexpectedly on this file (it may be too large or damaged): export it again from the original Word file, or save the report as a text file and open that.',
  }),
};

/** A file that cannot be read at all (missing, no permission, not a file: URI). */
export function unreadable(error: unknown): Bilingual {
  const reason = error instanceof Error ? error.message : String(error);
  return { zh: `无法读取这个文件：${reason}`, en: `Cannot read this file: ${reason}` };
}

interface ConvertJob {
  bytes: Uint8Array;
  name: string;
}
type Conversion = Converted | Refusal | { failed: Failure };

/** Where files are converted: one thread, so files asked for together wait their turn. */
export interface Converter {
  timeLimit: number;
  pool: Pool<ConvertJob, Conversion>;
}

/** `script`: what the thread runs, the built server or a test's script. */
export function converterOn(script: string, timeLimit = TIME_LIMIT_MS): Converter {
  const pool = threadPool<ConvertJob, Conversion>({ size: 1, script, mark: MARK, timeLimit, idleLimit: IDLE_LIMIT_MS, failed: (_, why) => ({ failed: why }) });
  return { timeLimit, pool };
}

/** The built server converts on a thread; its TypeScript source, run by the tests under tsx, cannot start one. */
const serverConverter = __filename.endsWith('.js') ? converterOn(__filename) : undefined;

/** In a conversion thread (the server's own script, started by the converter's pool): converts, and starts no server. */
export function serveConversions(): boolean {
  return serveJobs(MARK, ({ bytes, name }: ConvertJob) => convert(bytes, name));
}

/** The report text of a PDF, Word or web-page file, or why it cannot be had; 'cancelled' once `signal` aborts its conversion. */
export async function convertFile(file: string, signal: AbortSignal, converter = serverConverter): Promise<Converted | Refusal | 'cancelled'> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file);
    if (size > MAX_BYTES) return refusals.tooLarge(size);
    bytes = await readFile(file);
  } catch (error) {
    return { problem: unreadable(error) };
  }
  const name = path.basename(file);
  if (!converter) return convert(bytes, name);
  const converted = await converter.pool.run({ bytes, name }, signal);
  if (!('failed' in converted)) return converted;
  return converted.failed === 'cancelled' ? 'cancelled' : { problem: NOT_CONVERTED[converted.failed](converter.timeLimit / 1000) };
}

const neverAborted = new AbortController().signal;

/** The report text of a PDF, Word or web-page file, or undefined where it has none (for last year's report). */
export async function textOfFile(file: string): Promise<string | undefined> {
  const converted = await convertFile(file, neverAborted);
  return converted === 'cancelled' || 'problem' in converted ? undefined : converted.text;
}
