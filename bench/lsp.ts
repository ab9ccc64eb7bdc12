// Edit → publishDiagnostics latency over LSP (stdio), as an editor sees it: one character typed
// into a total and back, sent as an incremental change, timed until the diagnostics of that version
// arrive. On a typical report (seed 000) and on two 1 MB reports (prose padded; tables repeated),
// with the debounce off (the server's own work) and at its default. The baseline is the round trip
// of a trivial request (folding ranges of a document not open) in the same run.
// Run after `npm run build`: node --import tsx bench/lsp.ts
import { Client } from '../test/lsp/client';
import { NEW_APPLICATIONS, seedText } from '../test/lsp/seeds';

const WARM_UP = 30;
const MB = 1024 * 1024;

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

async function measure(client: Client, name: string, text: string, edits: number): Promise<{ edit: Stats; base: Stats }> {
  const uri = `file:///bench/${name.replace(/\W+/g, '-')}.txt`;
  await client.open(uri, text);
  const line = text.split('\n').findIndex((l) => l.startsWith(NEW_APPLICATIONS));
  const character = NEW_APPLICATIONS.length - 1;
  const samples: number[] = [];
  for (let version = 2; version < WARM_UP + edits + 2; version++) {
    const change = { range: { start: { line, character }, end: { line, character: character + 1 } }, text: version % 2 === 0 ? '1' : '0' };
    const took = await time(async () => {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await client.diagnostics(uri, version);
    });
    if (version >= WARM_UP + 2) samples.push(took);
  }
  const base: number[] = [];
  for (let i = 0; i < WARM_UP + edits; i++) {
    const took = await time(() => client.request('textDocument/foldingRange', { textDocument: { uri: 'file:///bench/not-open.txt' } }));
    if (i >= WARM_UP) base.push(took);
  }
  await client.close(uri);
  return { edit: stats(samples), base: stats(base) };
}

async function main(): Promise<void> {
  const f = (v: number) => v.toFixed(2).padStart(7);
  const reports = [
    { name: 'typical report (seed 000)', text: seedText('000'), edits: 300 },
    { name: '1 MB report, prose padded', text: oneMegabyte('prose'), edits: 40 },
    { name: '1 MB report, tables repeated', text: oneMegabyte('tables'), edits: 40 },
  ];
  console.log(`edit → publishDiagnostics over stdio, ms (after ${WARM_UP} warm-up edits); baseline: a trivial request's round trip`);
  for (const debounceMs of [0, 50]) {
    const client = new Client({ initializationOptions: { debounceMs } });
    await client.initialize();
    for (const { name, text, edits } of reports) {
      const { edit, base } = await measure(client, name, text, edits);
      const size = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`.padStart(8);
      console.log(`debounce ${String(debounceMs).padStart(2)} ms  ${name.padEnd(29)} ${size}  n=${String(edits).padEnd(3)}  p50 ${f(edit.p50)}  p95 ${f(edit.p95)}  max ${f(edit.max)}   baseline p50 ${f(base.p50)} p95 ${f(base.p95)}   p50 ratio ${f(edit.p50 / base.p50)}×`);
    }
    await client.stop();
  }
}

void main();
