import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, parse, summarize, type LastYear } from '../../server/src/core';
import { proseFingerprints } from '../../server/src/core/check/lastYear';

const reports = path.join(__dirname, '..', 'fixtures', 'reports');
const fixture = (name: string) => fs.readFileSync(path.join(reports, name), 'utf8');
const thisYear = fixture('江北区司法局-2024.txt');
const lastYearText = fixture('江北区司法局-2023.txt');
const lastYear = summarize(parse(lastYearText), '江北区司法局-2023.txt')!;
const against = (text: string, last: LastYear | undefined = lastYear) => check(parse(text), { lastYear: last }).map((d) => [d.code, d.range.start.line, d.expected, d.actual]);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const setLine = (text: string, needle: string, edit: (line: string) => string) => text.split('\n').map((l) => (l.startsWith(needle) ? edit(l) : l)).join('\n');

describe('across years: a summary of last year\'s report', () => {
  it('is small and plain data, and a consistent pair gives nothing', () => {
    assert.equal(lastYear.year, 2023);
    assert.equal(lastYear.organization, '江北区司法局');
    assert.deepEqual(JSON.parse(JSON.stringify(lastYear)), lastYear);
    assert.ok(JSON.stringify(lastYear).length < 10000);
    assert.deepEqual(against(thisYear), []);
    // The whole report, as CheckOptions.others, is summarised the same way.
    assert.deepEqual(check(parse(thisYear), { others: [{ report: parse(lastYearText), path: 'x.txt' }] }), []);
  });

  it('carryover reads the summary', () => {
    const moved = { ...lastYear, cells: { ...lastYear.cells, 'applications/carryForward/natural': 3, 'applications/carryForward/legalService': 0 } };
    assert.deepEqual(against(thisYear, moved), [['carryover', lineOf(thisYear, '二、上年结转'), 3, 2], ['carryover', lineOf(thisYear, '二、上年结转'), 0, 1]]);
  });

  it('rollforward (2021): 现行有效 = last year\'s + 制发 − 废止', () => {
    const text = setLine(thisYear, '行政规范性文件', (l) => l.replace('3\t1\t25', '3\t1\t26')).replace('现行有效25件', '现行有效26件');
    assert.deepEqual(against(text), [['rollforward', lineOf(thisYear, '行政规范性文件\t'), 25, 26]]);
    const [d] = check(parse(text), { lastYear });
    assert.match(d.message, /2023年现行有效件数 23 \+ 本年制发件数 3 − 本年废止件数 1/);
    assert.equal(d.severity, 'warning');
  });

  it('rollforward (2019): 上一年项目数量 = last year\'s + its 本年增/减', () => {
    const y2019 = fixture('上海市人民政府办公厅-2019.txt');
    const y2020 = y2019.replace('上海市人民政府办公厅2019年', '上海市人民政府办公厅2020年').replace(/2019年1月1日起至2019年12月31日/, '2020年1月1日起至2020年12月31日');
    const last = summarize(parse(y2019), '2019.txt')!;
    const rolled = setLine(setLine(y2020, '行政许可', (l) => l.replace('45\t-2', '43\t-2')), '其他对外管理服务事项', (l) => l.replace('30\t+1', '31\t+1'));
    const fees = setLine(rolled, '行政事业性收费', (l) => l.replace('2\t-1', '1\t-1'));
    const rows = (text: string) => check(parse(text), { lastYear: last }).filter((d) => d.code === 'rollforward').map((d) => [d.range.start.line, d.expected, d.actual]);
    assert.deepEqual(rows(fees), []);
    assert.deepEqual(rows(rolled), [[lineOf(y2019, '行政事业性收费'), 1, 2]]);
  });

  it('year-over-year: a figure of 10 or more that grew or shrank more than five times is a note', () => {
    const text = setLine(thisYear, '行政许可', (l) => l.replace('126', '560'));
    const found = check(parse(text), { lastYear }).filter((d) => d.code === 'year-over-year');
    assert.deepEqual(found.map((d) => [d.severity, d.range.start.line, d.expected, d.actual]), [['information', lineOf(thisYear, '行政许可\t'), 110, 560]]);
    assert.deepEqual(against(setLine(thisYear, '行政许可', (l) => l.replace('126', '540'))), []);
  });

  it('similar-to-last-year: more than half of the prose the same, figures aside', () => {
    const copy = summarize(parse(thisYear.replace('2024 年政府', '2023 年政府').replace(/40件/g, '24件')), 'copy.txt')!;
    const [d] = check(parse(thisYear), { lastYear: copy }).filter((x) => x.code === 'similar-to-last-year');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /与 2023 年报告（copy\.txt）相同，内容雷同/);
    assert.deepEqual(check(parse(thisYear), { lastYear }).filter((x) => x.code === 'similar-to-last-year'), []);
  });

  it('a sentence\'s fingerprint reads its wording: figures, full-width digits, spaces and punctuation aside', () => {
    const prints = (prose: string) => proseFingerprints(parse(`江北区司法局2024年政府信息公开工作年度报告\n${prose}\n`));
    const [base] = prints('本年共受理政府信息公开申请40件，全部按期答复。');
    assert.equal(base.length, '本年共受理政府信息公开申请#件全部按期答复'.length);
    assert.deepEqual(prints('本年共受理政府信息公开申请１２３件， 全部按期答复。'), [base]);
    assert.deepEqual(prints('本年共受理 政府信息公开申请 4 0 件,全部按期答复'), [base]);
    assert.notDeepEqual(prints('本年共受理政府信息公开申请40件，大部分按期答复。'), [base]);
    assert.notDeepEqual(prints('本年共受理政府信息公开申请40件，全部按期答复2次。'), [base]);
    assert.deepEqual(prints('一是加强领导。'), [], 'too short to count');
  });

  it('another body or another year is not last year', () => {
    assert.deepEqual(against(setLine(thisYear, '行政规范性文件', (l) => l.replace('3\t1\t25', '3\t1\t26')).replace('现行有效25件', '现行有效26件'), { ...lastYear, organization: '江南区司法局' }), []);
    assert.deepEqual(against(setLine(thisYear, '行政规范性文件', (l) => l.replace('3\t1\t25', '3\t1\t26')).replace('现行有效25件', '现行有效26件'), { ...lastYear, year: 2022 }), []);
  });
});
