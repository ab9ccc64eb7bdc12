// npm run bench, the command line: xxgk-lint as a whole process (start-up, reading, decoding,
// checking, writing JSON) against a floor process in the same run, on the same files: Node
// reading every file, splitting lines and tabs and parsing every integer; on 1000 reports also
// `autocorrect --lint` (autocorrect-node, a native linter of Chinese text). Ratios and peak memory,
// not timed assertions, since the machines are shared and noisy.
//   BENCH_QUICK=1     20 and 50 MB for the big file instead of 20 and 200 MB, no 10,000 files, and a table of 200,000 rows instead of 2,000,000
//   BENCH_PROFILE=1   also profile the CLI on 1000 reports (node --cpu-prof) and print the time per module
//   BENCH_INSTRUCTIONS=1  also count the instructions the floor and the CLI execute on 1000 reports (valgrind,
//                     V8 made deterministic by --predictable): a ratio that other tenants of the machine do not
//                     move, to tell a change of a few percent (wall times move ±10 % from run to run); ~3 minutes
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { buildSync } from 'esbuild';
import { parse } from '../server/src/core';
import { oneHugeTable } from './inputs';
import { compare, ratio, type Run } from './processes';

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const seeds = path.join(root, 'test', 'fixtures', 'seeds');
const seedTexts = fs.readdirSync(seeds).sort().map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-cli-'));
const quick = Boolean(process.env.BENCH_QUICK);

const floor = path.join(work, 'floor.js');
fs.writeFileSync(floor, `// The least a checker does: read each file, split lines and tabs, parse every integer.
const fs = require('fs'), path = require('path');
let sum = 0;
const visit = (p) => {
  if (fs.statSync(p).isDirectory()) { for (const e of fs.readdirSync(p).sort()) visit(path.join(p, e)); return; }
  for (const line of fs.readFileSync(p, 'utf8').split('\\n')) for (const cell of line.split('\\t')) { const n = parseInt(cell, 10); if (!Number.isNaN(n)) sum += n; }
};
for (const p of process.argv.slice(2)) visit(p);
process.stdout.write(String(sum) + '\\n');
`);

/** n reports: the seeds cycled, as pairs of consecutive years of n/2 bodies, so carryover pairing is exercised. */
function batch(n: number): string {
  const dir = path.join(work, `batch-${n}`);
  fs.mkdirSync(dir);
  const titled = seedTexts.map((text) => ({ text, organization: parse(text).organization! }));
  for (let i = 0; i < n; i++) {
    const { text, organization } = titled[Math.floor(i / 2) % titled.length];
    // Not a digit before the year: the title would not be read (nor the years paired).
    const body = `${organization}（${Math.floor(i / 2)}）`;
    const year = 2023 + (i % 2);
    const retitled = text.replace(organization, body).replace(/\d{4}(?=\s*年)/, String(year));
    fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), retitled);
  }
  return dir;
}

/** The CLI of autocorrect-node (a native linter of Chinese text, measured beside), where its binary loads. */
function autocorrect(): string | undefined {
  try {
    require('autocorrect-node');
    return require.resolve('autocorrect-node/cli.js');
  } catch {
    return undefined;
  }
}

/** One report of about `mb` MB: seed 001 repeated (as the reproducer big-fix-heap-oom.note builds it). */
function big(mb: number): string {
  const file = path.join(work, `big-${mb}.txt`);
  const seed = Buffer.from(`${seedTexts[1]}\n`);
  const fd = fs.openSync(file, 'w');
  for (let written = 0; written < mb * 1048576; written += seed.length) fs.writeSync(fd, seed);
  fs.closeSync(fd);
  return file;
}

// A process that exits from native code (autocorrect) never prints its peak memory.
const fmt = (run: Run) => `${run.ms.toFixed(0).padStart(7)} ms ${Number.isNaN(run.rssMb) ? '     ?' : run.rssMb.toFixed(0).padStart(6)} MB`;
const line = (label: string, floorRun: Run, cliRun: Run) =>
  console.log(`${label.padEnd(30)} floor ${fmt(floorRun)}   cli ${fmt(cliRun)}   time ratio ${ratio(cliRun, floorRun).toFixed(2).padStart(5)}`);

console.log(`xxgk-lint bench — node ${process.version}, ${os.cpus().length} cores; whole processes, median of runs; ratio = cli / floor, the median of the ratios of interleaved runs`);
const empty = compare(5, { node: ['-e', '0'], help: [cli, '--help'] });
console.log(`${'start-up (node -e 0 / --help)'.padEnd(30)} node  ${fmt(empty.node)}   cli ${fmt(empty.help)}   (+${(empty.help.ms - empty.node.ms).toFixed(0)} ms to load dist/cli.js)`);
const one = path.join(work, 'one.txt');
fs.writeFileSync(one, seedTexts[1]);
const single = compare(5, { floor: [floor, one], cli: [cli, '--format', 'json', one] });
line('one report', single.floor, single.cli);

const thousand = batch(1000);
const beside = autocorrect();
const r1000 = compare(7, { floor: [floor, thousand], cli: [cli, '--format', 'json', thousand], ...(beside ? { autocorrect: [beside, '--lint', thousand] } : {}) });
line('1000 reports (json)', r1000.floor, r1000.cli);
if (r1000.autocorrect) {
  console.log(`${''.padEnd(30)} autocorrect --lint ${fmt(r1000.autocorrect)}   cli / autocorrect ${ratio(r1000.cli, r1000.autocorrect).toFixed(2)}`);
} else console.log(`${''.padEnd(30)} autocorrect --lint not measured: autocorrect-node has no binary for this platform`);
const outputs = compare(1, { csv: [cli, '--format', 'csv', thousand], text: [cli, thousand] });
console.log(`${'1000 reports (csv, text)'.padEnd(30)} csv   ${fmt(outputs.csv)}   text ${fmt(outputs.text)}`);
if (!quick) {
  const tenThousand = batch(10000);
  const r10000 = compare(1, { floor: [floor, tenThousand], cli: [cli, '--format', 'json', tenThousand] });
  line('10,000 reports (json)', r10000.floor, r10000.cli);
  console.log(`${''.padEnd(30)} 10× the files: cli time ×${(r10000.cli.ms / r1000.cli.ms).toFixed(1)}, peak memory ×${(r10000.cli.rssMb / r1000.cli.rssMb).toFixed(2)}`);
}
if (process.env.BENCH_PROFILE) profile(thousand);
if (process.env.BENCH_INSTRUCTIONS) {
  const counted = { floor: instructions([floor, thousand]), cli: instructions([cli, '--format', 'json', thousand]) };
  if (counted.floor && counted.cli) {
    const g = (n: number) => `${(n / 1e9).toFixed(2)} G`;
    console.log(`${'1000 reports (instructions)'.padEnd(30)} floor ${g(counted.floor).padStart(10)}   cli ${g(counted.cli).padStart(10)}   ratio ${(counted.cli / counted.floor).toFixed(2).padStart(5)}`);
  } else console.log(`${'1000 reports (instructions)'.padEnd(30)} not counted: valgrind did not run (missing? apt-get install valgrind)`);
}
const sizes = quick ? [20, 50] : [20, 200];
const bigRuns = sizes.map((mb) => {
  const file = big(mb);
  const r = compare(1, { floor: [floor, file], cli: ['--max-old-space-size=16384', cli, '--format', 'json', file] });
  line(`one ${mb} MB report`, r.floor, r.cli);
  fs.rmSync(file);
  return r.cli;
});
console.log(`${''.padEnd(30)} ${sizes[1] / sizes[0]}× the size: cli time ×${(bigRuns[1].ms / bigRuns[0].ms).toFixed(1)}, peak memory ×${(bigRuns[1].rssMb / bigRuns[0].rssMb).toFixed(1)} (${(bigRuns[1].rssMb / sizes[1]).toFixed(0)} MB per MB)`);
{
  // With Node's default heap, as a user runs it: it must not run out of memory.
  const rows = quick ? 200000 : 2000000;
  const file = path.join(work, `rows-${rows}.txt`);
  fs.writeFileSync(file, oneHugeTable(seedTexts[0], rows));
  const r = compare(1, { floor: [floor, file], cli: [cli, '--format', 'json', file] });
  line(`one table of ${rows.toLocaleString('en')} rows`, r.floor, r.cli);
  console.log(`${''.padEnd(30)} default heap limit ${(getHeapStatistics().heap_size_limit / 1048576).toFixed(0)} MB; ${(fs.statSync(file).size / 1048576).toFixed(0)} MB of input`);
  fs.rmSync(file);
}

fs.rmSync(work, { recursive: true, force: true });

/** Instructions a whole process executes, every thread (valgrind runs them one at a time); undefined without valgrind. */
function instructions(args: string[]): number | undefined {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--predictable', ...args], {
    encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const counted = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  return counted ? Number(counted[1].replace(/,/g, '')) : undefined;
}

/** Self time of the CLI on 1000 reports by source module, from an unminified bundle whose modules esbuild marks with their path. */
function profile(dir: string): void {
  const bundle = path.join(work, 'cli-profiled.js');
  buildSync({ entryPoints: [path.join(root, 'server/src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['iconv-lite'], outfile: bundle, logLevel: 'warning' });
  const profiles = path.join(work, 'profiles');
  spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, bundle, '--format', 'json', dir], { stdio: 'ignore' });
  const modules = fs.readFileSync(bundle, 'utf8').split('\n').flatMap((text, line) => (/^\/\/ (server\/src\/\S+|package\.json)$/.test(text) ? [{ line, name: text.slice(3) }] : []));
  const moduleAt = (line: number) => modules.filter((m) => m.line <= line).pop()?.name ?? '(bundle)';
  const prof = JSON.parse(fs.readFileSync(path.join(profiles, fs.readdirSync(profiles)[0]), 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[];
  };
  const nodes = new Map(prof.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const frame = nodes.get(id)!;
    const where = frame.url.endsWith('cli-profiled.js') ? moduleAt(frame.lineNumber) : frame.url ? `node:${path.basename(frame.url)}` : frame.functionName;
    self.set(where, (self.get(where) ?? 0) + prof.timeDeltas[i]);
    total += prof.timeDeltas[i];
  });
  console.log(`\nwhere the CLI's time goes on 1000 reports (self time, ${(total / 1000).toFixed(0)} ms in all):`);
  for (const [where, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
    console.log(`  ${(100 * us / total).toFixed(1).padStart(5)} %  ${where}`);
  }
}
