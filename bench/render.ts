// The review page against the JSON output, for the same 1000 reports in the same run: each pass
// reads every report from disk, parses and checks it as the CLI does, then writes either the JSON
// the CLI prints or the HTML review page. Reported as a ratio (the promise: at most 2×), and the
// output stage alone. The page is left in out/review-1000.html for a browser to open.
// Run: node --import tsx bench/render.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, parse, type Diagnostic, type Report } from '../server/src/core';
import { reviewFileSection, reviewPageEnd, reviewPageStart, reviewSummaryOf } from '../server/src/core/render';

const root = path.join(__dirname, '..');
const seeds = path.join(root, 'test', 'fixtures', 'seeds');
const sources = [
  ...fs.readdirSync(seeds).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')),
  ...fs.readdirSync(path.join(root, 'samples')).map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8')),
];
const COUNT = 1000;
const RUNS = 5;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-render-'));
const files = Array.from({ length: COUNT }, (_, i) => {
  const file = path.join(work, `${String(i).padStart(4, '0')}.txt`);
  fs.writeFileSync(file, sources[i % sources.length]);
  return file;
});

interface Checked {
  path: string;
  report: Report;
  diagnostics: Diagnostic[];
}

function checked(): Checked[] {
  return files.map((file) => {
    const report = parse(fs.readFileSync(file, 'utf8'));
    return { path: path.relative(work, file), report, diagnostics: check(report) };
  });
}

function json(all: Checked[]): string {
  return JSON.stringify({
    version: 1,
    files: all.map(({ path: p, report, diagnostics }) => ({
      path: p, format: report.statute?.statute.version ?? null, year: report.year, organization: report.organization,
      diagnostics: diagnostics.map(({ code, severity, message, range, expected, actual }) => ({ code, severity, message, range, expected, actual })),
    })),
  }, null, 2);
}

function html(all: Checked[]): string {
  const parts = [reviewPageStart('zh-CN')];
  for (const entry of all) parts.push(reviewFileSection(entry));
  parts.push(reviewPageEnd(all.map(reviewSummaryOf)));
  return parts.join('');
}

/** Median milliseconds of `runs` passes; the output's length keeps the work from being optimised away. */
function time(fn: () => number, runs: number): number {
  const samples: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    sink += fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (sink < 0) console.log(sink);
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const once = checked();
time(() => json(checked()).length, 1);
time(() => html(checked()).length, 1);
const jsonRun = time(() => json(checked()).length, RUNS);
const htmlRun = time(() => html(checked()).length, RUNS);
const jsonOut = time(() => json(once).length, RUNS);
const htmlOut = time(() => html(once).length, RUNS);
const page = html(once);
fs.mkdirSync(path.join(root, 'out'), { recursive: true });
fs.writeFileSync(path.join(root, 'out', 'review-1000.html'), page);
const ratio = htmlRun / jsonRun;
console.log(`review page of ${COUNT} reports (${(page.length / 1048576).toFixed(1)} MB of HTML), median of ${RUNS}:`);
console.log(`  read+check+JSON ${jsonRun.toFixed(0).padStart(6)} ms   read+check+HTML ${htmlRun.toFixed(0).padStart(6)} ms   ratio ${ratio.toFixed(2)} (at most 2)`);
console.log(`  output alone:   JSON ${jsonOut.toFixed(0).padStart(6)} ms   HTML ${htmlOut.toFixed(0).padStart(6)} ms`);
fs.rmSync(work, { recursive: true, force: true });
if (ratio > 2) process.exitCode = 1;
