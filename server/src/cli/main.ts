// xxgk-lint: the command-line shell over the core (CONTRACT §4). Each file is read, checked,
// written out and let go; only the summary of last year's report of the body being checked is kept.
import * as fs from 'node:fs';
import { setImmediate as pause } from 'node:timers/promises';
import { isMainThread } from 'node:worker_threads';
import { check, fixAll, messages, parse, say, summarize, type Bilingual, type LastYear, type Locale } from '../core';
import { isConvertible } from '../convert';
import { encodeText } from '../convert/encoding';
import { version } from '../../../package.json';
import { parseArgs, USAGE, UsageError, type Options } from './args';
import { holdingEndingSignals } from './endingSignals';
import { tuneForRun } from './engine';
import { expandPaths, isPdf, maxBytes, toSource, type Source, type Unread } from './files';
import { readInOrder } from './inOrder';
import { cliMessages } from './messages';
import { createWriter, showsFixes } from './output';
import type { FileResult, Totals } from './output/result';
import { countOf } from './output/result';
import { progressLine, type Progress } from './progress';
import { readersFor, readOn, type Readers } from './readers';
import { spillFolder, type Spill } from './spill';
import { readTitles } from './titles';
import { schedule } from './years';

type Out = (chunk: string | Uint8Array) => void;

/**
 * The longest the check goes on without letting the event loop run: an interrupt (Ctrl-C) is handled
 * there, and the spill folder's handler removes the folder before the run ends.
 */
const PAUSE_EVERY_MS = 100;

/**
 * `tune`: told how many files the run checks before it reads any (the process's own run sets V8's
 * flags by it); `progress`: told how far the run has got (a line on the terminal).
 */
export async function run(argv: string[], out: Out, err: (text: string) => void, tune?: (files: number) => void, progress?: Progress): Promise<number> {
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help' || options === 'version') {
    out(options === 'help' ? `${USAGE}\n` : `xxgk-lint ${version}\n`);
    return 0;
  }
  const { locale } = options;
  const tell = (text: Bilingual) => err(say(locale, text));
  if (options.toText) {
    tune?.(1);
    return toText(options.paths[0], out, tell);
  }

  const { files, missing } = options.stdin ? { files: ['<stdin>'], missing: [] } : expandPaths(options.paths);
  for (const m of missing) tell(cliMessages.noSuchPath(m));
  tune?.(files.length);
  const readers = options.stdin ? undefined : readersFor(files.filter(isPdf).length, options.jobs);
  const spill = spillFolder();
  try {
    return await checkFiles(files, missing.length > 0, options, { readers, spill }, out, tell, progress);
  } finally {
    spill.close();
    await readers?.close();
  }
}

/**
 * Reads, checks and writes out each file; `readers` convert the PDFs on other threads, `spill` keeps
 * converted text that the title pass has no room for.
 */
async function checkFiles(files: string[], ioError: boolean, options: Options, { readers, spill }: { readers?: Readers; spill: Spill }, out: Out, tell: (text: Bilingual) => void, progress?: Progress): Promise<number> {
  const { locale } = options;
  const limit = maxBytes(options.fix);
  const read = (file: string) => {
    if (options.stdin) return toSource(file, fs.readFileSync(0));
    return readOn(readers, file, limit);
  };
  const converting = files.filter(isConvertible).length;
  let converted = 0;
  const readCounted = async (file: string) => {
    const source = await read(file);
    progress?.step(say(locale, cliMessages.converted(++converted, converting)));
    return source;
  };
  // How many converted files are asked for while one is awaited, in the title pass and in the check.
  const ahead = readers?.ahead ?? 1;
  const { titles, kept } = files.length > 1 ? await readTitles(files, readCounted, undefined, ahead, spill) : { titles: new Map(), kept: new Map() };
  const plan = schedule(files, titles);
  const writer = options.stdin && options.fix ? undefined : createWriter(options.format, { out, locale, version });
  const totals: Totals = { files: 0, checked: 0, errors: 0, warnings: 0 };
  let lastYear: LastYear | undefined;

  // Converted files neither kept nor spilled by the title pass are converted again, the next ones on the reader threads meanwhile.
  const again = readInOrder(plan.order.filter((file) => isConvertible(file) && !kept.has(file) && !spill.has(file)), read, ahead);
  let paused = performance.now();
  for (const file of plan.order) {
    if (performance.now() - paused > PAUSE_EVERY_MS) {
      await pause();
      paused = performance.now();
    }
    // A spilled text that cannot be read back is read again here: it is not among `again`.
    const spilled = spill.has(file);
    const source = kept.get(file) ?? spill.take(file) ?? (isConvertible(file) && !spilled ? await again.next() : await read(file));
    kept.delete(file);
    if ('problem' in source) {
      ioError ||= source.ioError === true;
      record(unread(source, locale));
      continue;
    }
    const { report, notes, writeError } = await reportToCheck(source, options, out, tell);
    ioError ||= writeError;
    const title = report.year !== undefined && report.organization !== undefined ? { year: report.year, organization: report.organization } : undefined;
    if (lastYear && !(title && lastYear.organization === title.organization && lastYear.year === title.year - 1)) lastYear = undefined;
    const result: FileResult = {
      path: source.path, kind: source.kind, format: report.statute?.statute.version ?? null, year: report.year, organization: report.organization,
      diagnostics: check(report, { locale, lastYear, fixes: showsFixes(options.format) }), pages: source.pages, report, lastYear: lastYear?.path,
      notes: [...source.notes, ...notes].map((n) => say(locale, n)),
    };
    if (!report.statute) result.notes.push(`${say(locale, messages.notReport)}${locale === 'en' ? ' ' : ''}${say(locale, cliMessages.notReportAdvice(source.kind))}`);
    if (title && plan.isPrevious(title)) lastYear = summarize(report, source.path);
    record(result);
  }
  writer?.end(totals);
  if (totals.checked === 0) tell(cliMessages.noReport(totals.files));
  if (ioError || totals.checked === 0) return 2;
  return totals.errors > 0 ? 1 : 0;

  function record(result: FileResult) {
    const { errors, warnings } = countOf(result);
    totals.files++;
    if (result.format !== null) totals.checked++;
    totals.errors += errors;
    totals.warnings += warnings;
    writer?.file(result);
    progress?.step(say(locale, cliMessages.checked(totals.files, files.length)));
  }
}

function unread(source: Unread, locale: Locale): FileResult {
  return { path: source.path, kind: source.kind, format: null, diagnostics: [], notes: [say(locale, source.problem)], unread: true };
}

/**
 * The report to check: with --fix, the fixed text, written back first (a text file only, and
 * only when its bytes decode and re-encode exactly); otherwise the text as read.
 */
async function reportToCheck(source: Source, options: Options, out: Out, tell: (text: Bilingual) => void) {
  const notes: Bilingual[] = [];
  let writeError = false;
  if (!options.fix) return { report: parse(source.text), notes, writeError };
  if (source.kind !== 'text') {
    notes.push(cliMessages.fixNotConverted(source.kind));
    return { report: parse(source.text), notes, writeError };
  }
  const decoded = source.decoded!;
  if (!decoded.faithful) {
    if (options.stdin) {
      tell(cliMessages.fixUnfaithful);
      return { report: parse(source.text), notes, writeError: true };
    }
    notes.push(cliMessages.fixUnfaithful);
    return { report: parse(source.text), notes, writeError };
  }
  const text = fixAll(source.text);
  if (options.stdin) out(encodeText(text, decoded));
  else if (text !== source.text) {
    try {
      // An interrupt while the report is written back ends the run after it: no temporary file is left beside it.
      await holdingEndingSignals(() => writeAtomically(source.path, encodeText(text, decoded)));
    } catch {
      tell(cliMessages.cannotWrite(source.path));
      writeError = true;
    }
  }
  return { report: parse(text), notes, writeError };
}

/** Writes beside the file and renames over it, so an interrupted run never leaves half a report. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.xxgk-${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, bytes, { mode: fs.statSync(file).mode });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

async function toText(file: string, out: Out, tell: (text: Bilingual) => void): Promise<number> {
  const readers = readersFor(isPdf(file) ? 1 : 0);
  let source: Source | Unread;
  try {
    source = await readOn(readers, file, maxBytes(false));
  } finally {
    await readers?.close();
  }
  if ('problem' in source) {
    tell(source.problem);
    return 2;
  }
  out(source.text.endsWith('\n') ? source.text : `${source.text}\n`);
  return 0;
}

// A reader thread runs this same script (readers.ts): it serves reads and runs no command.
if (require.main === module && isMainThread) {
  // A reader that stops early (| head) ends the run quietly, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  // Whatever else is written to the terminal first erases the progress line, which the next step draws again below it.
  const progress = process.stderr.isTTY ? progressLine((text) => process.stderr.write(text)) : undefined;
  const out = (chunk: string | Uint8Array) => {
    progress?.clear();
    process.stdout.write(chunk);
  };
  const err = (text: string) => {
    progress?.clear();
    process.stderr.write(`${text}\n`);
  };
  run(process.argv.slice(2), out, err, tuneForRun, progress).then((status) => {
    progress?.clear();
    process.exitCode = status;
  });
}
