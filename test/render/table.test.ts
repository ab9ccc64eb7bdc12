import { strict as assert } from 'node:assert';
import { check, parse } from '../../server/src/core';
import { renderReport } from '../../server/src/core/render';
import { all, attr, fragment, grid, placesOf, tableByKey, tag, visibleText, type Node } from './dom';
import { consistent, sample, seeds } from './fixtures';

function rendered(text: string): Node {
  const report = parse(text);
  return fragment(renderReport(report, check(report)));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the renderer draws the statutory tables as the format draws them', () => {
  it('table 三: 申请人情况 over every column, 法人或其他组织 over its five, group labels spanning their rows', () => {
    const g = grid(tableByKey(rendered(consistent), 'applications'));
    // Three header rows, three label columns, seven value columns.
    assert.equal(g[0].length, 10);
    assert.deepEqual(placesOf(g, '申请人情况'), { rows: [0], columns: range(3, 9) });
    assert.deepEqual(placesOf(g, '自然人'), { rows: [1, 2], columns: [3] });
    assert.deepEqual(placesOf(g, '法人或其他组织'), { rows: [1], columns: range(4, 8) });
    assert.deepEqual(placesOf(g, '商业企业'), { rows: [2], columns: [4] });
    assert.deepEqual(placesOf(g, '其他'), { rows: [2], columns: [8] });
    assert.deepEqual(placesOf(g, '总计'), { rows: [1, 2], columns: [9] });
    // Body rows start at 3: 一, 二, then 三's 22 rows ((一) … (七)), then 四.
    assert.deepEqual(placesOf(g, '一、本年新收政府信息公开申请数量'), { rows: [3], columns: [0, 1, 2] });
    assert.deepEqual(placesOf(g, '三、本年度办理结果'), { rows: range(5, 26), columns: [0] });
    assert.deepEqual(placesOf(g, '（一）予以公开'), { rows: [5], columns: [1, 2] });
    assert.deepEqual(placesOf(g, '（三）不予公开'), { rows: range(7, 14), columns: [1] });
    assert.deepEqual(placesOf(g, '1.属于国家秘密'), { rows: [7], columns: [2] });
    assert.deepEqual(placesOf(g, '（六）其他处理'), { rows: range(23, 25), columns: [1] });
    assert.deepEqual(placesOf(g, '（七）总计'), { rows: [26], columns: [1, 2] });
    assert.deepEqual(placesOf(g, '四、结转下年度继续办理'), { rows: [27], columns: [0, 1, 2] });
    assert.equal(g.length, 28);
    // The values as written: 一 is 41 9 0 1 4 2 57.
    assert.deepEqual(g[3].slice(3).map((c) => visibleText(c)), ['41', '9', '0', '1', '4', '2', '57']);
  });

  it('table 四: 行政复议 over five, 行政诉讼 over ten, 未经复议直接起诉 and 复议后起诉 over five each, no label column', () => {
    const g = grid(tableByKey(rendered(consistent), 'review'));
    assert.equal(g[0].length, 15);
    assert.deepEqual(placesOf(g, '行政复议'), { rows: [0], columns: range(0, 4) });
    assert.deepEqual(placesOf(g, '行政诉讼'), { rows: [0], columns: range(5, 14) });
    assert.deepEqual(placesOf(g, '未经复议直接起诉'), { rows: [1], columns: range(5, 9) });
    assert.deepEqual(placesOf(g, '复议后起诉'), { rows: [1], columns: range(10, 14) });
    assert.deepEqual(placesOf(g, '结果维持').columns, [0, 5, 10]);
    assert.deepEqual(placesOf(g, '结果维持').rows, [1, 2]);
    assert.equal(g.length, 4);
  });

  it('headers are <th> with a scope, the table has a caption', () => {
    const table = tableByKey(rendered(consistent), 'applications');
    assert.equal(all(table, tag('caption')).length, 1);
    for (const th of all(table, tag('th'))) assert.match(attr(th, 'scope') ?? '', /^(col|colgroup|row|rowgroup)$/);
    assert.equal(all(table, (n) => n.tagName === 'th' && attr(n, 'scope') === 'rowgroup').length, 5);
  });

  for (const { name, text } of [...seeds, { name: 'sample', text: sample }]) {
    it(`seed ${name}: every value cell shows the text at its place, and a click there finds it`, () => {
      const lines = text.split(/\r\n|\n|\r/);
      const root = rendered(text);
      const tables = all(root, tag('table'));
      assert.ok(tables.length >= 2, 'tables 三 and 四 at least');
      const valueCells = tables.flatMap((t) => all(t, (n) => n.tagName === 'td' && attr(n, 'data-line') !== undefined && !/lost|blank|unaligned/.test(attr(n, 'class') ?? '')));
      assert.ok(valueCells.length > 30, `${valueCells.length} value cells`);
      for (const td of valueCells) {
        const line = Number(attr(td, 'data-line'));
        const character = Number(attr(td, 'data-character'));
        const shown = visibleText(td).trim().split(/\s/)[0];
        assert.equal(lines[line].slice(character, character + shown.length), shown, `line ${line}:${character}`);
      }
    });
  }
});
