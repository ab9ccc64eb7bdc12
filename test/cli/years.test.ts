// Several years of one body in a run: each report is checked with last year's report at hand,
// whatever the order of the walk, pairing through a map (the schedule) and keeping nothing else.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Title } from '../../server/src/core';
import { readSource } from '../../server/src/cli/files';
import { readTitles } from '../../server/src/cli/titles';
import { schedule } from '../../server/src/cli/years';
import { run, scratch, yearOf } from './run';

interface JsonFile { path: string; year: number; diagnostics: { code: string; expected: number; actual: number; range: { start: { line: number } } }[] }
const carryovers = (files: JsonFile[]) => files.flatMap((f) => f.diagnostics.filter((d) => d.code === 'carryover')
  .map((d) => [path.basename(path.dirname(f.path)) + '/' + path.basename(f.path), d.expected, d.actual]));

describe('years of a body in one run', () => {
  it('schedules each body years ascending, at its first file in the walk, and keeps the rest in walk order', () => {
    const titles = new Map<string, Title>([
      ['2024/a', { organization: 'A', year: 2024 }], ['2024/b', { organization: 'B', year: 2024 }],
      ['2023/a', { organization: 'A', year: 2023 }], ['2022/a', { organization: 'A', year: 2022 }],
      ['2020/b', { organization: 'B', year: 2020 }], ['dup/a', { organization: 'A', year: 2023 }], ['copy/b', { organization: 'B', year: 2024 }],
    ]);
    const files = ['2024/a', 'notes', '2024/b', '2023/a', '2022/a', '2020/b', 'dup/a', 'copy/b'];
    const plan = schedule(files, titles);
    assert.deepEqual(plan.order, ['2022/a', '2023/a', 'dup/a', '2024/a', 'notes', '2024/b', '2020/b', 'copy/b']);
    assert.deepEqual([plan.isPrevious({ organization: 'A', year: 2023 }), plan.isPrevious({ organization: 'A', year: 2024 }), plan.isPrevious({ organization: 'B', year: 2020 })], [true, false, false]);
  });

  it('compares this year with last year when this year comes first in the walk, in another folder', () => {
    const dir = scratch();
    for (const sub of ['2023', '2024']) fs.mkdirSync(path.join(dir, sub));
    fs.writeFileSync(path.join(dir, '2023', 'z.txt'), yearOf(2023, '2\t0\t0\t0\t0\t0\t2'));
    fs.writeFileSync(path.join(dir, '2024', 'a.txt'), yearOf(2024));
    const json = JSON.parse(run(['--format', 'json', path.join(dir, '2024'), path.join(dir, '2023')]).stdout);
    assert.deepEqual(json.files.map((f: JsonFile) => f.year), [2023, 2024]);
    assert.deepEqual(carryovers(json.files), [['2024/a.txt', 2, 0], ['2024/a.txt', 2, 0]]);
  });

  it('follows a chain of three years, each against the one before only', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.txt'), yearOf(2022, '3\t0\t0\t0\t0\t0\t3'));
    fs.writeFileSync(path.join(dir, 'b.txt'), yearOf(2023, '1\t0\t0\t0\t0\t0\t1', '3\t0\t0\t0\t0\t0\t3'));
    fs.writeFileSync(path.join(dir, 'a.txt'), yearOf(2024, '0\t0\t0\t0\t0\t0\t0', '4\t0\t0\t0\t0\t0\t4'));
    fs.writeFileSync(path.join(dir, 'other.txt'), yearOf(2025).replace('偃师区缙氏镇人民政府', '偃师区府店镇人民政府'));
    const json = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.deepEqual(json.files.map((f: JsonFile) => path.basename(f.path)), ['c.txt', 'b.txt', 'a.txt', 'other.txt']);
    assert.deepEqual(carryovers(json.files), [['a.txt', 1, 4], ['a.txt', 1, 4]].map(([f, e, a]) => [`${path.basename(dir)}/${f}`, e, a]));
  });

  it('reads the same titles from the heads of files it has no room to keep', async () => {
    const dir = scratch();
    // Before the title, what a government site prints above a report: past the first 1 KB, within 8 KB.
    const preamble = Array.from({ length: 12 }, (_, i) => `索引号：11320800014078231${i}/2024-00${i}　发布机构：淮安市人民政府办公室　发布日期：2025-01-2${i % 10}`).join('\n');
    const files = {
      'short.txt': yearOf(2023),
      'preamble.txt': `${preamble}\n${yearOf(2024)}`,
      'title-only.txt': '淮安市人民政府办公室 2022 年政府信息公开工作年度报告',
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    assert.ok(Buffer.byteLength(preamble) > 1024 && Buffer.byteLength(files['preamble.txt']) < 8192);
    const paths = Object.keys(files).map((name) => path.join(dir, name));
    const read = (file: string) => readSource(file, 1 << 20);
    const roomy = await readTitles(paths, read);
    const none = await readTitles(paths, read, { converted: 0, text: 0 });
    assert.deepEqual([...roomy.titles.values()].map((t) => t.year), [2023, 2024, 2022]);
    assert.deepEqual([...none.titles], [...roomy.titles]);
    assert.deepEqual([roomy.kept.size, none.kept.size], [3, 0]);
  });
});
