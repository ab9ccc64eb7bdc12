// xxgk/importReport over the protocol, on the built server: a file in, its report text or one message out;
// the file unchanged; and neither the server's start nor the check of a text report loads a converter.
import { strict as assert } from 'node:assert';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { converterOn } from '../../server/src/lsp/conversion';
import { importReport } from '../../server/src/lsp/importReport';
import { Client } from '../lsp/client';
import { CORPUS } from './corpus';
import { docxOf, findings } from './fixtures';
import { pdfOf, textAt } from './pdfFixtures';

type Result = { text: string } | { problem: string };
const dist = path.join(__dirname, '..', '..', 'dist');
const seed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', fs.readdirSync(path.join(__dirname, '..', 'fixtures', 'seeds')).find((f) => f.startsWith('003'))!), 'utf8');

describe('xxgk/importReport', function () {
  this.timeout(60000);
  let client: Client;
  let dir: string;
  before(async () => {
    client = new Client();
    await client.initialize();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-import-'));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true });
  });
  const importFile = (file: string) => client.request<Result>('xxgk/importReport', { uri: pathToFileURL(file).toString() });

  it('converts a published PDF to the report text, and leaves the PDF as it was', async () => {
    const file = path.join(CORPUS, 'huaian-2024.pdf');
    const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const result = await importFile(file);
    assert.ok('text' in result);
    assert.match(result.text, /^淮安市人民政府 2024 年政府信息公开工作年度报告\n/);
    assert.deepEqual(findings(result.text), []);
    assert.equal(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'), before);
  });

  it('converts a Word report to the text whose findings are the seed\'s', async () => {
    const file = path.join(dir, '年报.docx');
    fs.writeFileSync(file, await docxOf(seed));
    const result = await importFile(file);
    assert.ok('text' in result);
    assert.deepEqual(findings(result.text), findings(seed));
  });

  it('answers one message for a file that is no report, a .doc, or no file at all', async () => {
    const invoice = path.join(dir, 'invoice.pdf');
    fs.writeFileSync(invoice, pdfOf([{ content: textAt([[72, 760, 'Invoice 2024']]) }]));
    const doc = path.join(dir, 'old.doc');
    fs.writeFileSync(doc, 'x');
    const problems = await Promise.all([invoice, doc, path.join(dir, 'missing.pdf')].map(importFile));
    assert.deepEqual(problems.map((p) => ('problem' in p ? p.problem.slice(0, 12) : p.text)), ['这个文件中没有找到政府信', '这是旧版 Word 文档', '无法读取这个文件：ENO']);
  });

  it('stops converting a PDF when the client cancels, answers RequestCancelled, and converts the next PDF', async () => {
    const file = path.join(CORPUS, 'hongze-2024.pdf');
    const source = new CancellationTokenSource();
    const cancelled = client.request<Result>('xxgk/importReport', { uri: pathToFileURL(file).toString() }, source.token);
    // While PDF.js is at it (the conversion takes hundreds of milliseconds): the thread is stopped.
    setTimeout(() => source.cancel(), 50);
    await assert.rejects(cancelled, (error) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    const next = await importFile(file);
    assert.ok('text' in next);
    assert.match(next.text, /2024 年政府信息公开工作年度报告/);
  });

  it('gives up a file whose conversion never ends or stops its thread, says what to do, and converts the next', async () => {
    // A thread that converts as the server's does, but loops forever on one file and dies on another.
    const script = path.join(dir, 'converter.js');
    fs.writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ name }) => { if (name === 'endless.pdf') for (;;); if (name === 'dies.pdf') process.exit(3); parentPort.postMessage({ kind: 'pdf', text: ${JSON.stringify(seed)} }); });`);
    const converter = converterOn(script, 300);
    const never = new AbortController().signal;
    try {
      const answers: Result[] = [];
      for (const name of ['endless.pdf', 'dies.pdf', 'fine.pdf']) {
        fs.writeFileSync(path.join(dir, name), '%PDF-1.7\n');
        answers.push(await importReport({ uri: pathToFileURL(path.join(dir, name)).toString() }, 'zh-CN', never, converter));
      }
      assert.deepEqual(answers, [
        { problem: '转换这个文件超过 0.3 秒仍未完成，已停止转换（文件可能已损坏或结构异常）：请从原始 Word 文件重新导出，或把报告另存为文本文件后打开。' },
        { problem: '转换这个文件时转换程序意外退出（文件可能过大或已损坏）：请从原始 Word 文件重新导出，或把报告另存为文本文件后打开。' },
        { text: seed },
      ]);
    } finally {
      await converter.pool.close();
    }
  });

  it('keeps PDF.js, the zip and XML readers out of the extension, the server and the CLI: they are chunks loaded on demand', () => {
    for (const bundle of ['extension.js', 'server.js', 'cli.js']) {
      const code = fs.readFileSync(path.join(dist, bundle), 'utf8');
      for (const library of ['pdfjsWorker', 'WorkerMessageHandler', 'unzipSync', 'w:gridSpan', 'onopentagname']) assert.ok(!code.includes(library), `${library} in ${bundle}`);
    }
    const server = fs.readFileSync(path.join(dist, 'server.js'), 'utf8');
    for (const chunk of ['pdf', 'docx', 'html']) {
      assert.ok(server.includes(`import("./convert/${chunk}.mjs")`), chunk);
      assert.ok(fs.existsSync(path.join(dist, 'convert', `${chunk}.mjs`)), chunk);
    }
  });
});
