// Quick fixes and fix-all over the protocol: each edit changes what it should and not a byte more.
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, fixAll } from '../../server/src/core';
import { Client } from './client';
import { brokenTotal, seedText, without } from './seeds';

describe('code actions over the protocol', function () {
  let client: Client;
  let documents = 0;
  before(async () => {
    client = new Client();
    await client.initialize();
  });
  after(() => client.stop());

  /** Opens the text and asks for the code actions of the diagnostics with this code. */
  async function actionsFor(text: string, code: string, only = ['quickfix']): Promise<{ uri: string; diagnostics: Diagnostic[]; actions: CodeAction[] }> {
    const uri = `file:///actions-${++documents}.txt`;
    const all = (await client.open(uri, text)).diagnostics;
    const diagnostics = all.filter((d) => d.code === code);
    assert.ok(diagnostics.length > 0, `a ${code} diagnostic in ${JSON.stringify(all.map((d) => d.code))}`);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]], only } });
    return { uri, diagnostics, actions };
  }
  const apply = (text: string, uri: string, action: CodeAction) => applyEdits(text, action.edit!.changes![uri] as TextEdit[]);
  const changedLines = (before: string, after: string) => after.split('\n').flatMap((line, i) => (line === before.split('\n')[i] ? [] : [[i, line]]));

  it('fixes a broken total with its quick fix, leaving every other byte as it was', async () => {
    const text = brokenTotal();
    const { uri, actions } = await actionsFor(text, 'row-sum');
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['将「一、本年新收政府信息公开申请数量 · 总计」改为 0', 'quickfix', true],
      ['修复本文档中所有可确定的问题', 'quickfix', false],
    ]);
    assert.equal(apply(text, uri, actions[0]), seedText('000'));
  });

  it('finds the fix through diagnostic.data, whatever range the editor sends back', async () => {
    const text = brokenTotal();
    const uri = 'file:///byte-columns.txt';
    const [, rowSum] = (await client.open(uri, text)).diagnostics;
    // As Neovim 0.7 would: byte columns, here far past the UTF-16 ones.
    const sent = { ...rowSum, range: { start: { line: 38, character: 90 }, end: { line: 38, character: 91 } } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: sent.range, context: { diagnostics: [sent] } });
    assert.equal(apply(text, uri, actions.find((a) => a.isPreferred)!), seedText('000'));
    // Without its data a diagnostic cannot be told from another one: no fix is guessed.
    const bare = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: sent.range, context: { diagnostics: [{ ...rowSum, data: undefined }] } });
    assert.deepEqual(bare, []);
  });

  it('recomputes every total of a table in one action', async () => {
    const text = brokenTotal(5).replace('二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0', '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t3');
    const { uri, diagnostics, actions } = await actionsFor(text, 'row-sum');
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [38, 39]);
    const table = actions.find((a) => a.title === '重新计算「收到和处理政府信息公开申请情况」的全部合计')!;
    assert.equal(apply(text, uri, table), seedText('000'));
  });

  it('fixes everything certain as source.fixAll.xxgk, and offers nothing where nothing is to fix', async () => {
    const text = seedText('001');
    const { uri, actions } = await actionsFor(text, 'label', ['source.fixAll.xxgk']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['修复本文档中所有可确定的问题', 'source.fixAll.xxgk']]);
    const fixed = apply(text, uri, actions[0]);
    assert.equal(fixed, fixAll(text));
    assert.deepEqual(changedLines(text, fixed).map(([line]) => line), [46, 48, 49, 69, 70, 75]);
    const clean = 'file:///clean.txt';
    await client.open(clean, seedText('000'));
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: clean }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source'] } }), []);
  });

  it('keeps source actions out of the light bulb, which asks on every move of the cursor', async () => {
    const uri = 'file:///bulb.txt';
    await client.open(uri, seedText('001'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
  });

  it('replaces a label with its statutory wording, once', async () => {
    const text = seedText('001');
    const { uri, actions } = await actionsFor(text, 'label');
    assert.equal(actions[0].title, '删除「(七)总记」');
    const line = text.split('\n')[69];
    assert.deepEqual(changedLines(text, apply(text, uri, actions[0])), [[69, line.replace('(七)总记', '')]]);
  });

  it('fills a cell the identities determine', async () => {
    const text = seedText('001');
    const { uri, actions } = await actionsFor(text, 'missing-cell');
    assert.equal(actions[0].title, '按勾稽关系补全「一、本年新收政府信息公开申请数量」');
    const line = text.split('\n')[46];
    assert.deepEqual(changedLines(text, apply(text, uri, actions[0])), [[46, `${line.slice(0, 19)}35${line.slice(19)}`]]);
  });

  it('replaces a value that is no number with the one the identities determine', async () => {
    const text = seedText('000').replace('二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0', '二、上年结转政府信息公开申请数量\t\t0\t0\t0\tO');
    const { uri, actions } = await actionsFor(text, 'invalid-number');
    assert.equal(actions[0].title, '将「二、上年结转政府信息公开申请数量 · 社会公益组织」改为 0');
    assert.equal(apply(text, uri, actions[0]), seedText('000'));
  });

  it('inserts a missing row in its statutory place', async () => {
    const text = without((l) => l.startsWith('行政强制'));
    const { uri, actions } = await actionsFor(text, 'missing-row');
    assert.equal(actions[0].title, '插入统计行「行政强制」');
    const fixed = apply(text, uri, actions[0]).split('\n');
    assert.deepEqual(fixed.slice(27, 30), ['行政处罚\t0\t\t', '行政强制\t', '第二十条第（八）项\t\t\t']);
  });

  it('inserts a missing section heading before the next section, in the same style', async () => {
    const text = without((l) => l.startsWith('#### 五、'));
    const { uri, actions } = await actionsFor(text, 'missing-section');
    assert.equal(actions[0].title, '插入「五、存在的主要问题及改进情况」部分标题');
    const fixed = apply(text, uri, actions[0]).split('\n');
    assert.deepEqual(fixed.slice(74, 77), ['#### 五、存在的主要问题及改进情况', '', '#### 六、其他需要报告的事项']);
  });
});
