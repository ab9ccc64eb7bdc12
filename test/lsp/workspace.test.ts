// The carryover check across years: last year's report of the same body, open or in the workspace.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as iconv from 'iconv-lite';
import type { TextDocuments } from 'vscode-languageserver';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, parse, type LastYear } from '../../server/src/core';
import { WorkspaceReports } from '../../server/src/lsp/workspace';
import { CORPUS, convertedPdf } from '../convert/corpus';
import { docxOf } from '../convert/fixtures';
import { Client } from './client';
import { yearOf000 } from './seeds';

const ACROSS_YEARS = new Set(['carryover', 'rollforward', 'year-over-year', 'similar-to-last-year']);
/** The findings across years, as the server publishes them or the core gives them. */
const acrossYears = (ds: Pick<Diagnostic, 'code' | 'range' | 'message'>[]) => ds.filter((d) => ACROSS_YEARS.has(String(d.code))).map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]);
const carryover = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'carryover').map((d) => [d.range.start.line, d.range.start.character, d.message]);
/** What the core says of this year's report next to last year's, named as the server names it. */
const coreCarryover = (lastYear: string, name: string) =>
  check(parse(yearOf000(2024)), { others: [{ report: parse(lastYear), path: name }] }).filter((d) => d.code === 'carryover').map((d) => [d.range.start.line, d.range.start.character, d.message]);

/** A server on the workspace folder `dir`, with this year's report open as `name` in it. */
async function openIn(dir: string, name: string, text: string): Promise<{ client: Client; uri: string }> {
  const client = new Client({ workspaceFolders: [dir], settings: {} });
  await client.initialize();
  const uri = pathToFileURL(path.join(dir, name)).toString();
  await client.open(uri, text);
  return { client, uri };
}

/** Tells the server that `file` changed (2) or was deleted (3), as the editor's watcher does; resolves with the next publication for `uri` that passes `test`. */
async function heard(client: Client, uri: string, file: string, type: 2 | 3, test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
  const next = client.next(uri, test);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type }] });
  return next;
}

describe('carryover across the workspace', function () {
  const folders: string[] = [];
  const folder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-lsp-'));
    folders.push(dir);
    return dir;
  };
  after(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('compares with last year\'s report when it is open, and follows its edits', async () => {
    const client = new Client();
    await client.initialize();
    const thisYear = 'file:///reports/2024.txt';
    const lastYear = 'file:///reports/2023.txt';
    assert.deepEqual(carryover((await client.open(thisYear, yearOf000(2024))).diagnostics), []);
    const recheck = client.next(thisYear);
    await client.open(lastYear, yearOf000(2023, 2));
    const expected = coreCarryover(yearOf000(2023, 2), '2023.txt');
    assert.equal(expected.length, 2, 'the 自然人 and 总计 columns');
    assert.deepEqual(carryover((await recheck).diagnostics), expected);
    assert.match(expected[0][2] as string, /^「上年结转」的「自然人」为 0，而 2023 年报告（2023\.txt）「结转下年度继续办理」的「自然人」为 2，两者应相等。请核对后改为 2。$/);

    const mended = client.next(thisYear);
    await client.change(lastYear, 2, yearOf000(2023, 0));
    assert.deepEqual(carryover((await mended).diagnostics), []);
    await client.stop();
  });

  it('ignores another body, or a year that is not the one before', async () => {
    const client = new Client({ initializationOptions: { debounceMs: 0 } });
    await client.initialize();
    await client.open('file:///other-body.txt', yearOf000(2023, 2).replace('偃师区缙氏镇人民政府', '偃师区城关镇人民政府'));
    await client.open('file:///two-years-ago.txt', yearOf000(2022, 2));
    assert.deepEqual(carryover((await client.open('file:///2024.txt', yearOf000(2024))).diagnostics), []);
    await client.stop();
  });

  it('finds last year\'s report in a workspace folder, in UTF-8 or GBK, and hears when it changes', async () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, '2023'));
    const lastYear = path.join(dir, '2023', '年报.txt');
    fs.writeFileSync(lastYear, yearOf000(2023, 2));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# 会议记录\n');
    const { client, uri } = await openIn(dir, '2024.txt', yearOf000(2024));
    // The folder is scanned in the background; the report is checked again when the scan is done.
    const found = await client.diagnosticsWhen((p) => p.uri === uri && carryover(p.diagnostics).length > 0);
    assert.deepEqual(carryover(found.diagnostics), coreCarryover(yearOf000(2023, 2), path.join('2023', '年报.txt')));

    // Saved in GBK by another editor, with another figure. A check the settings asked for may still
    // publish the old figure after this point: wait for the publication that reads the new one.
    fs.writeFileSync(lastYear, iconv.encode(yearOf000(2023, 3), 'gb18030'));
    const expected = coreCarryover(yearOf000(2023, 3), path.join('2023', '年报.txt'));
    assert.notDeepEqual(expected, carryover(found.diagnostics));
    await heard(client, uri, lastYear, 2, (p) => isDeepStrictEqual(carryover(p.diagnostics), expected));

    fs.rmSync(lastYear);
    await heard(client, uri, lastYear, 3, (p) => carryover(p.diagnostics).length === 0);
    await client.stop();
  });

  it('reads last year\'s report from a Word file of the workspace, converted once it is wanted, and hears when it changes', async () => {
    const dir = folder();
    const lastYear = path.join(dir, '2023年报.docx');
    fs.writeFileSync(lastYear, await docxOf(yearOf000(2023, 2)));
    const { client, uri } = await openIn(dir, '2024.txt', yearOf000(2024));
    const found = await client.diagnosticsWhen((p) => p.uri === uri && carryover(p.diagnostics).length > 0);
    assert.deepEqual(carryover(found.diagnostics), coreCarryover(yearOf000(2023, 2), '2023年报.docx'));

    fs.writeFileSync(lastYear, await docxOf(yearOf000(2023, 0)));
    await heard(client, uri, lastYear, 2, (p) => carryover(p.diagnostics).length === 0);
    await client.stop();
  });

  it('reads last year\'s report from a published PDF of the workspace (converted on the server\'s thread)', async () => {
    const dir = folder();
    fs.copyFileSync(path.join(CORPUS, 'hongze-2024.pdf'), path.join(dir, 'hongze-2024.pdf'));
    // The same body's report of the next year, drafted from last year's text: its prose is last year's.
    const lastYear = (await convertedPdf('hongze-2024.pdf')).text;
    const thisYear = lastYear.replace(/2024(?= 年政府信息公开工作年度报告)/, '2025');
    assert.equal(parse(thisYear).year, 2025);
    const expected = acrossYears(check(parse(thisYear), { others: [{ report: parse(lastYear), path: 'hongze-2024.pdf' }] }));
    assert.ok(expected.some(([code]) => code === 'similar-to-last-year'));
    const { client, uri } = await openIn(dir, 'hongze-2025.txt', thisYear);
    const found = await client.diagnosticsWhen((p) => p.uri === uri && acrossYears(p.diagnostics).length > 0);
    assert.deepEqual(acrossYears(found.diagnostics), expected);
    await client.stop();
  });
});

describe('last year among the PDF, Word and web-page files of the workspace', function () {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-lsp-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // Last year's report beside the draft, three files of other kinds in a folder below: the conversion
  // reads the draft's folder first. The converter is played by `textOf`, which records what it reads.
  fs.writeFileSync(path.join(dir, '2023年报.docx'), '');
  fs.mkdirSync(path.join(dir, '其他'));
  for (const name of ['甲.docx', '乙.pdf', '丙.html']) fs.writeFileSync(path.join(dir, '其他', name), '');
  const draftOf = () => TextDocument.create(pathToFileURL(path.join(dir, '2024.txt')).toString(), 'plaintext', 1, yearOf000(2024));
  const turns = async (n: number) => { for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve)); };

  /** The workspace with `open` as its open documents; each file's text waits for `answer` where given. */
  async function workspaceWith(open: () => TextDocument[], answer?: Promise<void>) {
    const read: string[] = [];
    const lastYears: (LastYear | undefined)[] = [];
    const textOf = async (file: string) => {
      read.push(path.basename(file));
      await answer;
      return path.basename(file) === '2023年报.docx' ? yearOf000(2023, 2) : '会议纪要\n今天讨论了下一年的工作安排。\n';
    };
    const documents = { all: open, get: (uri: string) => open().find((d) => d.uri === uri) } as unknown as TextDocuments<TextDocument>;
    // As the server does: a report found among them has every open report checked again.
    const recheck = () => { for (const d of open()) lastYears.push(workspace.lastYearFor(parse(d.getText()), d.uri)); };
    const workspace: WorkspaceReports = new WorkspaceReports(documents, (d) => parse(d.getText()), textOf, recheck);
    await workspace.setFolders([dir]);
    return { workspace, read, lastYears };
  }

  it('converts them only while an open report finds no last year: once it is found, no more', async () => {
    const draft = draftOf();
    const { workspace, read, lastYears } = await workspaceWith(() => [draft]);
    assert.equal(workspace.lastYearFor(parse(draft.getText()), draft.uri), undefined);
    await turns(5);
    assert.deepEqual(read, ['2023年报.docx']);
    assert.deepEqual(lastYears.map((l) => l?.year), [2023]);
  });

  it('stops converting when the report that asked is closed', async () => {
    let draft: TextDocument | undefined = draftOf();
    let answer!: () => void;
    const { workspace, read } = await workspaceWith(() => (draft ? [draft] : []), new Promise<void>((resolve) => (answer = resolve)));
    assert.equal(workspace.lastYearFor(parse(draft.getText()), draft.uri), undefined);
    // Closed while its first file converts: whatever that file holds, nobody asks for more.
    draft = undefined;
    answer();
    await turns(5);
    assert.equal(read.length, 1);
  });
});
