// V8's tiering is tuned for long-lived pages and servers; a run of xxgk-lint over a few hundred
// files lives a second or two, and on 1000 reports the optimising compiler took as much CPU as the
// checking itself (bench/cli.ts). Optimising fewer functions, later, and inlining less into each
// costs about a quarter less CPU there. A long run pays for it: code optimised under these limits
// stays slower, and on 10,000 reports the run took 14–17 % longer than with V8's defaults (restoring
// the defaults part-way does not help: what was optimised keeps its code). So only short runs ask.
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

/** Set before the files are first read: the flags are heuristics the compiler reads as it goes. */
export function tuneForRun(files: number): void {
  if (files >= SHORT_RUN_FILES) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}
