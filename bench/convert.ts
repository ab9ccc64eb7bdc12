// npm run bench (conversion): PDF pages and Word files per second, each against the text check of the
// same reports, measured in the same run (ratios, since the machines are shared and noisy); and
// xxgk-lint on a folder of PDFs with its reader threads against the same run with --jobs 1.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { convert, isRefusal, type Converted } from '../server/src/convert';
import { check, parse } from '../server/src/core';
import { docxOf } from '../test/convert/fixtures';
import { compare, ratio } from './processes';

const corpus = path.join(__dirname, '..', '..', 'shared', 'corpus', 'pdf');
const seeds = path.join(__dirname, '..', 'test', 'fixtures', 'seeds');

/** Median time of `runs` passes of fn over the inputs, in milliseconds per pass. */
async function time<T>(inputs: T[], fn: (input: T) => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    for (const input of inputs) await fn(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

async function converted(bytes: Uint8Array, name: string): Promise<Converted> {
  const result = await convert(bytes, name);
  if (isRefusal(result)) throw new Error(`${name}: ${result.problem.en}`);
  return result;
}

const checkText = (text: string) => check(parse(text)).length;

function line(label: string, units: number, unit: string, convertMs: number, checkMs: number): void {
  console.log(`${label.padEnd(34)} convert ${convertMs.toFixed(1).padStart(8)} ms (${(units / (convertMs / 1000)).toFixed(1)} ${unit}/s)  text check ${checkMs.toFixed(2).padStart(7)} ms  ratio ${(convertMs / checkMs).toFixed(0).padStart(5)}`);
}

/** The built CLI on COPIES of each PDF in one folder, default threads against --jobs 1, interleaved; medians of 3. */
function folderOfPdfs(files: string[], pages: number): void {
  const COPIES = 4;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-pdf-'));
  for (let copy = 0; copy < COPIES; copy++) for (const file of files) fs.copyFileSync(file, path.join(dir, `${copy}-${path.basename(file)}`));
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const runs = compare(3, { threads: [cli, '--format', 'json', dir], one: [cli, '--jobs', '1', '--format', 'json', dir] });
  console.log(`xxgk-lint, a folder of ${COPIES * files.length} PDFs (${os.availableParallelism()} cores)   reader threads ${runs.threads.ms.toFixed(0)} ms (${((COPIES * pages) / (runs.threads.ms / 1000)).toFixed(1)} pages/s)  --jobs 1 ${runs.one.ms.toFixed(0)} ms  ratio ${ratio(runs.threads, runs.one).toFixed(2)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

(async () => {
  const pdfs = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.pdf')).map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(corpus, f))) })) : [];
  if (pdfs.length) {
    const texts = await Promise.all(pdfs.map(async ({ name, bytes }) => (await converted(bytes, name))));
    const pages = texts.reduce((n, t) => n + Math.max(...(t.pages ?? [0])), 0);
    const convertMs = await time(pdfs, ({ name, bytes }) => converted(bytes, name), 3);
    const checkMs = await time(texts.map((t) => t.text), checkText, 20);
    line(`PDF: ${pdfs.length} published reports`, pages, 'pages', convertMs, checkMs);
    folderOfPdfs(pdfs.map(({ name }) => path.join(corpus, name)), pages);
  } else console.log(`PDF: ${corpus} not found, skipped`);

  const seedTexts = fs.readdirSync(seeds).sort().map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'));
  const docxFiles = await Promise.all(seedTexts.map(docxOf));
  await time(docxFiles, (bytes) => converted(bytes, 'report.docx'), 2);
  const convertMs = await time(docxFiles, (bytes) => converted(bytes, 'report.docx'), 10);
  const checkMs = await time(seedTexts, checkText, 20);
  line(`Word: the ${seedTexts.length} seeds as .docx`, docxFiles.length, 'files', convertMs, checkMs);
})();
