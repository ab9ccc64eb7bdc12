// The reviewer's outputs: CSV for Excel, JSON written file by file, and the converted text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { csvField } from '../../server/src/cli/output/csv';
import { check, parse } from '../../server/src/core';
import { run, scratch, seed, seedText } from './run';

/** RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function records(csv: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') field += csv[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows[rows.length - 1].push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') rows[rows.length - 1].push(field), (field = ''), rows.push([]), i++;
    else field += c;
  }
  rows.pop();
  return rows;
}

describe('xxgk-lint outputs', () => {
  it('writes CSV with a BOM, CRLF records and one row per finding, as the core finds them', () => {
    const r = run(['--format', 'csv', seed('001')]);
    assert.equal(r.status, 1);
    assert.deepEqual([...r.raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const [header, ...rows] = records(r.stdout.slice(1));
    assert.deepEqual(header, ['文件', '机关', '年度', '行', '页', '代码', '级别', '说明']);
    const core = check(parse(seedText('001')));
    assert.deepEqual(rows.map((row) => [row[1], row[2], Number(row[3]), row[4], row[5], row[7]]),
      core.map((d) => ['卫东区人民政府办公室', '2024', d.range.start.line + 1, '', d.code, d.message]));
    assert.ok(rows.every((row) => row[0] === seed('001') && ['错误', '警告', '信息'].includes(row[6])));
    assert.deepEqual(records(run(['--format', 'csv', '--locale', 'en', seed('000')]).stdout.slice(1)), [['file', 'body', 'year', 'line', 'page', 'code', 'severity', 'message']]);
  });

  it('quotes CSV fields as RFC 4180 says, and keeps a leading = as text', () => {
    assert.deepEqual(['a,b', 'say "hi"', 'two\nlines', '=SUM(A1)', 42, undefined].map(csvField), ['"a,b"', '"say ""hi"""', '"two\nlines"', "'=SUM(A1)", '42', '']);
  });

  it('names a file that is not a report in its CSV row', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'memo,1.txt'), '会议纪要\n');
    fs.copyFileSync(seed('000'), path.join(dir, 'report.txt'));
    const [, note] = records(run(['--format', 'csv', dir]).stdout.slice(1));
    assert.equal(note[0], path.join(dir, 'memo,1.txt'));
    assert.equal(note[6], '说明');
    assert.match(note[7], /^不是政府信息公开工作年度报告/);
  });

  it('writes the JSON of many files as one valid document, in the order of the walk', () => {
    const dir = scratch();
    const names = Array.from({ length: 60 }, (_, i) => `r${String(i).padStart(2, '0')}.txt`);
    names.forEach((n, i) => fs.copyFileSync(seed(`00${i % 5}`), path.join(dir, n)));
    const json = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => path.basename(f.path)), names);
    assert.equal(json.files[1].diagnostics.length, check(parse(seedText('001'))).length);
  });

  it('writes every finding of a report with more of them than are turned into JSON at once, in order', () => {
    const text = seedText('000');
    const row = text.split('\n').find((l) => l.startsWith('一、本年新收'))!;
    const many = text.replace(row, Array(600).fill(row).join('\n'));
    const file = path.join(scratch(), 'many.txt');
    fs.writeFileSync(file, many);
    const json = JSON.parse(run(['--format', 'json', file]).stdout);
    const expected = check(parse(many)).map((d) => [d.code, d.range.start.line, d.message]);
    assert.ok(expected.length > 512, `${expected.length} findings`);
    assert.deepEqual(json.files[0].diagnostics.map((d: { code: string; range: { start: { line: number } }; message: string }) => [d.code, d.range.start.line, d.message]), expected);
  });

  it('prints the text of a file with --to-text, and refuses two files', () => {
    const r = run(['--to-text', seed('002')]);
    assert.deepEqual([r.status, r.stdout], [0, seedText('002').endsWith('\n') ? seedText('002') : `${seedText('002')}\n`]);
    assert.equal(run(['--to-text', seed('002'), seed('003')]).status, 2);
  });
});
