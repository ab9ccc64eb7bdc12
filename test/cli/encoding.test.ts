// Text files in every encoding a report arrives in, and --fix that never rewrites bytes it cannot
// read back (reproducers cli-fix-double-bom.txt, cli-fix-gbk-invalid-byte.txt, cli-invalid-utf8-hides-errors.txt).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { decodeText, encodeText, type Decoded } from '../../server/src/convert/encoding';
import { cli, repro, run, scratch, seedText } from './run';

const decoded = (bytes: Uint8Array): Decoded => {
  const d = decodeText(bytes);
  assert.ok(!('problem' in d), 'decodes');
  return d;
};
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]));
};

describe('decodeText and encodeText', () => {
  const text = seedText('001');

  for (const [name, bytes, encoding, bom] of [
    ['UTF-8', Buffer.from(text), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.from(`\ufeff${text}`), 'utf-8', true],
    ['UTF-16 LE with BOM (Word "Unicode text")', utf16(text, 'le'), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16(text, 'be'), 'utf-16be', true],
    ['GBK', iconv.encode(text, 'gbk'), 'gb18030', false],
  ] as const) {
    it(`reads ${name} and writes back the same bytes`, () => {
      const d = decoded(bytes);
      assert.deepEqual([d.text, d.encoding, d.bom, d.faithful, d.badLines], [text, encoding, bom, true, []]);
      assert.ok(Buffer.from(encodeText(d.text, d)).equals(bytes));
    });
  }

  it('keeps a second BOM as text (cli-fix-double-bom.txt)', () => {
    const bytes = fs.readFileSync(repro('cli-fix-double-bom.txt'));
    const d = decoded(bytes);
    assert.equal(d.text.charCodeAt(0), 0xfeff);
    assert.equal(d.faithful, true);
    assert.ok(Buffer.from(encodeText(d.text, d)).equals(bytes));
  });

  it('reads UTF-8 with one stray byte as UTF-8 and names its line (cli-invalid-utf8-hides-errors.txt)', () => {
    const d = decoded(fs.readFileSync(repro('cli-invalid-utf8-hides-errors.txt')));
    assert.deepEqual([d.encoding, d.faithful, d.badLines], ['utf-8', false, [83]]);
    assert.match(d.text, /温县行政审批和政务信息管理局 2024 年政府信息公开工作年度报告/);
  });

  it('reads GBK with an invalid byte as GBK, unfaithful on its line (cli-fix-gbk-invalid-byte.txt)', () => {
    const d = decoded(fs.readFileSync(repro('cli-fix-gbk-invalid-byte.txt')));
    assert.deepEqual([d.encoding, d.faithful, d.badLines], ['gb18030', false, [0]]);
  });

  it('refuses empty and binary files, and takes a lone surrogate in UTF-16 as unfaithful', () => {
    assert.deepEqual(decodeText(new Uint8Array()), { problem: { zh: '空文件。', en: 'The file is empty.' } });
    assert.match((decodeText(Buffer.from([0x50, 0x4b, 3, 4, 0, 0])) as { problem: { zh: string } }).problem.zh, /二进制/);
    const lone = Buffer.from([0xff, 0xfe, 0x41, 0, 0x0a, 0, 0x00, 0xd8, 0x42, 0]);
    assert.deepEqual([decoded(lone).faithful, decoded(lone).badLines], [false, [1]]);
  });
});

describe('xxgk-lint on odd encodings', () => {
  it('finds the row-sum error of a UTF-8 report with a stray byte and notes the byte (cli-invalid-utf8-hides-errors.txt)', () => {
    const r = run([repro('cli-invalid-utf8-hides-errors.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /cli-invalid-utf8-hides-errors\.txt: 按 UTF-8 读取，但第 84 行有无法解码的字节/);
    assert.match(r.stdout, /cli-invalid-utf8-hides-errors\.txt:51:\d+: 错误：.* \[row-sum\]$/m);
  });

  for (const name of ['cli-fix-gbk-invalid-byte.txt', 'cli-invalid-utf8-hides-errors.txt']) {
    it(`refuses to --fix ${name}, whose bytes do not read back, and writes nothing`, () => {
      const file = path.join(scratch(), name);
      fs.copyFileSync(repro(name), file);
      const r = run(['--fix', file]);
      assert.match(r.stdout, /未修正：此文件的部分字节无法原样读回/);
      assert.ok(fs.readFileSync(file).equals(fs.readFileSync(repro(name))));
      assert.equal(r.status, 1, 'the errors it did not fix are still reported');
      const piped = run(['--stdin', '--fix'], fs.readFileSync(repro(name)));
      assert.deepEqual([piped.status, piped.raw.length], [2, 0]);
      assert.match(piped.stderr, /未修正/);
    });
  }

  it('fixes cli-fix-double-bom.txt keeping both BOMs: only the total changes', () => {
    const file = path.join(scratch(), 'double-bom.txt');
    const before = fs.readFileSync(repro('cli-fix-double-bom.txt'));
    fs.copyFileSync(repro('cli-fix-double-bom.txt'), file);
    run(['--fix', file]);
    const after = fs.readFileSync(file);
    assert.equal(after.length, before.length);
    const changed = [...before].flatMap((b, i) => (after[i] === b ? [] : [i]));
    assert.deepEqual(changed.map((i) => [String.fromCharCode(before[i]), String.fromCharCode(after[i])]), [['2', '1']]);
  });

  it('checks and fixes a UTF-16 report (Word "Unicode text") in UTF-16', () => {
    const file = path.join(scratch(), 'unicode.txt');
    fs.writeFileSync(file, utf16(seedText('001'), 'le'));
    assert.match(run([file]).stdout, /unicode\.txt:47:21: 错误：.* \[missing-cell\]$/m);
    run(['--fix', file]);
    const fixed = fs.readFileSync(file);
    assert.deepEqual([...fixed.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(fixed.subarray(2).toString('utf16le').split('\n')[46], '一、本年新收政府信息公开申请数量\t\t\t35\t0\t0\t0\t10\t0\t45\t\t\t');
    assert.equal(run([file]).status, 0);
  });

  it('fixes a folder of short reports, each read whole for its title before the check, each in its own encoding', () => {
    const dir = scratch();
    const line47 = '一、本年新收政府信息公开申请数量\t\t\t35\t0\t0\t0\t10\t0\t45\t\t\t';
    const files: Record<string, Buffer> = {
      'a-unicode.txt': utf16(seedText('001'), 'le'),
      'b-gbk.txt': iconv.encode(seedText('001'), 'gbk'),
      'c-double-bom.txt': fs.readFileSync(repro('cli-fix-double-bom.txt')),
    };
    for (const [name, bytes] of Object.entries(files)) {
      assert.ok(bytes.length < 8192, `${name} is short enough to be read whole with its title`);
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    run(['--fix', dir]);
    const after = (name: string) => fs.readFileSync(path.join(dir, name));
    assert.deepEqual([...after('a-unicode.txt').subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(after('a-unicode.txt').subarray(2).toString('utf16le').split('\n')[46], line47);
    assert.equal(iconv.decode(after('b-gbk.txt'), 'gbk').split('\n')[46], line47);
    const before = files['c-double-bom.txt'];
    const changed = [...before].flatMap((b, i) => (after('c-double-bom.txt')[i] === b ? [] : [i]));
    assert.deepEqual(changed.map((i) => [String.fromCharCode(before[i]), String.fromCharCode(after('c-double-bom.txt')[i])]), [['2', '1']]);
  });

  it('keeps iconv-lite out of dist/cli.js: it is built beside it, for GBK files only', () => {
    const bundle = fs.readFileSync(cli, 'utf8');
    assert.doesNotMatch(bundle, /iconv-lite internal error/);
    assert.ok(fs.existsSync(path.join(path.dirname(cli), 'iconv-lite.js')));
    const gbk = path.join(scratch(), 'gbk.txt');
    fs.writeFileSync(gbk, iconv.encode(seedText('001'), 'gbk'));
    assert.match(run([gbk]).stdout, /gbk\.txt:47:21: 错误：.* \[missing-cell\]$/m);
  });
});
