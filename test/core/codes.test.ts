import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, fixAll, parse } from '../../server/src/core';

const root = path.join(__dirname, '..', '..');
const seeds = path.join(root, 'test', 'fixtures', 'seeds');
const seedText = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');
/** A county bureau's report in seed 000's layout with realistic numbers, and one wrong total (line 40). */
const sample = fs.readFileSync(path.join(root, 'samples', '临河县自然资源局-2024.txt'), 'utf8');
const consistent = sample.replace('(一) 予以公开\t0', '(一) 予以公开\t0').split('\n').map((l, i) => (i === 40 ? l.replace(/\t23\t$/, '\t22\t') : l)).join('\n');
const codes = (text: string) => check(parse(text)).map((d) => [d.code, d.range.start.line]);
const setCells = (text: string, line: number, from: string, to: string) => text.split('\n').map((l, i) => (i === line ? l.replace(from, to) : l)).join('\n');

describe('checks on a report with realistic numbers', () => {
  it('the sample with its total corrected is consistent', () => {
    assert.deepEqual(codes(consistent), []);
    assert.deepEqual(codes(sample), [['row-sum', 40]]);
  });

  it('a wrong part cell: row-sum and column-sum, and the fix sets that cell back', () => {
    // (一) 予以公开 · 自然人 is 17; write 19.
    const broken = setCells(consistent, 40, '\t17\t', '\t19\t');
    const found = check(parse(broken));
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['row-sum', 40], ['column-sum', 61]]);
    for (const d of found) {
      const preferred = d.fixes.find((f) => f.preferred)!;
      assert.match(preferred.title, /（一）予以公开 · 自然人」改为 17/);
      assert.equal(applyEdits(broken, preferred.edits), consistent);
    }
    assert.equal(fixAll(broken), consistent);
  });

  it('a wrong 结转下年度 cell: balance on the 四 cell', () => {
    const line = consistent.split('\n')[62];
    const broken = setCells(consistent, 62, line, line.replace(/^(四、结转下年度继续办理\t\t)(\d+)/, (_, a, v) => a + (Number(v) + 2)));
    const found = check(parse(broken)).map((d) => [d.code, d.range.start.line, d.expected, d.actual]);
    assert.deepEqual(found, [['balance', 62, 4, 6], ['row-sum', 62, 9, 7]]);
  });

  it('values that are not counts', () => {
    const broken = setCells(consistent, 45, '\t2\t1\t0', '\t—\t1O\t0');
    assert.deepEqual(codes(broken), [['invalid-number', 45], ['invalid-number', 45]]);
    assert.match(check(parse(broken))[0].message, /「—」，应填数量（非负整数），没有的填 0。/);
  });

  it('a lost row is reported, and inserted in statutory place with the values the identities give', () => {
    const lines = consistent.split('\n');
    const without = [...lines.slice(0, 47), ...lines.slice(48)].join('\n');
    const [d] = check(parse(without));
    assert.equal(d.code, 'missing-row');
    assert.match(d.message, /6\.属于四类过程性信息/);
    const restored = applyEdits(without, d.fixes[0].edits).split('\n');
    assert.equal(restored[47], '6.属于四类过程性信息\t\t2\t0\t0\t0\t1\t0\t3');
    assert.deepEqual(codes(restored.join('\n')), []);
  });

  it('a row given twice', () => {
    const lines = consistent.split('\n');
    assert.deepEqual(codes([...lines.slice(0, 49), lines[48], ...lines.slice(49)].join('\n')), [['duplicate-row', 49]]);
  });

  it('sections: missing, out of order, and a missing table', () => {
    const lines = consistent.split('\n');
    const noSix = lines.slice(0, 75).join('\n');
    const [missing] = check(parse(noSix));
    assert.deepEqual([missing.code, missing.message], ['missing-section', '缺少「六、其他需要报告的事项」。请按法定格式补上这一部分的标题和内容。']);
    assert.match(applyEdits(noSix, missing.fixes[0].edits), /\n#### 六、其他需要报告的事项$/);
    const swapped = [...lines.slice(0, 71), ...lines.slice(75), '', ...lines.slice(71, 75)].join('\n');
    assert.deepEqual(codes(swapped), [['section-order', 75]]);
    const noReview = [...lines.slice(0, 66), ...lines.slice(70)].join('\n');
    assert.deepEqual(codes(noReview), [['missing-table', 64]]);
  });

  it('label typos get the statutory wording; bracket and quote styles do not', () => {
    const typo = setCells(consistent, 61, '(七) 总计', '(七) 总记');
    const [d] = check(parse(typo));
    assert.deepEqual([d.code, d.fixes[0].edits[0].newText], ['label', '（七）总计']);
    assert.deepEqual(codes(setCells(consistent, 44, '“三安全一稳定”', '"三安全一稳定"')), []);
  });

  it('messages in English', () => {
    const [d] = check(parse(sample), { locale: 'en' });
    assert.equal(d.message, 'Row “（一）予以公开”: 总计 should be 22 (the sum of 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) but is 23. Check the row’s values; if they are right, set 总计 to 22.');
  });

  it('without fixes (the lists of findings of the CLI): the same findings, none with a fix', () => {
    const broken = setCells(consistent, 40, '\t17\t', '\t19\t');
    const lostRow = consistent.split('\n').filter((_, i) => i !== 45).join('\n');
    const texts = [broken, lostRow, ...fs.readdirSync(seeds).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'))];
    let fixed = 0;
    for (const text of texts) {
      const report = parse(text);
      const withFixes = check(report);
      const without = check(report, { fixes: false });
      fixed += withFixes.filter((d) => d.fixes.length > 0).length;
      assert.deepEqual(without.map(({ fixes, ...d }) => d), withFixes.map(({ fixes, ...d }) => d));
      assert.deepEqual(without.filter((d) => d.fixes.length > 0), []);
    }
    assert.ok(fixed >= 20, `${fixed} findings with a fix`);
  });

  it('severity can be changed or turned off per code', () => {
    assert.deepEqual(check(parse(sample), { severity: { 'row-sum': 'off' } }), []);
    assert.equal(check(parse(sample), { severity: { 'row-sum': 'warning' } })[0].severity, 'warning');
  });

  it('a 2020 report is read in the 2019 format: (五) has five sub-rows, (六) is one value row', () => {
    const lines = seedText('000').replace(/2024 ?年/g, '2020年').split('\n');
    const text = [
      ...lines.slice(0, 2), lines[2].replace('2024', '2020'), ...lines.slice(3, 16),
      '## 二、主动公开政府信息情况', '',
      '第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t0\t0\t0', '规范性文件\t2\t2\t15',
      '第二十条第（五）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t12\t-1\t340', '其他对外管理服务事项\t3\t0\t20',
      '第二十条第（六）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政处罚\t30\t2\t41', '行政强制\t4\t0\t2',
      '第二十条第（八）项', '信息内容\t上一年项目数量\t本年增/减', '行政事业性收费\t1\t0',
      '第二十条第（九）项', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t5\t126.5', '',
      ...lines.slice(33, 60).map((l) => l.replace('(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '(六) 其他处理')),
      ...lines.slice(61),
    ].filter((l) => !l.includes('2. 申请人逾期未按收费通知要求缴纳费用'));
    const report = parse(text.join('\n'));
    assert.equal(report.statute?.statute.version, '2019');
    assert.deepEqual(codes(text.join('\n')), []);
  });

  it('not a report: no format, no diagnostics', () => {
    for (const text of ['', '会议纪要\n今天讨论了三件事。', '\u0000\u0001garbage\t1\t2']) {
      const report = parse(text);
      assert.equal(report.statute, undefined);
      assert.deepEqual(check(report), []);
    }
  });

  it('keeps CRLF and a BOM through fix-all', () => {
    const crlf = '\ufeff' + sample.replace(/\n/g, '\r\n');
    const fixed = fixAll(crlf);
    assert.equal(fixed, '\ufeff' + consistent.replace(/\n/g, '\r\n'));
  });
});
