// Diagnostics over the protocol: the core's check() exactly, once per version, with the settings applied.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { DiagnosticSeverity, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { check, parse } from '../../server/src/core';
import { Client, server } from './client';
import { brokenTotal, NEW_APPLICATIONS, seedNames, seedText } from './seeds';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
const summary = (ds: LspDiagnostic[]) => ds.map((d) => [d.code, d.range, d.message, d.severity]);
const coreSummary = (text: string, options = {}) => check(parse(text), options).map((d) => [d.code, d.range, d.message, SEVERITY[d.severity]]);

describe('diagnostics over the protocol', function () {
  let client: Client;
  before(async () => {
    assert.ok(fs.existsSync(server), 'dist/server.js is built by npm test (pretest)');
    client = new Client();
    await client.initialize();
  });
  after(() => client.stop());

  it('publishes on every seed exactly what the core (and so the CLI) finds', async () => {
    for (const n of seedNames) {
      const text = seedText(n);
      const published = await client.open(`file:///seed-${n}.txt`, text);
      assert.deepEqual(summary(published.diagnostics), coreSummary(text), n);
    }
    // The seeds are not all clean: the comparison covers real diagnostics.
    assert.equal(coreSummary(seedText('001')).length, 8);
    assert.equal(coreSummary(seedText('004')).length, 25);
  });

  it('links each code to the 条例 and names its source', async () => {
    const { diagnostics } = await client.open('file:///links.txt', seedText('001'));
    assert.deepEqual([...new Set(diagnostics.map((d) => `${d.source} ${d.codeDescription?.href}`))], ['xxgk https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm']);
  });

  it('republishes for the newest version after a change', async () => {
    const uri = 'file:///change.txt';
    assert.equal((await client.open(uri, seedText('000'))).diagnostics.length, 0);
    const after = await client.change(uri, 2, brokenTotal());
    // The prose says no application was received (line 8); the changed 总计 is the last cell of line 38.
    assert.deepEqual(after.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['narrative-mismatch', 8, 28, 29], ['row-sum', 38, 30, 31]]);
    assert.equal(after.diagnostics[1].message, '「一、本年新收政府信息公开申请数量」的「总计」应为 0（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他），实为 5。');
  });

  it('applies incremental changes as an editor sends them', async () => {
    const uri = 'file:///incremental.txt';
    await client.open(uri, seedText('000'));
    const line = 38;
    const character = NEW_APPLICATIONS.length - 1;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '7' }],
    });
    const { diagnostics } = await client.diagnostics(uri, 2);
    assert.deepEqual(summary(diagnostics), coreSummary(brokenTotal(7)));
  });

  it('never answers with a crash: empty, garbage and huge documents', async () => {
    const inputs = {
      empty: '',
      garbage: '\u0000\uffff\ud800' + '\t'.repeat(5000) + '一、\n三、\t\t\t\n（七）总计\t-\t1e99\tNaN\n'.repeat(200),
      numbers: Array.from({ length: 3000 }, (_, i) => `${i}\t`.repeat(40)).join('\n'),
      huge: seedText('000').repeat(300),
    };
    for (const [name, text] of Object.entries(inputs)) {
      const uri = `file:///${name}.txt`;
      const { diagnostics } = await client.open(uri, text);
      assert.deepEqual(summary(diagnostics), coreSummary(text).slice(0, 500), name);
      for (const [method, extra] of [
        ['textDocument/hover', { position: { line: 1, character: 3 } }],
        ['textDocument/documentSymbol', {}],
        ['textDocument/foldingRange', {}],
        ['textDocument/completion', { position: { line: 5, character: 1 } }],
        ['textDocument/inlayHint', { range: { start: { line: 0, character: 0 }, end: { line: 99999, character: 0 } } }],
        ['textDocument/codeAction', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics, only: ['quickfix', 'source.fixAll.xxgk'] } }],
      ] as const) {
        await client.request(method, { textDocument: { uri }, ...extra });
      }
      await client.close(uri);
    }
    assert.equal((await client.open('file:///after.txt', seedText('001'))).diagnostics.length, 8, 'still alive');
  });

  it('speaks node IPC as well as stdio', async () => {
    const ipc = new Client({ transport: 'ipc' });
    await ipc.initialize();
    const { diagnostics } = await ipc.open('file:///ipc.txt', seedText('001'));
    assert.deepEqual(summary(diagnostics), coreSummary(seedText('001')));
    await ipc.stop();
  });
});

describe('diagnostics: timing and settings', function () {
  /** Versions `from`…`to` of the document, sent at once, each typing its last digit over the 总计 of row 一 (line 38). */
  const typeInto = (client: Client, uri: string, from: number, to = from) => {
    const character = NEW_APPLICATIONS.length - 1;
    for (let version = from; version <= to; version++) {
      const change = { range: { start: { line: 38, character }, end: { line: 38, character: character + 1 } }, text: String(version % 10) };
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    return client.diagnostics(uri, to);
  };

  it('checks a cheap document at every keystroke, without waiting for typing to pause', async () => {
    const client = new Client({ initializationOptions: { debounceMs: 100 } });
    await client.initialize();
    const uri = 'file:///typing-cheap.txt';
    await client.open(uri, seedText('000'));
    // The first checks of a fresh server are slow (nothing compiled yet): the cost that counts is the last check's.
    for (let version = 2; version <= 20; version++) await typeInto(client, uri, version);
    await typeInto(client, uri, 21, 25);
    assert.deepEqual(client.published.filter((p) => p.uri === uri && p.version! > 20).map((p) => p.version), [21, 22, 23, 24, 25]);
    await client.stop();
  });

  it('waits for typing to pause in a document whose check takes longer, and drops the versions overtaken', async () => {
    const client = new Client({ initializationOptions: { debounceMs: 100 } });
    await client.initialize();
    const uri = 'file:///typing-long.txt';
    // Two hundred times the seed (460 KB): each check takes well over CHEAP_CHECK_MS.
    await client.open(uri, seedText('000').repeat(200));
    const last = await typeInto(client, uri, 2, 5);
    assert.match(last.diagnostics.find((d) => d.code === 'row-sum')!.message as string, /实为 5。/);
    // Notifications arrive in order: a publication of 2, 3 or 4 would have come before this one.
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 5]);
    await client.stop();
  });

  it('without debounce, publishes the opened version once', async () => {
    const client = new Client({ initializationOptions: { debounceMs: 0 } });
    await client.initialize();
    const uri = 'file:///once.txt';
    await client.open(uri, seedText('000'));
    await client.change(uri, 2, brokenTotal());
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 2]);
    await client.stop();
  });

  it('follows xxgk.severity.<code>, xxgk.maxDiagnostics and xxgk.enable, and their changes', async () => {
    const settings = { severity: { label: 'off', 'missing-cell': 'hint' }, maxDiagnostics: 3 };
    const client = new Client({ settings });
    await client.initialize();
    const uri = 'file:///settings.txt';
    const text = seedText('001');
    const first = await client.open(uri, text);
    assert.deepEqual(summary(first.diagnostics), coreSummary(text, { severity: settings.severity }).slice(0, 3));
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [['narrative-mismatch', DiagnosticSeverity.Warning], ['missing-cell', DiagnosticSeverity.Hint], ['missing-cell', DiagnosticSeverity.Hint]]);

    client.settings = { enable: false };
    const off = client.next(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await off).diagnostics, []);

    // Values of the wrong kind fall back to the defaults.
    client.settings = { enable: 'yes', maxDiagnostics: -1, severity: { label: 'loud', 'row-sum': 3 } };
    const back = client.next(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(summary((await back).diagnostics), coreSummary(text));
    await client.stop();
  });

  it('offers no quick fix for a diagnostic of an older version of the text', async () => {
    const client = new Client();
    await client.initialize();
    const uri = 'file:///stale.txt';
    const old = (await client.open(uri, brokenTotal(5))).diagnostics;
    await client.change(uri, 2, brokenTotal(6));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: old[1].range, context: { diagnostics: old, only: ['quickfix'] } });
    assert.deepEqual(actions, []);
    await client.stop();
  });
});
