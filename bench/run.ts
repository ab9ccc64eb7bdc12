// npm run bench: the checker's speed against a floor measured in the same run on the same files.
// The floor reads each file, splits it into lines and tabs and parses every integer: the least
// any checker must do. Reported as ratios, since the machines are shared and noisy.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, parse } from '../server/src/core';
import { oneHugeTable } from './inputs';

const seeds = path.join(__dirname, '..', 'test', 'fixtures', 'seeds');
const seedFiles = fs.readdirSync(seeds).map((f) => path.join(seeds, f));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-'));

function floor(file: string): number {
  let sum = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    for (const cell of line.split('\t')) {
      const n = parseInt(cell, 10);
      if (!Number.isNaN(n)) sum += n;
    }
  }
  return sum;
}

function checker(file: string): number {
  return check(parse(fs.readFileSync(file, 'utf8'))).length;
}

function parser(file: string): number {
  return parse(fs.readFileSync(file, 'utf8')).lines.length;
}

/** Median of `runs` timings of fn over the files, in milliseconds per pass. */
function time(files: string[], fn: (file: string) => number, runs: number): number {
  const samples: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    for (const f of files) sink += fn(f);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (sink === -1) console.log(sink);
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Floor, parse alone, and parse + check, as ratios to the floor. */
function row(label: string, files: string[], runs: number, bytes: number): void {
  const warm = Math.min(2, runs);
  time(files, floor, warm);
  time(files, parser, warm);
  time(files, checker, warm);
  const f = time(files, floor, runs);
  const p = time(files, parser, runs);
  const c = time(files, checker, runs);
  const mb = bytes / 1048576;
  console.log(`${label.padEnd(34)} floor ${f.toFixed(2).padStart(9)} ms  parse ${p.toFixed(2).padStart(9)} ms (${(p / f).toFixed(2).padStart(5)})  check ${c.toFixed(2).padStart(9)} ms  ratio ${(c / f).toFixed(2).padStart(5)}  (${(mb / (c / 1000)).toFixed(1)} MB/s)`);
}

/** A report grown to `bytes` by repeating its prose, as a huge paste does. */
function grown(seed: string, bytes: number): string {
  const text = fs.readFileSync(seed, 'utf8');
  const lines = text.split('\n');
  const prose = lines.filter((l) => l.length > 60 && !l.includes('\t')).join('\n');
  const at = lines.findIndex((l) => /^\s*(#+\s*)?五、/.test(l)) + 1;
  const repeats = Math.max(1, Math.ceil((bytes - Buffer.byteLength(text)) / Buffer.byteLength(prose + '\n')));
  const padding = Array(repeats).fill(prose).join('\n');
  return [...lines.slice(0, at), padding, ...lines.slice(at)].join('\n');
}

/** Whole reports (sections and tables) one after another up to `bytes`: a document dense with tables. */
function repeatedTables(seed: string, bytes: number): string {
  const text = fs.readFileSync(seed, 'utf8');
  return text.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(text))));
}

function write(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

const total = (files: string[]) => files.reduce((s, f) => s + fs.statSync(f).size, 0);
console.log(`xxgk bench — node ${process.version}, ${os.cpus().length} cores; median of runs; ratio = check / floor`);
row('typical report (5 seeds, each)', seedFiles, 200, total(seedFiles));
const batch = Array.from({ length: 1000 }, (_, i) => write(`batch-${i}.txt`, fs.readFileSync(seedFiles[i % seedFiles.length], 'utf8')));
row('batch of 1000 reports', batch, 5, total(batch));
for (const mb of process.env.BENCH_QUICK ? [1] : [1, 10, 50]) {
  const file = write(`big-${mb}.txt`, grown(seedFiles[1], mb * 1048576));
  row(`one ${mb} MB report`, [file], mb === 50 ? 3 : 5, total([file]));
}
for (const mb of process.env.BENCH_QUICK ? [1] : [1, 10]) {
  const file = write(`tables-${mb}.txt`, repeatedTables(seedFiles[0], mb * 1048576));
  row(`${mb} MB of repeated tables`, [file], mb === 10 ? 3 : 5, total([file]));
}
{
  const file = write('rows-1000000.txt', oneHugeTable(fs.readFileSync(seedFiles[0], 'utf8'), process.env.BENCH_QUICK ? 100000 : 1000000));
  row(`one table of ${process.env.BENCH_QUICK ? '100,000' : '1,000,000'} rows`, [file], 1, total([file]));
}
fs.rmSync(work, { recursive: true, force: true });
