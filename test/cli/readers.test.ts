// PDFs converted on worker threads: each file read there as it is read here, a worker that dies
// or never ends failing its own file only, and the files asked for ahead taken in order.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSource, type Source, type Unread } from '../../server/src/cli/files';
import { cliMessages } from '../../server/src/cli/messages';
import { readInOrder } from '../../server/src/cli/inOrder';
import { readerPool } from '../../server/src/cli/readers';
import { spillFolder } from '../../server/src/cli/spill';
import { readTitles } from '../../server/src/cli/titles';
import { run as runCli } from '../../server/src/cli/main';
import { cli, realPdf, root, run as runBuilt, scratch, seedText } from './run';

const LIMIT = 1 << 28;

/**
 * a.pdf, `odd` and b.pdf read by a pool of one worker that answers each file with "read <file>",
 * except that on `odd` it runs `misbehaviour` instead.
 */
async function readWithOneWorker(odd: string, misbehaviour: string, timeLimit?: number): Promise<(Source | Unread)[]> {
  const script = path.join(scratch(), 'reader.js');
  fs.writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ file }) => { if (file === ${JSON.stringify(odd)}) { ${misbehaviour} } parentPort.postMessage({ path: file, kind: 'pdf', text: 'read ' + file, notes: [] }); });`);
  const readers = readerPool(1, script, timeLimit);
  try {
    return await Promise.all(['a.pdf', odd, 'b.pdf'].map((file) => readers.read(file, LIMIT)));
  } finally {
    await readers.close();
  }
}
/** The built CLI run with a preload that every thread runs: how many reader threads it started, and what it printed. */
function withReaderThreads(args: string[]) {
  const probe = path.join(scratch(), 'probe.js');
  fs.writeFileSync(probe, `const { isMainThread, workerData } = require('node:worker_threads');
if (!isMainThread) require('node:fs').writeSync(2, 'thread ' + workerData + '\\n');`);
  const r = spawnSync(process.execPath, ['--require', probe, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, readers: r.stderr.split('\n').filter((line) => line === 'thread xxgk-reader').length };
}

const readA = { path: 'a.pdf', kind: 'pdf', text: 'read a.pdf', notes: [] };
const readB = { path: 'b.pdf', kind: 'pdf', text: 'read b.pdf', notes: [] };

/** Reads that finish later the earlier the file is in `files`, counting what was asked and how many at once. */
function laterFirst(files: string[], textOf: (file: string) => string) {
  const seen = { asked: [] as string[], most: 0, inFlight: 0 };
  const read = (file: string) => {
    seen.asked.push(file);
    seen.most = Math.max(seen.most, ++seen.inFlight);
    return new Promise<Source | Unread>((done) => setTimeout(() => {
      seen.inFlight--;
      done({ path: file, kind: 'pdf', text: textOf(file), notes: [] });
    }, 5 * (files.length - files.indexOf(file))));
  };
  return Object.assign(seen, { read });
}

describe('PDFs read on worker threads', function () {
  this.timeout(60000);

  it('reads PDFs, a broken PDF, a web page and a missing file there exactly as this thread does', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\nnot really\n');
    fs.writeFileSync(path.join(dir, 'page.html'), `<html><body><p>${seedText('000').split('\n').join('</p><p>')}</p></body></html>`);
    const files = [realPdf('hongze-2023.pdf'), path.join(dir, 'broken.pdf'), realPdf('huaian-2024.pdf'), path.join(dir, 'page.html'), path.join(dir, 'missing.pdf')];
    // The built script: under tsx a worker cannot load the TypeScript source.
    const readers = readerPool(2, cli);
    try {
      const there = await Promise.all(files.map((file) => readers.read(file, LIMIT)));
      const here = await Promise.all(files.map((file) => readSource(file, LIMIT)));
      assert.deepEqual(there, here);
      assert.deepEqual(there.map((s) => 'problem' in s), [false, true, false, false, true]);
    } finally {
      await readers.close();
    }
  });

  it('fails only the file whose worker died, and reads the next on a new worker', async () => {
    const results = await readWithOneWorker('dies.pdf', 'process.exit(3)');
    assert.deepEqual(results, [readA, { path: 'dies.pdf', kind: 'pdf', problem: cliMessages.readerFailed }, readB]);
  });

  it('gives up a file whose conversion never ends, stops its thread, and reads the next on a new one', async () => {
    // A conversion that never ends, as a PDF on which PDF.js loops would: the thread answers nothing more.
    const results = await readWithOneWorker('endless.pdf', 'for (;;);', 300);
    assert.deepEqual(results, [readA, { path: 'endless.pdf', kind: 'pdf', problem: cliMessages.readerTimedOut(0.3) }, readB]);
    assert.match(cliMessages.readerTimedOut(300).zh, /^转换此文件超过 300 秒仍未完成，已停止转换，未能检查/);
  });

  it('asks for files ahead, at most as many as it may, and keeps them in the order of the files whatever finishes first', async () => {
    const files = ['a.pdf', 'b.txt', 'c.pdf', 'd.docx', 'e.html', 'f.pdf', 'g.doc'];
    const title = (file: string) => `淮安市人民政府办公室 ${2000 + files.indexOf(file)} 年政府信息公开工作年度报告\n`;
    const reads = laterFirst(files, title);
    // Room for two converted texts: the first two in the order of the files are kept.
    const room = { converted: 2 * 40, text: 0 };
    const ahead = await readTitles(files, reads.read, room, 3);
    assert.equal(reads.most, 3);
    assert.deepEqual(reads.asked, ['a.pdf', 'c.pdf', 'd.docx', 'e.html', 'f.pdf']);
    const once = laterFirst(files, title);
    const one = await readTitles(files, once.read, room, 1);
    assert.equal(once.most, 1);
    assert.deepEqual([...ahead.titles], [...one.titles]);
    assert.deepEqual([...ahead.kept.keys()], ['a.pdf', 'c.pdf']);
    assert.deepEqual([...one.kept.keys()], ['a.pdf', 'c.pdf']);
  });

  it('keeps converted text it has no room for in a spill folder, gives each back once, and removes the folder', async () => {
    const files = ['a.pdf', 'b.txt', 'c.docx', 'd.html'];
    const title = (file: string) => `淮安市人民政府办公室 ${2000 + files.indexOf(file)} 年政府信息公开工作年度报告\n`;
    const reads = laterFirst(files, title);
    const folders = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('xxgk-lint-')).length;
    const before = folders();
    const listening = process.listenerCount('SIGINT');
    const spill = spillFolder();
    try {
      const { titles, kept } = await readTitles(files, reads.read, { converted: 0, text: 0 }, 1, spill);
      assert.equal(process.listenerCount('SIGINT'), listening + 1);
      assert.equal(kept.size, 0);
      assert.equal(titles.size, 3);
      assert.equal(folders(), before + 1);
      assert.deepEqual(files.map((file) => spill.has(file)), [true, false, true, true]);
      assert.deepEqual(spill.take('c.docx'), { path: 'c.docx', kind: 'pdf', text: title('c.docx'), notes: [] });
      assert.equal(spill.take('c.docx'), undefined);
    } finally {
      spill.close();
    }
    assert.equal(folders(), before);
    assert.equal(process.listenerCount('SIGINT'), listening);
    assert.equal(spill.take('a.pdf'), undefined);
  });

  it('removes the spill folder when the run is interrupted, and ends as the signal ends it', async () => {
    const tmp = scratch();
    const script = path.join(tmp, 'interrupted.ts');
    fs.writeFileSync(script, `import { spillFolder } from ${JSON.stringify(path.join(root, 'server/src/cli/spill'))};
spillFolder().put({ path: 'a.pdf', kind: 'pdf', text: '淮安市人民政府办公室 2023 年政府信息公开工作年度报告', notes: [] });
process.stdout.write('spilled\\n');
setInterval(() => {}, 1000);
`);
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'inherit'] });
    const spilled = () => fs.readdirSync(tmp).filter((name) => name.startsWith('xxgk-lint-'));
    await new Promise<void>((ready) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('spilled') && ready()));
    assert.equal(spilled().length, 1);
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((ended) => child.on('exit', (c, s) => ended([c, s])));
    assert.deepEqual([code, signal], [null, 'SIGINT']);
    assert.deepEqual(spilled(), []);
  });

  it('reads files in their order with at most `ahead` asked for, the first ones at once, whatever finishes first', async () => {
    const files = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf'];
    const reads = laterFirst(files, (file) => file);
    const inOrder = readInOrder(files, reads.read, 2);
    assert.deepEqual(reads.asked, ['a.pdf', 'b.pdf']);
    const taken: string[] = [];
    for (let i = 0; i < files.length; i++) taken.push((await inOrder.next()).path);
    assert.deepEqual(taken, files);
    assert.equal(reads.most, 2);
  });

  it('gives the same output from a folder of PDFs whether they are converted on workers (built) or here (source)', async () => {
    const dir = scratch();
    for (const name of ['hongze-2023.pdf', 'hongze-2024.pdf', 'huaian-2024.pdf']) fs.copyFileSync(realPdf(name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\nnot really\n');
    fs.writeFileSync(path.join(dir, 'seed.txt'), seedText('001'));
    const out: string[] = [];
    const status = await runCli(['--format', 'json', dir], (chunk) => out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), () => undefined);
    const built = runBuilt(['--format', 'json', dir]);
    const oneThread = runBuilt(['--jobs', '1', '--format', 'json', dir]);
    assert.deepEqual([built.status, oneThread.status], [status, status]);
    assert.equal(built.stdout, out.join(''));
    assert.equal(oneThread.stdout, out.join(''));
    assert.equal(JSON.parse(built.stdout).files.length, 5);
  });

  it('converts a lone PDF, a PDF for --to-text and PDFs with --jobs 1 on a thread too, so that each has the time limit', async () => {
    const [pdf, other] = [realPdf('hongze-2024.pdf'), realPdf('hongze-2023.pdf')];
    const here = async (args: string[]) => {
      const out: string[] = [];
      await runCli(args, (chunk) => out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), () => undefined);
      return out.join('');
    };
    for (const args of [['--format', 'json', pdf], ['--to-text', pdf], ['--jobs', '1', '--format', 'json', pdf, other]]) {
      const built = withReaderThreads(args);
      assert.equal(built.readers, 1, args.join(' '));
      assert.equal(built.stdout, await here(args));
    }
    // Nothing to convert on a thread: no thread started.
    const text = path.join(scratch(), 'report.txt');
    fs.writeFileSync(text, seedText('001'));
    assert.equal(withReaderThreads(['--format', 'json', text]).readers, 0);
  });

  it('takes --jobs as a whole number of threads, and refuses anything else', () => {
    for (const jobs of ['0', 'two', '1.5', '65']) {
      const r = runBuilt(['--jobs', jobs, realPdf('hongze-2023.pdf')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^--jobs 需要 1 到 64 之间的整数/);
    }
  });
});
