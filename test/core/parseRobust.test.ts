// The parser on hostile text (issue 11): it never throws, and no line or document costs more than
// linear time. Each reproducer is read from ../shared/repro/; the perf ones are run at 16 times
// their size, where the quadratic parser took minutes: mocha's timeout is the guard.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse, type Report } from '../../server/src/core';

const repro = path.join(__dirname, '..', '..', '..', 'shared', 'repro');
const read = (name: string) => fs.readFileSync(path.join(repro, name), 'utf8');
const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
const seedText = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');

/** Each statutory row read, by key, with its values. */
function rowsOf(report: Report): string[] {
  return report.tables.flatMap((t) => t.rows.map((r) => `${t.index.spec.key}.${r.row === undefined ? '?' : t.index.spec.rows[r.row].key} ${r.values.map((v) => v.text).join(' ')}`));
}

/** The repro's longest line, its run of `filler` made `times` as long. */
function grown(name: string, filler: string, times: number): string {
  const text = read(name);
  const at = text.indexOf(filler.repeat(64));
  assert.ok(at >= 0, `${name} holds a run of ${JSON.stringify(filler)}`);
  return text.slice(0, at) + filler.repeat(((text.length - at) / filler.length) * times) + text.slice(at);
}

describe('the parser on hostile text', function () {
  this.timeout(10000);

  it('crash-group-label-trailing-tab.txt: a group label followed only by empty cells is a group label', () => {
    assert.deepEqual(parse(read('crash-group-label-trailing-tab.txt')).tables, []);
    // Inside table 三, after a page footer: the table reads on, the group label adds no row.
    const lines = seedText('000').split('\n');
    const at = lines.findIndex((l) => l.includes('1.属于国家秘密'));
    const withFooter = [...lines.slice(0, at), '第 3 页', '', '（三）不予公开\t\t\t', '三、本年度办理结果\t', ...lines.slice(at)].join('\n');
    assert.deepEqual(rowsOf(parse(withFooter)), rowsOf(parse(lines.join('\n'))));
  });

  it('fix-remark-cell-grows-row.txt: a trailing remark cell is a remark, the values before it are found', () => {
    const table = parse(read('fix-remark-cell-grows-row.txt')).tables[0];
    const row = table.rows.find((r) => r.row === table.index.row('disclosed'))!;
    assert.deepEqual(row.values.map((v) => v.value), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row.remarks?.map((c) => c.text), ['说明']);
    assert.equal(row.alignment, 'exact');
    for (const remark of ['（注）', '𝟏', '𠮷', '说明\t']) {
      const text = read('fix-remark-cell-grows-row.txt').replace('说明', remark);
      const again = parse(text).tables[0].rows.find((r) => r.row === table.index.row('disclosed'))!;
      assert.equal(again.values.length, 7, remark);
    }
  });

  it('perf-heading-spaces.txt: a heading with a run of 512 K spaces', () => {
    const text = grown('perf-heading-spaces.txt', ' ', 16);
    const report = parse(text);
    // 总 … 体 is no section title; the same line with 总体情况 is.
    assert.deepEqual(report.sections, []);
    assert.deepEqual(parse(text.replace(/体\s*$/, '体情况')).sections.map((s) => s.spec.numeral), ['一']);
  });

  it('perf-title-hashes.txt: a first line of 1 M `#` before the title', () => {
    const report = parse(grown('perf-title-hashes.txt', '#', 16));
    assert.equal(report.year, 2024);
  });

  it('perf-trailing-numbers-line.txt: a line of 256 K numbers and a remark, without tabs', () => {
    const text = grown('perf-trailing-numbers-line.txt', ' 1', 16);
    const report = parse(text);
    const long = report.lines.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    assert.equal(long.cells[long.cells.length - 1].text, '1');
    assert.ok(long.cells[0].text.endsWith('说明'));
  });

  it('perf-many-tables-missing-rows.txt: 2,000 tables repeated to 1 MB parse in linear time', () => {
    const text = read('perf-many-tables-missing-rows.txt');
    const once = parse(text).tables.length;
    assert.equal(parse(text.repeat(4)).tables.length, once * 4);
  });

  it('range-lone-cr-shifts-editor-lines.txt: lines are the editor\'s, each cell where the editor shows it', () => {
    const text = read('range-lone-cr-shifts-editor-lines.txt');
    const editorLines = text.split(/\r\n|\n|\r/);
    const report = parse(text);
    assert.equal(report.lines.length, editorLines.length);
    const values = report.tables.flatMap((t) => t.rows.flatMap((r) => r.values.map((v) => [r.line, v] as const)));
    assert.ok(values.length > 0);
    for (const [line, cell] of values) assert.equal(editorLines[line].slice(cell.start, cell.end), cell.text);
  });

  it('never throws, on seeds cut and spliced with PDF debris, markers, remarks and line breaks of every kind', () => {
    const pieces = [
      '\t', '  ', '   ', '\u3000', '\r', '\n', '\r\n', '#', '## ', '-3-', '第 3 页', '（三）不予公开', '三、本年度办理结果', '三 、本 年 度办 理 结果',
      '（二）部分公开（区分处理的，只计这一情', '形，不计其他情形）', '1.属于国家秘密', '5.要求行政机关确认或重新出', '0', '12', '-1', '1.5', '说明', '𠮷',
      '申请人情况', '自然人', '总计', '行政复议', '结果维持', '第二十条第（一）项', '信息内容', '2024年政府信息公开工作年度报告', '四、结转下年度继续办理',
    ];
    const seedLines = seedText('001').split('\n');
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...seedLines), fc.string()), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => {
      const report = parse(t);
      for (const table of report.tables) for (const row of table.rows) assert.ok(row && row.line < report.lines.length);
    }), { numRuns: 300 });
  });
});
