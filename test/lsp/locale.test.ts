// xxgk.locale: Chinese by default whatever the editor's display language, English on request, the
// display language for 'auto'; followed when the setting changes. Messages, hovers, quick-fix
// titles and the outline all speak it.
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { check, parse } from '../../server/src/core';
import { Client, type ClientOptions } from './client';
import { brokenTotal } from './seeds';

const text = brokenTotal();
const uri = 'file:///locale.txt';
const messagesIn = (locale: 'zh-CN' | 'en') => check(parse(text), { locale }).map((d) => d.message);

/** What the server says of the broken total in each of its voices. */
async function voices(client: Client, diagnostics: Diagnostic[]) {
  const rowSum = diagnostics.find((d) => d.code === 'row-sum')!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: rowSum.range, context: { diagnostics: [rowSum], only: ['quickfix'] } });
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 38, character: 30 } });
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  return { messages: diagnostics.map((d) => d.message), titles: actions.map((a) => a.title), hover: (hover.contents as { value: string }).value, table: symbols[2].children![0].name };
}

const CHINESE = { titles: ['将「一、本年新收政府信息公开申请数量 · 总计」改为 0', '修正本文档中所有可确定的问题'], hover: /但本格填写为 5/, table: '收到和处理政府信息公开申请情况' };
const ENGLISH = { titles: [/^Set /, /^Fix everything certain/], hover: /but the cell says 5/, table: 'Applications received and handled' };

async function assertSpeaks(client: Client, diagnostics: Diagnostic[], locale: 'zh-CN' | 'en'): Promise<void> {
  const said = await voices(client, diagnostics);
  assert.deepEqual(said.messages, messagesIn(locale));
  if (locale === 'zh-CN') {
    assert.deepEqual([said.titles, said.table], [CHINESE.titles, CHINESE.table]);
    assert.match(said.hover, CHINESE.hover);
  } else {
    assert.equal(said.titles.length, 2);
    said.titles.forEach((title, i) => assert.match(title, ENGLISH.titles[i]));
    assert.equal(said.table, ENGLISH.table);
    assert.match(said.hover, ENGLISH.hover);
  }
}

describe('xxgk.locale over the protocol', function () {
  const started: Client[] = [];
  const start = async (options: ClientOptions) => {
    const client = new Client(options);
    started.push(client);
    await client.initialize();
    return client;
  };
  after(() => Promise.all(started.map((c) => c.stop())));

  for (const [name, options, locale] of [
    ['speaks Chinese by default, in an editor whose display language is English', { displayLanguage: 'en' }, 'zh-CN'],
    ['speaks Chinese by default to a client that names no language', {}, 'zh-CN'],
    ['speaks English when xxgk.locale is "en"', { locale: 'en', displayLanguage: 'zh-cn' }, 'en'],
    ['follows the display language when xxgk.locale is "auto": English', { locale: 'auto', displayLanguage: 'en-US' }, 'en'],
    ['follows the display language when xxgk.locale is "auto": Chinese', { locale: 'auto', displayLanguage: 'zh-cn' }, 'zh-CN'],
    ['takes an unknown xxgk.locale for the default', { locale: 'fr', displayLanguage: 'en' }, 'zh-CN'],
  ] as const) {
    it(name, async () => {
      const client = await start(options);
      await assertSpeaks(client, (await client.open(uri, text)).diagnostics, locale);
    });
  }

  it('follows a change of xxgk.locale at once, for every open report', async () => {
    const client = await start({ displayLanguage: 'en', settings: {} });
    await assertSpeaks(client, (await client.open(uri, text)).diagnostics, 'zh-CN');
    client.settings = { locale: 'en' };
    const english = client.next(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await assertSpeaks(client, (await english).diagnostics, 'en');
    client.settings = { locale: 'auto' };
    const auto = client.next(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await assertSpeaks(client, (await auto).diagnostics, 'en');
    client.settings = {};
    const back = client.next(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await assertSpeaks(client, (await back).diagnostics, 'zh-CN');
  });

  it('takes the settings a client pushes when it cannot be asked for them', async () => {
    const client = await start({ displayLanguage: 'zh-cn' });
    await client.open(uri, text);
    const english = client.next(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { xxgk: { locale: 'en' } } });
    await assertSpeaks(client, (await english).diagnostics, 'en');
  });
});
