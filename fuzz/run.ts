// npm run fuzz [-- COUNT [SEED]]: a campaign of COUNT inputs (default 1,000,000) on every core,
// one child process per core. Failures are minimised and written to out/fuzz/ as reproducers
// (KIND-INDEX.txt with a .note), with the slowest input per KB (worst.txt) and the 50 slowest as
// first timed (slowest/INDEX.txt).
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyStats, keepSlowest, minimise, retime, runCampaign } from './campaign';
import type { Stats } from './campaign';
import { loadCorpus } from './corpus';

const root = path.join(__dirname, '..');
const out = path.join(root, 'out', 'fuzz');

async function worker(): Promise<void> {
  const [from, to, seed] = process.argv.slice(3).map(Number);
  const corpus = loadCorpus(root);
  const chunk = 2000;
  for (let at = from; at < to; at += chunk) {
    const part = runCampaign(corpus, seed, at, Math.min(to, at + chunk));
    // Each part delivered before the next is run: a disconnect would drop messages still queued.
    await new Promise<void>((resolve, reject) => process.send!(part, undefined, {}, (error) => (error ? reject(error) : resolve())));
  }
  process.disconnect();
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1_000_000);
  const seed = Number(process.argv[3] ?? 1);
  const cores = Math.max(1, Math.min(os.cpus().length, Number(process.env.FUZZ_WORKERS ?? os.cpus().length)));
  const total: Stats = emptyStats();
  const started = Date.now();
  let reported = 0;
  await Promise.all(Array.from({ length: cores }, (_, w) => new Promise<void>((resolve) => {
    const from = Math.floor((count * w) / cores);
    const to = Math.floor((count * (w + 1)) / cores);
    const child = fork(__filename, ['--worker', String(from), String(to), String(seed)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (part: Stats) => {
      total.inputs += part.inputs;
      total.bytes += part.bytes;
      total.ms += part.ms;
      total.failures.push(...part.failures.slice(0, 50 - Math.min(50, total.failures.length)));
      keepSlowest(total.slowest, part.slowest);
      if (part.worstVerify.msPerKB > total.worstVerify.msPerKB) total.worstVerify = part.worstVerify;
      if (total.inputs - reported >= Math.max(10000, count / 20)) {
        reported = total.inputs;
        console.log(`${total.inputs} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s, ${total.failures.length} failures, slowest ${total.slowest[0]?.msPerKB.toFixed(2)} ms/KB as first timed`);
      }
    });
    child.on('exit', () => resolve());
  })));
  fs.mkdirSync(out, { recursive: true });
  const byKind = new Map<string, number>();
  for (const f of total.failures) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  const written = new Set<string>();
  for (const f of total.failures) {
    // One reproducer per kind and place: the first line of the detail (a stack frame, a code).
    const where = `${f.kind} ${f.detail.split(' | ').slice(0, 2).join(' ')}`;
    if (written.has(where)) continue;
    const file = path.join(out, `${f.kind}-${f.index}.txt`);
    fs.writeFileSync(file, minimise(f.input, f.kind));
    fs.writeFileSync(file.replace(/\.txt$/, '.note'), `${f.kind}: ${f.detail}\n(campaign seed ${seed}, input ${f.index}; minimised)\n`);
    written.add(where);
    console.log(`  ${f.kind}: ${path.relative(root, file)} — ${f.detail.slice(0, 160)}`);
  }
  // The slowest as first timed, kept to be timed again by hand (node --import tsx fuzz/retime.ts).
  const slowest = path.join(out, 'slowest');
  fs.rmSync(slowest, { recursive: true, force: true });
  fs.mkdirSync(slowest);
  for (const s of total.slowest) fs.writeFileSync(path.join(slowest, `${s.index}.txt`), s.input);
  const worst = retime(total.slowest);
  fs.writeFileSync(path.join(out, 'worst.txt'), worst.input);
  const seconds = (Date.now() - started) / 1000;
  console.log(`xxgk fuzz: ${total.inputs} inputs (${(total.bytes / 1048576).toFixed(1)} MB) in ${seconds.toFixed(0)} s on ${cores} cores, seed ${seed}`);
  console.log(`failures: ${total.failures.length}${byKind.size ? ' — ' + [...byKind].map(([k, n]) => `${k} ${n}`).join(', ') : ''}`);
  console.log(`worst check (the ${total.slowest.length} slowest timed again, median of 21 after 100 warm-up runs each, the campaign done): ${worst.msPerKB.toFixed(2)} ms/KB, input ${worst.index} (${(worst.bytes / 1024).toFixed(1)} KB, out/fuzz/worst.txt); worst check + fix-all ×2 + check (one run): ${total.worstVerify.msPerKB.toFixed(2)} ms/KB, input ${total.worstVerify.index}`);
  process.exitCode = total.failures.length > 0 ? 1 : 0;
}

if (process.argv[2] === '--worker') void worker();
else void main();
