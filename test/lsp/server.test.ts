import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, check, fixAll, parse } from '../../server/src/core';
import { Client, server } from './client';

const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
const seedText = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');
/** Seed 000 with the 总计 of row 一 changed from 0 to 5. */
const brokenTotal = () => seedText('000').replace('一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0', '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t5');

describe('language server over stdio', function () {
  let client: Client;
  before(async () => {
    assert.ok(fs.existsSync(server), 'dist/server.js is built by npm test (pretest)');
    client = new Client();
    await client.initialize('zh-CN');
  });
  after(() => client.stop());

  it('publishes on every seed the diagnostics the core (and so the CLI) gives', async () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      const text = seedText(n);
      const published = await client.open(`file:///seed-${n}.txt`, text);
      const core = check(parse(text));
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range, d.message]), core.map((d) => [d.code, d.range, d.message]), n);
      assert.ok(published.diagnostics.every((d) => d.codeDescription?.href.startsWith('https://')));
    }
  });

  it('republishes for the newest version after a change', async () => {
    const uri = 'file:///change.txt';
    assert.equal((await client.open(uri, seedText('000'))).diagnostics.length, 0);
    const after = await client.change(uri, 2, brokenTotal());
    // The prose says 0 applications were received (line 8), and the changed 总计 is the last cell of line 38.
    assert.deepEqual(after.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['narrative-mismatch', 8, 28], ['row-sum', 38, 30]]);
  });

  it('fixes a broken total with its quick fix, leaving every other byte as it was', async () => {
    const uri = 'file:///broken.txt';
    const text = brokenTotal();
    const { diagnostics } = await client.open(uri, text);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.title, '将「一、本年新收政府信息公开申请数量 · 总计」改为 0');
    assert.equal(applyEdits(text, preferred.edit!.changes![uri] as TextEdit[]), seedText('000'));
  });

  it('fixes everything certain as source.fixAll.xxgk', async () => {
    const uri = 'file:///fixall.txt';
    const text = seedText('001');
    await client.open(uri, text);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.xxgk'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(applyEdits(text, actions[0].edit!.changes![uri] as TextEdit[]), fixAll(text));
  });

  it('explains a row with its article, and writes a total out', async () => {
    const uri = 'file:///hover.txt';
    await client.open(uri, seedText('001'));
    const row = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 58, character: 20 } })) as Hover;
    assert.match((row.contents as { value: string }).value, /1\.本机关不掌握相关政府信息[\s\S]*第三十六条第（四）、（五）项/);
    const line = seedText('001').split('\n')[58];
    const total = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 58, character: line.lastIndexOf('35') + 1 } })) as Hover;
    assert.match((total.contents as { value: string }).value, /× 总计\*\* = 35[\s\S]*26 \+ 0 \+ 0 \+ 0 \+ 9 \+ 0 = 35 ✓/);
  });

  it('speaks English when the editor does', async () => {
    const english = new Client();
    await english.initialize('en');
    const uri = 'file:///en.txt';
    const { diagnostics } = await english.open(uri, seedText('001'));
    assert.match(diagnostics.find((d) => d.code === 'label')!.message as string, /differs from the statutory wording/);
    const hover = (await english.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 41, character: 2 } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /Applications for disclosure received and handled[\s\S]*Regulations on Government Information Disclosure, 第五十条第（二）项/);
    await english.stop();
  });

  it('outlines the six sections with their tables, and folds them', async () => {
    const uri = 'file:///outline.txt';
    await client.open(uri, seedText('000'));
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    assert.equal(symbols[1].children!.length, 4);
    assert.equal(symbols[2].children![0].name, '收到和处理政府信息公开申请情况');
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 35 && f.endLine === 62), JSON.stringify(folds));
  });

  it('shows the computed value beside a wrong total', async () => {
    const uri = 'file:///hints.txt';
    await client.open(uri, brokenTotal());
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 77, character: 0 } } })) as InlayHint[];
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [[{ line: 38, character: 31 }, '= 0']]);
  });

  it('completes statutory row labels inside a table, and offers an empty report elsewhere', async () => {
    const uri = 'file:///complete.txt';
    await client.open(uri, seedText('000'));
    const inTable = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 45, character: 0 } })) as CompletionItem[];
    assert.ok(inTable.some((i) => i.label === '5.要求行政机关确认或重新出具已获取信息' && i.detail === '第三十九条'));
    const outside = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 73, character: 0 } })) as CompletionItem[];
    assert.equal(outside[0].label, '政府信息公开工作年度报告');
    const template = await client.connection.sendRequest('xxgk/template', { body: '某县人民政府办公室', year: '2025' }) as string;
    const report = parse(template);
    assert.deepEqual([report.year, report.organization, report.sections.length, report.tables.length], [2025, '某县人民政府办公室', 6, 6]);
    assert.deepEqual(check(report), []);
  });
});
