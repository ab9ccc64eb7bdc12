// Hover, outline, folding, inlay hints and completion over the protocol, in both languages.
import { strict as assert } from 'node:assert';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { check, parse } from '../../server/src/core';
import { Client } from './client';
import { brokenTotal, seedText, without } from './seeds';

const text000 = seedText('000').split('\n');
const at = (line: number, word: string) => ({ line, character: text000[line].indexOf(word) + 1 });

describe('editor features over the protocol', function () {
  const clients: Record<'zh' | 'en', Client> = { zh: new Client({ locale: 'zh-CN' }), en: new Client({ locale: 'en' }) };
  before(async () => {
    for (const client of Object.values(clients)) {
      await client.initialize();
      await client.open('file:///000.txt', seedText('000'));
      await client.open('file:///001.txt', seedText('001'));
      await client.open('file:///broken.txt', brokenTotal());
    }
  });
  after(() => Promise.all(Object.values(clients).map((c) => c.stop())));

  const hover = async (language: 'zh' | 'en', uri: string, position: { line: number; character: number }) => {
    const answer = await clients[language].request<Hover | null>('textDocument/hover', { textDocument: { uri: `file:///${uri}.txt` }, position });
    return answer && { value: (answer.contents as { value: string }).value, range: answer.range };
  };

  it('explains a row: what it means and its article of the 条例', async () => {
    const line = 58;
    const zh = await hover('zh', '001', { line, character: 20 });
    assert.deepEqual(zh, {
      value: '**（四）无法提供 1.本机关不掌握相关政府信息**\n\n经检索没有所申请公开的信息，或不属于本机关负责公开的，告知申请人。\n\n《中华人民共和国政府信息公开条例》第三十六条第（四）、（五）项',
      range: { start: { line, character: 10 }, end: { line, character: 24 } },
    });
    const en = await hover('en', '001', { line, character: 20 });
    assert.equal(en!.value, '**（四）无法提供 1.本机关不掌握相关政府信息**\n\nThe body does not hold the information, or another body is responsible.\n\nRegulations on Government Information Disclosure, Article 36(4), (5)');
  });

  it('explains a column header and a section heading', async () => {
    assert.equal((await hover('zh', '000', at(37, '商业企业')))!.value, '**法人或其他组织 · 商业企业**\n\n商业企业提出的申请。\n\n收到和处理政府信息公开申请情况：《中华人民共和国政府信息公开条例》第五十条第（二）项');
    assert.equal((await hover('en', '000', at(36, '自然人')))!.value, '**自然人**\n\nApplications by natural persons.\n\nApplications received and handled: Regulations on Government Information Disclosure, Article 50(2)');
    assert.deepEqual(await hover('en', '000', { line: 33, character: 6 }), {
      value: '**三、收到和处理政府信息公开申请情况**\n\nApplications for disclosure received and handled, by kind of applicant and by outcome.\n\nRegulations on Government Information Disclosure, Article 50(2)',
      range: { start: { line: 33, character: 4 }, end: { line: 33, character: 21 } },
    });
  });

  it('writes a total out with its parts, and says where it is wrong', async () => {
    const line = 58;
    const row = seedText('001').split('\n')[line];
    assert.equal((await hover('zh', '001', { line, character: row.lastIndexOf('35') + 1 }))!.value,
      '**（四）无法提供 1.本机关不掌握相关政府信息 × 总计** = 35\n\n26 + 0 + 0 + 0 + 9 + 0 = 35 ✓\n\n(自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他)');
    assert.equal((await hover('zh', 'broken', { line: 38, character: 30 }))!.value,
      '**一、本年新收政府信息公开申请数量 × 总计** = 5\n\n0 + 0 + 0 + 0 + 0 + 0 = 0 —— 但本格填写为 5\n\n(自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他)');
    assert.match((await hover('en', 'broken', { line: 38, character: 30 }))!.value, /= 0 — but the cell says 5\n/);
    assert.equal(await hover('zh', '000', { line: 8, character: 3 }), null, 'prose has no hover');
  });

  it('outlines the six sections with their tables', async () => {
    const symbols = await clients.zh.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///000.txt' } });
    assert.deepEqual(symbols.map((s) => [s.name, s.range.start.line, s.range.end.line, s.children!.map((t) => [t.name, t.range.start.line, t.range.end.line])]), [
      ['一、总体情况', 4, 15, []],
      ['二、主动公开政府信息情况', 16, 32, [['主动公开：第二十条第（一）项', 18, 21], ['主动公开：第二十条第（五）项', 22, 24], ['主动公开：第二十条第（六）项', 25, 28], ['主动公开：第二十条第（八）项', 29, 31]]],
      ['三、收到和处理政府信息公开申请情况', 33, 63, [['收到和处理政府信息公开申请情况', 35, 62]]],
      ['四、政府信息公开行政复议、行政诉讼情况', 64, 70, [['政府信息公开行政复议、行政诉讼情况', 66, 69]]],
      ['五、存在的主要问题及改进情况', 71, 74, []],
      ['六、其他需要报告的事项', 75, 77, []],
    ]);
    assert.deepEqual(symbols[2].selectionRange, { start: { line: 33, character: 4 }, end: { line: 33, character: 21 } });
    const english = await clients.en.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///000.txt' } });
    assert.equal(english[2].children![0].name, 'Applications received and handled');
  });

  it('folds each section, without the blank lines before the next heading, and each table', async () => {
    const folds = await clients.zh.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: 'file:///000.txt' } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [
      [4, 14], [16, 31], [33, 62], [64, 69], [71, 73], [75, 77],
      [18, 21], [22, 24], [25, 28], [29, 31], [35, 62], [66, 69],
    ]);
  });

  it('shows the computed value beside a wrong total, only in the range asked for', async () => {
    const ask = (from: number, to: number) => clients.zh.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: 'file:///broken.txt' }, range: { start: { line: from, character: 0 }, end: { line: to, character: 0 } } });
    const hints = await ask(0, 77);
    assert.deepEqual(hints.map((h) => [h.position, h.label, h.paddingLeft]), [[{ line: 38, character: 31 }, '= 0', true]]);
    assert.deepEqual(await ask(40, 77), []);
    assert.deepEqual(await clients.zh.request('textDocument/inlayHint', { textDocument: { uri: 'file:///000.txt' }, range: { start: { line: 0, character: 0 }, end: { line: 77, character: 0 } } }), []);
  });
});

describe('completion over the protocol', function () {
  let client: Client;
  before(async () => {
    client = new Client();
    await client.initialize();
  });
  after(() => client.stop());

  const complete = (uri: string, line: number, character: number) => client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));

  it('offers the statutory labels of the table, the missing row first', async () => {
    const uri = 'file:///missing-row.txt';
    await client.open(uri, without((l) => l.startsWith('行政强制')));
    const items = sorted(await complete(uri, 28, 0));
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [['行政强制', '第二十条第（六）项'], ['行政处罚', '第二十条第（六）项']]);
    assert.deepEqual(items[0].textEdit, { range: { start: { line: 28, character: 0 }, end: { line: 28, character: 0 } }, newText: '行政强制' });
    assert.match((items[0].documentation as { value: string }).value, /实施行政强制的处理决定/);
  });

  it('replaces the label typed so far, and offers nothing in a number', async () => {
    const uri = 'file:///typed.txt';
    await client.open(uri, seedText('000'));
    const line = 61;
    assert.ok(text000[line].startsWith('(七) 总计\t'));
    const items = await complete(uri, line, 4);
    const total = items.find((i) => i.label === '（七）总计')!;
    assert.deepEqual(total.textEdit, { range: { start: { line, character: 0 }, end: { line, character: 4 } }, newText: '（七）总计' });
    assert.equal(items.length, 30, 'every labelled row of table 三, groups included');
    assert.deepEqual(await complete(uri, line, text000[line].indexOf('\t0') + 2), []);
    assert.deepEqual(await complete(uri, 73, 3), [], 'no template inside a report');
  });

  it('offers a whole empty report in a document that is not one yet', async () => {
    const uri = 'file:///empty.txt';
    await client.open(uri, '');
    const [template, ...rest] = await complete(uri, 0, 0);
    assert.equal(rest.length, 0);
    assert.equal(template.label, '政府信息公开工作年度报告');
    assert.match(template.insertText!, /^\$\{1:机关名称\} \$\{2:年份\} 年政府信息公开工作年度报告\n/);
    const filled = template.insertText!.replace('${1:机关名称}', '某县人民政府办公室').replace('${2:年份}', '2025');
    // An empty template says nothing in 五 and 六 yet: that is all there is to find.
    assert.deepEqual(check(parse(filled)).map((d) => d.code), ['empty-section', 'empty-section']);
    const silent = new Client({ initializationOptions: { offerTemplate: false } });
    await silent.initialize();
    await silent.open(uri, '');
    assert.deepEqual(await silent.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }), []);
    await silent.stop();
  });

  it('fills the template for the new-report command', async () => {
    const template = await client.request<string>('xxgk/template', { body: '某县人民政府办公室', year: '2025' });
    const report = parse(template);
    assert.deepEqual([report.year, report.organization, report.sections.length, report.tables.length], [2025, '某县人民政府办公室', 6, 6]);
    assert.deepEqual(check(report).map((d) => d.code), ['empty-section', 'empty-section']);
  });
});
