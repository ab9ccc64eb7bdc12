// Whole processes measured side by side (npm run bench): each command run in turn, its time and
// peak memory, medians over the runs and ratios run by run, since the machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Printed by every measured process as it exits: its peak resident memory. */
const rssProbe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-rss-')), 'rss.js');
fs.writeFileSync(rssProbe, "process.on('exit', () => process.stderr.write(`\\nRSS ${process.resourceUsage().maxRSS}\\n`));\n");

/** A command's median time, its peak memory, and its time in each run (for ratios run by run). */
export interface Run { ms: number; rssMb: number; samples: number[] }

/** One run of `node ARGS`: exit 0 or 1 (findings) is a run, anything else an error. */
function measure(args: string[]): { ms: number; rssMb: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rssProbe, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /RSS (\d+)\s*$/.exec(r.stderr);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

/** Median over `runs` of each command, the commands interleaved so that both see the same machine. */
export function compare(runs: number, commands: Record<string, string[]>): Record<string, Run> {
  const samples: Record<string, ReturnType<typeof measure>[]> = {};
  for (let r = 0; r < runs; r++) for (const [name, args] of Object.entries(commands)) (samples[name] ??= []).push(measure(args));
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, { ms: median(s.map((x) => x.ms)), rssMb: Math.max(...s.map((x) => x.rssMb)), samples: s.map((x) => x.ms) }]));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of the ratios of runs made one after the other: a load that comes and goes moves both sides of each. */
export const ratio = (a: Run, b: Run) => median(a.samples.map((ms, i) => ms / b.samples[i]));
