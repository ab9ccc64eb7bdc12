// PDF, Word and web pages checked as text is (issue 8), through run() in this process: the real
// PDFs of ../shared/corpus/pdf/, read from there.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as runCli } from '../../server/src/cli/main';
import { realPdf, run as runBuilt, scratch } from './run';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, (chunk) => out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), (text) => err.push(text));
  return { status, stdout: out.join(''), stderr: err.join('\n') };
}

interface JsonDiagnostic { code: string; page?: number; range: { start: { line: number } }; expected?: number; actual?: number }

describe('xxgk-lint on PDF, Word and web pages', function () {
  this.timeout(60000);

  it('checks a real PDF and names the page of every finding (hongze-2023.pdf)', async () => {
    const text = await run([realPdf('hongze-2023.pdf')]);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /hongze-2023\.pdf:\d+:\d+: 第 4 页 错误：「政府信息公开行政复议、行政诉讼情况」的「行政复议 · 总计」应为 11.* \[row-sum\]$/m);
    const json = JSON.parse((await run(['--format', 'json', realPdf('hongze-2023.pdf')])).stdout);
    const diagnostics: JsonDiagnostic[] = json.files[0].diagnostics;
    assert.ok(diagnostics.every((d) => Number.isInteger(d.page) && d.page! >= 1));
    assert.deepEqual(diagnostics.filter((d) => d.code === 'row-sum').map((d) => [d.page, d.expected, d.actual]), [[4, 11, 0], [4, 5, 0]]);
    const csv = (await run(['--format', 'csv', realPdf('hongze-2023.pdf')])).stdout.split('\r\n');
    assert.ok(csv.filter((row) => row.includes(',row-sum,')).every((row) => /,\d+,4,row-sum,错误,/.test(row)));
  });

  it('reads a PDF in the built dist/cli.js too, its reader loaded beside it', () => {
    const r = runBuilt([realPdf('huaian-2024.pdf')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /huaian-2024\.pdf: 通过\n/);
  });

  it('prints the text of a PDF with --to-text, the lines the findings name', async () => {
    const converted = await run(['--to-text', realPdf('hongze-2023.pdf')]);
    assert.equal(converted.status, 0);
    const json = JSON.parse((await run(['--format', 'json', realPdf('hongze-2023.pdf')])).stdout);
    const sum = (json.files[0].diagnostics as JsonDiagnostic[]).find((d) => d.code === 'row-sum')!;
    assert.match(converted.stdout.split('\n')[sum.range.start.line], /复议后起诉|行政复议|10/);
  });

  it('never rewrites a PDF with --fix: says so and points to --to-text', async () => {
    const file = path.join(scratch(), 'hongze-2023.pdf');
    fs.copyFileSync(realPdf('hongze-2023.pdf'), file);
    const r = await run(['--fix', file]);
    assert.match(r.stdout, /未修正：--fix 不改写PDF文件。请用 xxgk-lint --to-text/);
    assert.ok(fs.readFileSync(file).equals(fs.readFileSync(realPdf('hongze-2023.pdf'))));
  });

  it('searches a folder for PDFs, and checks two years of a body together', async () => {
    const dir = scratch();
    for (const name of ['huaian-2024.pdf', 'hongze-2024.pdf', 'hongze-2023.pdf']) fs.copyFileSync(realPdf(name), path.join(dir, name));
    const json = JSON.parse((await run(['--format', 'json', dir])).stdout);
    assert.deepEqual(json.files.map((f: { path: string; year: number }) => [path.basename(f.path), f.year]), [['hongze-2023.pdf', 2023], ['hongze-2024.pdf', 2024], ['huaian-2024.pdf', 2024]]);
  });

  it('names a broken PDF with the reason, and still checks the other files', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\nnot really\n');
    fs.copyFileSync(realPdf('huaian-2024.pdf'), path.join(dir, 'huaian-2024.pdf'));
    const r = await run([dir]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /broken\.pdf: 无法读取这个 PDF 文件/);
    assert.match(r.stdout, /huaian-2024\.pdf: 通过/);
  });
});
