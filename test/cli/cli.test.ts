import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { check, parse } from '../../server/src/core';
import { run as runInProcess } from '../../server/src/cli/main';
import { cli, run, scratch, seed } from './run';

describe('xxgk-lint', () => {
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built by npm test (pretest)'));

  it('ends quietly when its reader stops early (| head)', () => {
    const dir = scratch();
    for (let i = 0; i < 100; i++) fs.copyFileSync(seed('001'), path.join(dir, `r${i}.txt`));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" "${dir}" | head -1`], { encoding: 'utf8' });
    assert.match(r.stdout, /r0\.txt:\d+:\d+: /);
    assert.equal(r.stderr, '');
  });

  it('exits 0 on a consistent report and 1 on one with errors, naming file:line:col', () => {
    assert.equal(run([seed('000')]).status, 0);
    const broken = run([seed('001')]);
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /001_eaba220d81829207\.txt:47:21: 错误：.* \[missing-cell\]$/m);
    assert.match(broken.stdout, /:70:2: 警告：「\(七\)总记」.* \[label\]$/m);
  });

  it('prints the JSON of the contract, equal to the core', () => {
    const r = run(['--format', 'json', seed('001')]);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    const [file] = json.files;
    assert.deepEqual([file.format, file.year, file.organization], ['2021', 2024, '卫东区人民政府办公室']);
    const core = check(parse(fs.readFileSync(seed('001'), 'utf8')));
    assert.deepEqual(file.diagnostics.map((d: { code: string; range: unknown; message: string }) => [d.code, d.range, d.message]), core.map((d) => [d.code, d.range, d.message]));
    const narrative = file.diagnostics.find((d: { code: string }) => d.code === 'narrative-mismatch');
    assert.deepEqual([narrative.expected, narrative.actual, narrative.range.start.line, narrative.range.start.character], [45, 9, 10, 60]);
  });

  it('speaks English with --locale en', () => {
    assert.match(run(['--locale', 'en', seed('001')]).stdout, /has 6 of its 7 values; “自然人” is missing/);
  });

  it('prints SARIF 2.1.0 with 1-based regions', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', seed('001')]).stdout);
    assert.equal(sarif.version, '2.1.0');
    const label = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'label');
    assert.deepEqual(label.locations[0].physicalLocation.region, { startLine: 70, startColumn: 2, endLine: 70, endColumn: 7 });
  });

  it('searches folders for reports, and names a .doc with what to do', () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(seed('000'), path.join(dir, 'sub', 'a.md'));
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
    fs.writeFileSync(path.join(dir, 'old.doc'), 'not really Word');
    const json = JSON.parse(run(['--format', 'json', dir]).stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => path.basename(f.path)), ['old.doc', 'a.md']);
    assert.match(json.files[0].note, /旧版 Word 文档（\.doc）.*另存为” \.docx/);
  });

  it('fixes in place, changing only the fixed cells, and keeps GBK, BOM and CRLF', () => {
    const dir = scratch();
    const text = fs.readFileSync(seed('001'), 'utf8');
    const gbk = path.join(dir, 'gbk.txt');
    const crlf = path.join(dir, 'crlf.txt');
    fs.writeFileSync(gbk, iconv.encode(text, 'gbk'));
    fs.writeFileSync(crlf, '\ufeff' + text.replace(/\n/g, '\r\n'));
    const r = run(['--fix', gbk, crlf]);
    assert.equal(r.status, 0, r.stdout);
    const fixedGbk = iconv.decode(fs.readFileSync(gbk), 'gbk').split('\n');
    const changed = text.split('\n').flatMap((line, i) => (line === fixedGbk[i] ? [] : [i]));
    assert.deepEqual(changed, [46, 48, 49, 69, 70, 75]);
    assert.equal(fixedGbk[46], '一、本年新收政府信息公开申请数量\t\t\t35\t0\t0\t0\t10\t0\t45\t\t\t');
    const bytes = fs.readFileSync(crlf);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const fixedCrlf = bytes.toString('utf8').slice(1);
    assert.equal(fixedCrlf.split('\r\n').join('\n'), fixedGbk.join('\n'));
  });


  it('with --fix, lets an interrupt end the run only after the report being written back is in place', async () => {
    const dir = scratch();
    const [first, second] = ['a.txt', 'b.txt'].map((name) => path.join(dir, name));
    const original = fs.readFileSync(seed('001'));
    for (const file of [first, second]) fs.writeFileSync(file, original);
    const fixedCopy = path.join(scratch(), 'fixed.txt');
    fs.writeFileSync(fixedCopy, original);
    assert.equal(run(['--fix', fixedCopy]).status, 0);
    // The interrupt arrives while the first report's temporary copy is being written: the write is held there for a second.
    const preload = path.join(dir, '..', `${path.basename(dir)}-slow-write.js`);
    fs.writeFileSync(preload, `const fs = require('fs');
const write = fs.writeFileSync;
fs.writeFileSync = function (file, ...rest) {
  write.call(this, file, ...rest);
  if (!/\\.xxgk-\\d+\\.tmp$/.test(String(file))) return;
  fs.writeSync(2, 'writing\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
};
`);
    const child = spawn(process.execPath, ['--require', preload, cli, '--fix', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((ready) => child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && ready()));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((ended) => child.on('exit', (c, s) => ended([c, s])));
    assert.deepEqual([code, signal], [null, 'SIGINT']);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt', 'b.txt']);
    assert.deepEqual(fs.readFileSync(first), fs.readFileSync(fixedCopy));
    assert.deepEqual(fs.readFileSync(second), original);
  });
  it('reads standard input and, with --fix, writes only the fixed text', () => {
    const text = fs.readFileSync(seed('004'));
    const r = run(['--stdin', '--fix'], text);
    assert.equal(r.status, 0);
    const fixed = r.stdout.split('\n');
    assert.equal(fixed.length, text.toString().split('\n').length);
    assert.equal(fixed[73], Array(15).fill('0').join('\t'));
  });

  it('says what is wrong with empty, binary and non-report files, and what to do, without failing the others', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    fs.writeFileSync(path.join(dir, 'prose.txt'), '会议纪要\n今天讨论了三件事。\n');
    fs.copyFileSync(seed('000'), path.join(dir, 'report.txt'));
    const r = run([dir]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /binary\.txt: 这是二进制文件/);
    assert.match(r.stdout, /empty\.txt: 空文件/);
    assert.match(r.stdout, /prose\.txt: 不是政府信息公开工作年度报告.*如果它是年度报告，请确认/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  });

  it('exits 2 and says so when a run checked no report at all', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'prose.txt'), '会议纪要\n今天讨论了三件事。\n');
    const r = run([dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /给出的 1 个文件中没有一份可检查的政府信息公开工作年度报告，未检查任何报告/);
    const empty = run(['--format', 'json', scratch()]);
    assert.equal(empty.status, 2);
    assert.deepEqual(JSON.parse(empty.stdout), { version: 1, files: [] });
    assert.match(empty.stderr, /没有找到可检查的文件/);
  });

  it('ends the text output with one verdict line per file', () => {
    const dir = scratch();
    fs.copyFileSync(seed('000'), path.join(dir, 'a.txt'));
    fs.copyFileSync(seed('001'), path.join(dir, 'b.txt'));
    fs.writeFileSync(path.join(dir, 'c.txt'), '会议纪要\n');
    const lines = run([dir]).stdout.trimEnd().split('\n');
    const b = check(parse(fs.readFileSync(seed('001'), 'utf8')));
    const count = (s: string) => b.filter((d) => d.severity === s).length;
    assert.deepEqual(lines.slice(-4).map((l) => l.replace(dir + path.sep, '')), [
      'a.txt: 通过', `b.txt: 不通过：${count('error')} 个错误、${count('warning')} 个警告`, 'c.txt: 未检查（不是年度报告）',
      `共 3 个文件，检查了 2 份报告：${count('error')} 个错误，${count('warning')} 个警告。`,
    ]);
    assert.match(run(['--locale', 'en', path.join(dir, 'b.txt')]).stdout, /b\.txt: fail: \d+ error\(s\), \d+ warning\(s\)\n/);
  });

  it('prints its version (of package.json) and its usage, and exits 0', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) assert.deepEqual(run([flag]), { status: 0, stdout: `xxgk-lint ${version}\n`, stderr: '', raw: Buffer.from(`xxgk-lint ${version}\n`) });
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^用法 \/ usage: xxgk-lint/);
    assert.match(help.stdout, /--version/);
  });

  it('writes the findings of a file at once, in text and CSV: one write per file and one for the end', async () => {
    const dir = scratch();
    for (const n of ['001', '002', '003']) fs.copyFileSync(seed(n), path.join(dir, `${n}.txt`));
    for (const format of ['text', 'csv']) {
      const chunks: string[] = [];
      await runInProcess(['--format', format, dir], (chunk) => chunks.push(String(chunk)), () => {});
      const lines = chunks.join('').split('\n').length;
      assert.ok(lines >= 12, `${format}: ${lines} lines`);
      assert.ok(chunks.length <= 4, `${format}: ${chunks.length} writes`);
    }
  });

  it('exits 2 on usage and I/O errors', () => {
    assert.equal(run(['--format', 'xml', seed('000')]).status, 2);
    assert.equal(run([]).status, 2);
    const missing = run([path.join(scratch(), 'nope.txt')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /找不到文件或文件夹/);
  });

  it('checks carryover between two years of the same body', () => {
    const dir = scratch();
    const text = fs.readFileSync(seed('000'), 'utf8');
    fs.writeFileSync(path.join(dir, '2023.txt'), text.replace('2024 年政府信息公开工作年度报告', '2023 年政府信息公开工作年度报告')
      .replace('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', '四、结转下年度继续办理\t\t2\t0\t0\t0\t0\t0\t2'));
    fs.writeFileSync(path.join(dir, '2024.txt'), text);
    const json = JSON.parse(run(['--format', 'json', dir]).stdout);
    const carry = json.files.flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics).filter((d: { code: string }) => d.code === 'carryover');
    assert.deepEqual(carry.map((d: { expected: number; actual: number; range: { start: { line: number } } }) => [d.range.start.line, d.expected, d.actual]), [[39, 2, 0], [39, 2, 0]]);
  });
});

describe('xxgk-lint on a file too large for its memory (big-fix-heap-oom.note)', () => {
  it('refuses the file with advice, instead of running out of memory with a native stack', () => {
    const file = path.join(scratch(), 'big.txt');
    const copies = Array(600).fill(fs.readFileSync(seed('001'), 'utf8')).join('\n');
    fs.writeFileSync(file, copies);
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', cli, '--fix', file], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stdout, /big\.txt: 文件过大（\d+ MB），本次运行的内存只够处理 \d+ MB 以内的文件，因此没有读取。可以用 node --max-old-space-size=\d+ 运行 xxgk-lint/);
    assert.match(r.stdout, /big\.txt: 未检查（无法读取）/);
    assert.doesNotMatch(r.stderr, /FATAL|heap/);
    assert.equal(fs.readFileSync(file, 'utf8'), copies);
  });
});

describe('xxgk-lint tunes the engine by the length of the run', () => {
  it('is told how many files it will check before it reads any', async () => {
    const dir = scratch();
    for (const n of ['000', '001', '004']) fs.copyFileSync(seed(n), path.join(dir, `${n}.txt`));
    const told: [number, number][] = [];
    const written: string[] = [];
    const tune = (files: number) => told.push([files, written.length]);
    await runInProcess(['--format', 'json', dir, path.join(dir, 'missing.txt')], (chunk) => written.push(String(chunk)), () => {}, tune);
    assert.deepEqual(told, [[3, 0]]);
    told.length = 0;
    await runInProcess(['--to-text', seed('000')], (chunk) => written.push(String(chunk)), () => {}, tune);
    assert.deepEqual(told.map(([files]) => files), [1]);
  });
});
