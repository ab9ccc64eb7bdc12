// How a line without tabs is cut into cells (text copied from a PDF or a web page): at runs of two
// or more white-space characters or at an ideographic space, with a trailing run of numbers one
// cell per number. Most lines (all prose) have no such run and are one cell.
import { strict as assert } from 'node:assert';
import { splitCells } from '../../server/src/core/text';

const cells = (line: string) => splitCells(line).map((c) => [c.text, c.start, c.end]);

describe('splitCells on lines without tabs', () => {
  it('keeps a prose line with single spaces as one cell, trimmed', () => {
    assert.deepEqual(cells('  2024年，本机关 主动公开 政府信息 3329 条。 '), [['2024年，本机关 主动公开 政府信息 3329 条。', 2, 29]]);
  });

  it('gives a line of white space alone one empty cell', () => {
    assert.deepEqual(cells(' \u00a0 \u3000 '), [['', 5, 5]]);
    assert.deepEqual(cells(''), [['', 0, 0]]);
  });

  it('cuts at two spaces, at a space beside a no-break space, and at an ideographic space', () => {
    assert.deepEqual(cells('规章  5  0'), [['规章', 0, 2], ['5', 4, 5], ['0', 7, 8]]);
    assert.deepEqual(cells('（一）予以公开 \u00a0其他'), [['（一）予以公开', 0, 7], ['其他', 9, 11]]);
    assert.deepEqual(cells('行政许可\u3000处理决定'), [['行政许可', 0, 4], ['处理决定', 5, 9]]);
  });

  it('reads a trailing run of numbers one cell per number, after a label with single spaces', () => {
    assert.deepEqual(cells('二、本年新收 政府信息公开申请数量 12 0 3'), [
      ['二、本年新收 政府信息公开申请数量', 0, 17], ['12', 18, 20], ['0', 21, 22], ['3', 23, 24],
    ]);
  });
});
