// Malformed traffic of every kind, then 1,000 documents open and 10,000 edits in a row: the server
// rejects or ignores what is malformed for that document alone, answers everything else as the
// core would, and its memory after the edits stays within twice what it was after the first 100.
import { strict as assert } from 'node:assert';
import { ErrorCodes, type Hover, type ResponseError } from 'vscode-languageserver-protocol';
import { check, parse } from '../../server/src/core';
import { Client } from './client';
import { seedNames, seedText } from './seeds';

const summary = (ds: { code?: unknown; message: unknown; range: unknown }[]) => ds.map((d) => [d.code, d.range, d.message]);
const coreSummary = (text: string) => check(parse(text)).map((d) => [d.code, d.range, d.message]);
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: ResponseError<unknown>) => error.code);

describe('the language server under malformed traffic and load', function () {
  // Two cores shared with other work: a minute of margin over the ~20 s this takes.
  this.timeout(90000);
  let client: Client;
  before(async () => {
    client = new Client({ nodeOptions: ['--expose-gc'] });
    await client.initialize();
  });
  after(() => client.stop());

  const notify = (method: string, params: unknown) => client.connection.sendNotification(method, params as object);
  const didOpen = (textDocument: object) => notify('textDocument/didOpen', { textDocument });

  it('ignores malformed notifications and rejects malformed requests, for that document alone', async () => {
    const good = 'file:///robust/good.txt';
    const text = seedText('001');
    // Opened before and after the malformed traffic: neither is poisoned by it.
    const first = await client.open(good, text);
    assert.deepEqual(summary(first.diagnostics), coreSummary(text));

    await didOpen({ uri: 'file:///robust/null.txt', languageId: 'xxgk-report', version: 1, text: null });
    await didOpen({ uri: 'file:///robust/number.txt', languageId: 'xxgk-report', version: 1, text: 42 });
    await didOpen({ uri: 'untitled:Untitled-1', languageId: 'xxgk-report', text });
    await didOpen({ uri: 'file:///robust/string-version.txt', languageId: 'xxgk-report', version: '1', text });
    await didOpen({ uri: 42, languageId: 'xxgk-report', version: 1, text });
    await didOpen(null as never);
    await notify('textDocument/didOpen', null);
    // A document whose change cannot be applied: closed on the server's side, its text unknown from then on.
    const victim = 'file:///robust/victim.txt';
    await client.open(victim, text);
    await notify('textDocument/didChange', { textDocument: { uri: victim }, contentChanges: [{ text: 'x' }] });
    await notify('textDocument/didChange', { textDocument: { uri: victim, version: 3 }, contentChanges: [{ text: null }] });
    await notify('textDocument/didChange', { textDocument: { uri: victim, version: 4 }, contentChanges: [{ range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: '' }] });
    await notify('textDocument/didChange', { textDocument: { uri: victim, version: 5 }, contentChanges: 'x' });
    await notify('textDocument/didChange', { textDocument: { uri: 'file:///robust/never-opened.txt', version: 2 }, contentChanges: [{ text }] });
    await notify('textDocument/didChange', { textDocument: null, contentChanges: [] });
    await notify('textDocument/didClose', { textDocument: { uri: 'file:///robust/never-opened.txt' } });
    await notify('textDocument/didClose', {});
    await notify('textDocument/didSave', { textDocument: 7 });

    const position = { line: 58, character: 20 };
    const hover = (params: object) => client.request<Hover | null>('textDocument/hover', params);
    for (const params of [
      { textDocument: { uri: good }, position: { line: -1, character: 0 } },
      { textDocument: { uri: good }, position: { line: 'a', character: 0 } },
      { textDocument: { uri: good } },
      { position },
      { textDocument: { uri: null }, position },
    ]) assert.equal(await rejection(hover(params)), ErrorCodes.InvalidParams, JSON.stringify(params));
    assert.equal(await rejection(client.request('textDocument/inlayHint', { textDocument: { uri: good }, range: { start: { line: 0 }, end: null } })), ErrorCodes.InvalidParams);
    assert.equal(await rejection(client.request('textDocument/codeAction', { textDocument: { uri: good }, range: { start: position, end: position } })), ErrorCodes.InvalidParams);
    // Well formed, but past the end of the document, or of a document not open: no answer, no error.
    assert.equal(await hover({ textDocument: { uri: good }, position: { line: 1e9, character: 1e9 } }), null);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri: good }, position: { line: 1e9, character: 0 } }), []);
    for (const uri of ['file:///robust/null.txt', 'untitled:Untitled-1', victim, 'file:///robust/never-opened.txt']) {
      assert.equal(await hover({ textDocument: { uri }, position }), null, uri);
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), [], uri);
    }

    const published = new Set(client.published.map((p) => p.uri));
    for (const uri of ['file:///robust/null.txt', 'file:///robust/number.txt', 'untitled:Untitled-1', 'file:///robust/string-version.txt']) assert.ok(!published.has(uri), uri);
    // The victim's diagnostics were cleared when its text became unknown.
    assert.deepEqual(client.published.filter((p) => p.uri === victim).at(-1)!.diagnostics, []);

    assert.match(JSON.stringify(await hover({ textDocument: { uri: good }, position })), /本机关不掌握相关政府信息/);
    const second = 'file:///robust/after.txt';
    assert.deepEqual(summary((await client.open(second, text)).diagnostics), coreSummary(text));
    assert.deepEqual(summary((await client.change(good, 2, seedText('004'))).diagnostics), coreSummary(seedText('004')));
  });

  it('keeps 1,000 reports open and takes 10,000 edits without its memory growing', async () => {
    const texts = seedNames.map(seedText);
    const uris = Array.from({ length: 1000 }, (_, i) => `file:///robust/open/${i}.txt`);
    await Promise.all(uris.map((uri, i) => client.open(uri, texts[i % texts.length])));

    // Ten drafts in their first minutes (the title and section 一 of seed 000), each figure typed
    // over and over: the number of applications in line 8. Short, so that 10,000 checks take seconds.
    const draft = texts[0].split('\n').slice(0, 16).join('\n');
    const edited = Array.from({ length: 10 }, (_, i) => `file:///robust/draft/${i}.txt`);
    await Promise.all(edited.map((uri) => client.open(uri, draft)));
    const line = 8;
    const character = draft.split('\n')[line].indexOf(' 0 件') + 1;
    const typed = (version: number) => String(version % 10);
    const versions = new Map(edited.map((uri) => [uri, 1]));
    const memory = async () => (await client.request<NodeJS.MemoryUsage>('xxgk/debug/memory', {})).heapUsed;
    const edit = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const uri = edited[i % edited.length];
        const version = versions.get(uri)! + 1;
        versions.set(uri, version);
        const change = { range: { start: { line, character }, end: { line, character: character + 1 } }, text: typed(version) };
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      }
      await Promise.all(edited.map((uri) => client.diagnostics(uri, versions.get(uri)!)));
    };
    await edit(100);
    const early = await memory();
    await edit(9900);
    const late = await memory();
    assert.ok(late < 2 * early, `heap used ${(late / 1e6).toFixed(1)} MB after 10,000 edits, ${(early / 1e6).toFixed(1)} MB after 100`);

    // Each draft as its last edit left it: diagnostics as the core says.
    for (const uri of edited) {
      const lines = draft.split('\n');
      lines[line] = `${lines[line].slice(0, character)}${typed(versions.get(uri)!)}${lines[line].slice(character + 1)}`;
      assert.deepEqual(summary((await client.diagnostics(uri, versions.get(uri)!)).diagnostics), coreSummary(lines.join('\n')), uri);
    }
    client.published.length = 0;
  });
});
