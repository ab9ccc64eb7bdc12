import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, fixAll, parse } from '../../server/src/core';

const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
const seedText = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');
const summary = (text: string) => check(parse(text)).map((d) => [d.code, d.range.start.line]);

describe('the seeds', () => {
  it('000 is consistent: no diagnostic at all', () => assert.deepEqual(summary(seedText('000')), []));

  for (const [n, line] of [['002', 68], ['003', 93]] as const) {
    it(`${n} is consistent: only a note that 六 says nothing of 信息处理费`, () => {
      assert.deepEqual(check(parse(seedText(n))).map((d) => [d.code, d.severity, d.range.start.line]), [['empty-section', 'information', line]]);
    });
  }

  it('001: lost 自然人 cells, blank ones that read as 0, the doubled label (七)总记, header debris, and the prose figure 全年办理9件', () => {
    // Rows 一, (一) and (七) hold only if their blank 自然人 is 35, 9, 35: lost values. In (二) and 四 it is 0: a blank zero.
    assert.deepEqual(summary(seedText('001')), [
      ['narrative-mismatch', 10], ['missing-cell', 46], ['missing-cell', 48], ['blank-cell', 49],
      ['label', 69], ['missing-cell', 69], ['blank-cell', 70], ['label', 75],
    ]);
    const diagnostics = check(parse(seedText('001')));
    const narrative = diagnostics[0];
    assert.equal(seedText('001').split('\n')[10].slice(narrative.range.start.character - 4, narrative.range.end.character + 1), '全年办理9件');
    assert.deepEqual([narrative.expected, narrative.actual], [45, 9]);
    const first = diagnostics[1];
    assert.match(first.message, /自然人 = 35/);
    assert.deepEqual(first.fixes[0].edits, [{ range: { start: { line: 46, character: 19 }, end: { line: 46, character: 19 } }, newText: '35' }]);
    const total7 = diagnostics.find((d) => d.code === 'missing-cell' && d.range.start.line === 69)!;
    assert.match(total7.message, /自然人 = 35，商业企业 = 0/);
  });

  it('004: short rows, 8-value rows, the two unlabelled lines, and the 14-cell row of table 四', () => {
    assert.deepEqual(summary(seedText('004')), [
      ...Array.from({ length: 16 }, (_, i): [string, number] => ['missing-cell', 41 + i]),
      ['extra-cell', 60], ['unknown-row', 61], ['extra-cell', 62], ['unknown-row', 63], ['extra-cell', 64],
      ['missing-cell', 65], ['missing-cell', 66], ['missing-cell', 73], ['empty-section', 83],
    ]);
  });

  it('no seed has a sum or balance error: their numbers are consistent', () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      assert.deepEqual(check(parse(seedText(n))).filter((d) => ['row-sum', 'column-sum', 'balance'].includes(d.code)), [], n);
    }
  });

  it('fix-all on 001 fills the deduced cells and the label, and nothing else', () => {
    const text = seedText('001');
    const fixed = fixAll(text);
    const before = text.split('\n');
    const after = fixed.split('\n');
    assert.deepEqual(before.flatMap((l, i) => (l === after[i] ? [] : [i])), [46, 48, 49, 69, 70, 75]);
    assert.equal(after[69], '\t\t(七) 总计\t35\t0\t0\t0\t10\t0\t45\t\t\t');
    assert.equal(after[75], '\t\t\t\t未经复议直接起诉\t\t\t\t复议后起诉\t\t\t\t\t\t');
    assert.deepEqual(summary(fixed), [['narrative-mismatch', 10]]);
  });

  it('fix-all on 004 completes every row it can be sure of; only the unlabelled lines remain', () => {
    const fixed = fixAll(seedText('004'));
    assert.deepEqual(summary(fixed), [['unknown-row', 61], ['unknown-row', 63], ['empty-section', 83]]);
    assert.equal(fixed.split('\n')[73], Array(15).fill('0').join('\t'));
  });

  it('each quick fix of 001 changes only its own row', () => {
    const text = seedText('001');
    for (const d of check(parse(text))) {
      for (const fix of d.fixes) {
        const lines = applyEdits(text, fix.edits).split('\n');
        const changed = text.split('\n').flatMap((l, i) => (l === lines[i] ? [] : [i]));
        assert.deepEqual(changed, [d.range.start.line], fix.title);
      }
    }
  });
});
