// PDFs converted on worker threads, one file per thread at a time: a reviewer's folder of PDFs
// costs about half a second of PDF.js per file, on one core unless spread (31 PDFs on 2 cores:
// 13.4 s in one thread, 9.2 s on two), and a thread can be stopped when PDF.js never ends, where
// this one could not. Word files and web pages convert in a few milliseconds, less than a worker
// costs to start: they stay in the main thread. Each worker is this same script (the bundle),
// started with a mark that makes it serve reads instead of running the command.
import * as os from 'node:os';
import { serveJobs, threadPool } from '../threads/pool';
import { cliMessages } from './messages';
import { isPdf, kindOf, readSource, type Source, type Unread } from './files';

/** Threads at most by default: each holds its own PDF.js and the PDF it reads (two threads: a peak of 466 MB against 318 MB in one). */
const MAX_READERS = 4;
const MARK = 'xxgk-reader';
/**
 * A file still converting after this long is given up and its thread stopped, so that one PDF on
 * which PDF.js never ends cannot hang a reviewer's run. The slowest of 31 real PDFs takes about 1 s
 * for 6 pages here: at that rate a PDF of the most pages read (300) takes under a minute.
 */
const READ_TIME_LIMIT_MS = 300_000;

interface ReadJob {
  file: string;
  limit: number;
}

export interface Readers {
  read(file: string, limit: number): Promise<Source | Unread>;
  /** How many files are worth asking for ahead of the one awaited. */
  readonly ahead: number;
  close(): Promise<void>;
}

/**
 * A pool of `jobs` threads (default: the cores, up to MAX_READERS), no more than the `files` PDFs,
 * one for a single PDF so that every PDF has the time limit (a thread costs a lone PDF 50–70 ms
 * more of its 660); undefined where there is no PDF, or where threads cannot run: the source run
 * under tsx (as the tests run it), since a worker thread cannot load TypeScript; the built script can.
 */
export function readersFor(files: number, jobs = Math.min(os.availableParallelism(), MAX_READERS)): Readers | undefined {
  const size = Math.min(jobs, files);
  return size > 0 && __filename.endsWith('.js') ? readerPool(size) : undefined;
}

/** A file's text: a PDF's converted on the pool's threads where there are any, anything else here. */
export function readOn(readers: Readers | undefined, file: string, limit: number): Promise<Source | Unread> {
  return readers && isPdf(file) ? readers.read(file, limit) : readSource(file, limit);
}

/** `script`: what each worker runs, this same script unless a test gives another; `timeLimit` in ms. */
export function readerPool(size: number, script = __filename, timeLimit = READ_TIME_LIMIT_MS): Readers {
  const pool = threadPool<ReadJob, Source | Unread>({
    size, script, mark: MARK, timeLimit,
    failed: ({ file }, why) => ({ path: file, kind: kindOf(file), problem: why === 'timedOut' ? cliMessages.readerTimedOut(timeLimit / 1000) : cliMessages.readerFailed }),
  });
  return { ahead: 2 * size, read: (file, limit) => pool.run({ file, limit }), close: pool.close };
}

serveJobs(MARK, ({ file, limit }: ReadJob) => readSource(file, limit));
