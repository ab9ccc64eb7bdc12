import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, parse } from '../../server/src/core';

const reports = path.join(__dirname, '..', 'fixtures', 'reports');
const fixture = (name: string) => fs.readFileSync(path.join(reports, name), 'utf8');
const jiangbei = fixture('江北区司法局-2024.txt');
const shanghai = fixture('上海市人民政府办公厅-2019.txt');
const found = (text: string, code: string) => check(parse(text)).filter((d) => d.code === code);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const body = (text: string, heading: string, next: string | undefined, replacement: string) => {
  const start = text.indexOf(heading) + heading.length;
  const end = next ? text.indexOf(next) : text.length;
  return text.slice(0, start) + replacement + text.slice(end);
};

describe('sections, headings and years', () => {
  it('empty-section: 五 blank or only 无 is a warning; 六 only 无 in a 2021 report is a note on 信息处理费', () => {
    const five = '#### 五、存在的主要问题及改进情况';
    const six = '#### 六、其他需要报告的事项';
    for (const nothing of ['\n\n', '\n\n无\n\n', '\n\n暂无。\n\n']) {
      const [d, ...rest] = found(body(jiangbei, five, six, nothing), 'empty-section');
      assert.deepEqual([d.severity, d.range.start.line, rest.length], ['warning', lineOf(jiangbei, five), 0]);
      assert.match(d.message, /没有实际内容/);
    }
    const blankSix = found(body(jiangbei, six, undefined, '\n'), 'empty-section');
    assert.deepEqual(blankSix.map((d) => d.severity), ['warning']);
    const onlyNone = found(body(jiangbei, six, undefined, '\n\n无\n'), 'empty-section');
    assert.deepEqual(onlyNone.map((d) => [d.severity, d.message]), [['information', '「六、其他需要报告的事项」未说明信息处理费的收取情况（即使未收取，也宜写明）。']]);
    assert.deepEqual(found(jiangbei, 'empty-section'), []);
    // 2019 format: 六 need not speak of fees, but only 无 says nothing.
    assert.deepEqual(found(shanghai, 'empty-section'), []);
    assert.deepEqual(found(shanghai.replace('本年度无其他需要报告的事项。', '无'), 'empty-section').map((d) => d.severity), ['warning']);
  });

  it('heading-numbering: a section numbered out of step, fixed to its statutory numeral', () => {
    const text = jiangbei.replace('#### 五、存在的主要问题', '#### 四、存在的主要问题').replace('#### 六、其他需要', '#### 五、其他需要');
    const ds = found(text, 'heading-numbering');
    assert.deepEqual(ds.map((d) => d.range.start.line), [lineOf(jiangbei, '五、存在的'), lineOf(jiangbei, '六、其他需要')]);
    assert.match(ds[0].message, /应为「五」/);
    assert.equal(applyEdits(applyEdits(text, ds[1].fixes[0].edits), ds[0].fixes[0].edits), jiangbei);
    assert.deepEqual(check(parse(text)).map((d) => d.code), ['heading-numbering', 'heading-numbering']);
  });

  it('heading-numbering: sub-topics of 总体情况 numbered as sections, fixed to （二）', () => {
    const text = jiangbei.replace('(二) 依申请公开：', '二、依申请公开：').replace('(五) 监督保障：', '五、监督保障：');
    const ds = found(text, 'heading-numbering');
    assert.deepEqual(ds.map((d) => d.range.start.line), [lineOf(jiangbei, '(二) 依申请公开'), lineOf(jiangbei, '(五) 监督保障')]);
    assert.match(applyEdits(text, ds[0].fixes[0].edits), /\n（二）依申请公开：/);
    assert.deepEqual(check(parse(text)).map((d) => d.code), ['heading-numbering', 'heading-numbering']);
  });

  it('year-mismatch: the statistics period, and a year later than the next in the text', () => {
    const period = found(jiangbei.replace('自2024年1月1日起至2024年12月31日止', '自2023年1月1日起至2023年12月31日止'), 'year-mismatch');
    assert.deepEqual(period.map((d) => d.range.start.line), [3, 3]);
    assert.match(period[0].message, /2023 年，与标题的 2024 年不一致/);
    const copied = jiangbei.replace('# 江北区司法局 2024 年', '# 江北区司法局 2020 年').replace(/2020/g, '2020');
    const later = found(copied, 'year-mismatch');
    // The period says 2024 (twice); the text says 2024 and 2025 where the title says 2020.
    assert.ok(later.length >= 4, String(later.length));
    assert.ok(later.every((d) => /202[45]/.test(copied.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character))));
  });

  it('year-mismatch leaves legitimate years alone: next year\'s plans, laws\' years, document numbers, last year', () => {
    assert.deepEqual(found(jiangbei, 'year-mismatch'), []);
    assert.deepEqual(found(shanghai, 'year-mismatch'), []);
    const lastYear = jiangbei.replace('2025年，我局将', '对照2023年存在的问题，2025年，我局将');
    assert.deepEqual(found(lastYear, 'year-mismatch'), []);
  });
});
