// V8's tiering is tuned for long-lived pages and servers; a run of xxgk-lint lives a second or
// two, and on 1000 reports the optimising compiler took as much CPU as the checking itself
// (bench/cli.ts). Optimising fewer functions, later, and inlining less into each costs about a
// quarter less CPU there, and nothing measurable on 10,000 reports or on a 50 MB file.
import { setFlagsFromString } from 'node:v8';

/** Default: 67,584 (V8 11). Four times as much work before a function is optimised. */
const INTERRUPT_BUDGET = 4 * 67584;
/** Default: 920 bytes of bytecode inlined into one optimised function. */
const INLINED_BYTECODE = 300;

/** Set before the checks first run: the flags are heuristics the compiler reads as it goes. */
export function tuneForShortRun(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}
