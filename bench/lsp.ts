// Edit → diagnostics latency over LSP (stdio), on a typical report and on a 1 MB one, with the
// debounce off so the figure is the server's own work; a trivial request's round trip in the same
// run is the baseline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '../test/lsp/client';

const seeds = path.join(__dirname, '..', 'test', 'fixtures', 'seeds');
const seed = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(client: Client, name: string, text: string, edits: number): Promise<void> {
  const uri = `file:///bench-${name}.txt`;
  await client.open(uri, text);
  const lines = text.split('\n');
  const samples: number[] = [];
  for (let version = 2; version < edits + 2; version++) {
    // Type a digit into the first total of table 三 and back, as a person correcting it would.
    const edited = version % 2 === 0 ? text.replace('一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0', '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t1') : text;
    const start = process.hrtime.bigint();
    await client.change(uri, version, edited);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const base: number[] = [];
  for (let i = 0; i < edits; i++) {
    const start = process.hrtime.bigint();
    await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///none.txt' } });
    base.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const f = (v: number) => v.toFixed(2).padStart(7);
  console.log(`${name.padEnd(22)} ${String(lines.length).padStart(6)} lines  edit→diagnostics p50 ${f(percentile(samples, 50))} p95 ${f(percentile(samples, 95))} max ${f(Math.max(...samples))} ms   round-trip baseline p50 ${f(percentile(base, 50))} ms`);
}

async function main(): Promise<void> {
  const client = new Client();
  await client.initialize('zh-CN', { settings: { debounceMs: 0 } });
  const typical = seed('000');
  await measure(client, 'typical report (000)', typical, 200);
  const prose = typical.split('\n').filter((l) => l.length > 100 && !l.includes('\t')).join('\n');
  const padding = Array(Math.ceil(1048576 / Buffer.byteLength(prose))).fill(prose).join('\n');
  await measure(client, '1 MB report', typical.replace('#### 五、存在的主要问题及改进情况\n', `#### 五、存在的主要问题及改进情况\n${padding}\n`), 30);
  await client.stop();
}

void main();
