// V8's tiering is tuned for long-lived pages and servers; a run of xxgk-lint over a few hundred
// files lives a second or two, and on 1000 reports the optimising compiler took as much CPU as the
// checking itself (bench/cli.ts). Optimising fewer functions, later, and inlining less into each
// costs about a quarter less CPU there. A long run pays for it: code optimised under these limits
// stays slower, and on 10,000 reports the run took 14–17 % longer than with V8's defaults (restoring
// the defaults part-way does not help: what was optimised keeps its code). So only short runs ask.
//
// A huge file is the other way round: its model fills gigabytes of the old generation, and each
// pass of V8's young-generation collector visits every page of it. With the default young
// generation (16 MB semi-spaces) those passes took 8 of the 27 s of a 200 MB report, and a tenth
// of the time of a 20 MB one. A young generation of 64 MB is fixed when a process starts, so a run
// with such a file runs again in a process that has it: 200 MB 26.9 → 21.4 s, 60 MB 5.5 → 4.9 s.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** Default: 67,584 (V8 11). Four times as much work before a function is optimised. */
const INTERRUPT_BUDGET = 4 * 67584;
/** Default: 920 bytes of bytecode inlined into one optimised function. */
const INLINED_BYTECODE = 300;
/**
 * Where the defaults start to win, measured on the bench's reports (about 8 KB each, 2 cores):
 * 2000 files 5 % faster tuned, 3000 files 4 % slower; a single file of any size, no difference.
 */
const SHORT_RUN_FILES = 2500;
/** A file from which on a larger young generation pays for starting a second process (20 MB: 1.83 s either way). */
const BIG_FILE_BYTES = 32 * 1024 * 1024;
const BIG_SEMI_SPACE = '--max-semi-space-size';
const BIG_SEMI_SPACE_MB = 64;

/**
 * Set before the files are first read: the flags are heuristics the compiler reads as it goes. A run
 * with a big file is run again with a larger young generation, unless the command gave one; that
 * process's exit is this one's, and this one goes no further.
 */
export function tuneForRun(files: string[]): void {
  if (files.some(isBig) && !process.execArgv.some((flag) => flag.startsWith(BIG_SEMI_SPACE))) runAgainWith(`${BIG_SEMI_SPACE}=${BIG_SEMI_SPACE_MB}`);
  if (files.length >= SHORT_RUN_FILES) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}

function isBig(file: string): boolean {
  return (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= BIG_FILE_BYTES;
}

/** This command in a new process with one more Node flag, its output straight to ours; where it cannot start, the run goes on here. */
function runAgainWith(flag: string): void {
  const again = spawnSync(process.execPath, [...process.execArgv, flag, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (again.error) return;
  if (again.signal) process.kill(process.pid, again.signal);
  process.exit(again.status ?? 2);
}
