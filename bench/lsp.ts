// The language server as an editor sees it, over stdio, with the default settings: edit →
// publishDiagnostics (one character typed into a total and back, sent as an incremental change,
// timed until the diagnostics of that version arrive) on a typical report (seed 000) and on two
// 1 MB reports (prose padded; tables repeated); then, on the 1 MB of tables, a quick-fix request
// and a hover: the first after an edit, and the next ones on the same version (a cache lookup).
// The baseline is the round trip of a trivial request (folding ranges of a document not open) in
// the same run. Run after `npm run build`: node --import tsx bench/lsp.ts
// (XXGK_SERVER=path/to/server.js measures another build, e.g. main's, in the same way.)
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Client } from '../test/lsp/client';
import { NEW_APPLICATIONS, seedText } from '../test/lsp/seeds';

const WARM_UP = 30;
const MB = 1024 * 1024;
const TARGETS = { typicalP95: 5, tablesP50: 50, quickFix: 5 };

interface Stats {
  p50: number;
  p95: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

async function time(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Padding to 1 MB: the seed's prose repeated inside section 五, or its table 三 repeated after the report. */
function oneMegabyte(kind: 'prose' | 'tables'): string {
  const typical = seedText('000');
  const lines = typical.split('\n');
  const block = kind === 'prose'
    ? lines.filter((l) => l.length > 100 && !l.includes('\t')).join('\n')
    : lines.slice(lines.findIndex((l) => l.startsWith('### 三、')), lines.findIndex((l) => l.startsWith('#### 四、'))).join('\n');
  const padding = Array(Math.ceil(MB / Buffer.byteLength(block))).fill(block).join('\n');
  return kind === 'prose'
    ? typical.replace('#### 五、存在的主要问题及改进情况\n', `#### 五、存在的主要问题及改进情况\n${padding}\n`)
    : `${typical}\n${padding}\n`;
}

const line = seedText('000').split('\n').findIndex((l) => l.startsWith(NEW_APPLICATIONS));
const character = NEW_APPLICATIONS.length - 1;

/** Types '1' over the total of row 一 (even versions) or '0' back (odd ones), and waits for that version's diagnostics. */
async function edit(client: Client, uri: string, version: number): Promise<Diagnostic[]> {
  const change = { range: { start: { line, character }, end: { line, character: character + 1 } }, text: version % 2 === 0 ? '1' : '0' };
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  return (await client.diagnostics(uri, version)).diagnostics;
}

async function measureEdits(client: Client, uri: string, text: string, edits: number): Promise<{ stats: Stats; version: number }> {
  await client.open(uri, text);
  const samples: number[] = [];
  let version = 2;
  for (; version < WARM_UP + edits + 2; version++) {
    const v = version;
    const took = await time(() => edit(client, uri, v));
    if (version >= WARM_UP + 2) samples.push(took);
  }
  return { stats: stats(samples), version: version - 1 };
}

async function baseline(client: Client, n: number): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + n; i++) {
    const took = await time(() => client.request('textDocument/foldingRange', { textDocument: { uri: 'file:///bench/not-open.txt' } }));
    if (i >= WARM_UP) samples.push(took);
  }
  return stats(samples);
}

/** Quick fixes for the wrong total and a hover on it: the first request after an edit, then `n` more on that version. */
async function measureRequests(client: Client, uri: string, version: number, n: number) {
  const diagnostics = await edit(client, uri, version % 2 === 0 ? version : version + 1);
  const wrong = diagnostics.find((d) => d.code === 'row-sum' && d.range.start.line === line);
  if (!wrong) throw new Error('no row-sum on the edited total');
  const quickFix = () => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: wrong.range, context: { diagnostics: [wrong], only: ['quickfix'] } });
  const hover = () => client.request('textDocument/hover', { textDocument: { uri }, position: wrong.range.start });
  const firstQuickFix = await time(quickFix);
  const quickFixes: number[] = [];
  const hovers: number[] = [];
  for (let i = 0; i < n; i++) {
    quickFixes.push(await time(quickFix));
    hovers.push(await time(hover));
  }
  const actions = await quickFix();
  return { firstQuickFix, quickFix: stats(quickFixes), hover: stats(hovers), actions: actions.map((a) => a.title) };
}

/**
 * Edits of the typical report while the three real PDFs are imported one after another (the
 * conversion runs on a thread of the server's: the edits should not wait for PDF.js), and each
 * import's time.
 */
async function measureDuringImports(client: Client): Promise<{ edits: Stats; count: number; imports: number[] }> {
  const uri = 'file:///bench/typing-during-import.txt';
  await client.open(uri, seedText('000'));
  const samples: number[] = [];
  const imports: number[] = [];
  let version = 2;
  for (const pdf of ['huaian-2024.pdf', 'hongze-2023.pdf', 'hongze-2024.pdf']) {
    let importing = true;
    const file = pathToFileURL(path.join(__dirname, '..', '..', 'shared', 'corpus', 'pdf', pdf)).toString();
    const imported = time(() => client.request('xxgk/importReport', { uri: file })).finally(() => (importing = false));
    while (importing) {
      const v = version++;
      samples.push(await time(() => edit(client, uri, v)));
    }
    imports.push(await imported);
  }
  await client.close(uri);
  return { edits: stats(samples), count: samples.length, imports };
}

async function main(): Promise<void> {
  const f = (v: number) => v.toFixed(2).padStart(7);
  const serverPath = process.env.XXGK_SERVER;
  const client = new Client({ serverPath });
  await client.initialize();
  const base = await baseline(client, 300);
  console.log(`language server ${serverPath ?? 'dist/server.js'}, default settings; ms after ${WARM_UP} warm-up edits`);
  console.log(`baseline (a trivial request's round trip): p50 ${f(base.p50)}  p95 ${f(base.p95)}`);
  const reports = [
    { name: 'typical report (seed 000)', text: seedText('000'), edits: 1000, target: `p95 ≤ ${TARGETS.typicalP95}` },
    { name: '1 MB report, prose padded', text: oneMegabyte('prose'), edits: 40, target: '' },
    { name: '1 MB report, tables repeated', text: oneMegabyte('tables'), edits: 40, target: `p50 ≤ ${TARGETS.tablesP50}` },
  ];
  let tables: { uri: string; version: number } | undefined;
  for (const { name, text, edits, target } of reports) {
    const uri = `file:///bench/${name.replace(/\W+/g, '-')}.txt`;
    const { stats: edit, version } = await measureEdits(client, uri, text, edits);
    const size = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`.padStart(8);
    console.log(`edit → diagnostics  ${name.padEnd(29)} ${size}  n=${String(edits).padEnd(3)}  p50 ${f(edit.p50)}  p95 ${f(edit.p95)}  max ${f(edit.max)}   p50 ${f(edit.p50 / base.p50)}× baseline   target ${target || '—'}`);
    if (name.includes('tables')) tables = { uri, version };
    else await client.close(uri);
  }
  const during = await measureDuringImports(client);
  console.log(`edit → diagnostics  typical report, while 3 PDFs import  n=${during.count}  p50 ${f(during.edits.p50)}  p95 ${f(during.edits.p95)}  max ${f(during.edits.max)};  imports ${during.imports.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  const requests = await measureRequests(client, tables!.uri, tables!.version, 50);
  console.log(`1 MB of tables: quick fix, first after an edit ${f(requests.firstQuickFix)}; next ones p50 ${f(requests.quickFix.p50)}  p95 ${f(requests.quickFix.p95)} (${f(requests.quickFix.p50 / base.p50)}× baseline, target ≤ ${TARGETS.quickFix});  hover p50 ${f(requests.hover.p50)}  p95 ${f(requests.hover.p95)}`);
  console.log(`  offered: ${requests.actions.join(' | ')}`);
  await client.stop();
}

void main();
