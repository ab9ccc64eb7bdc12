// The three published PDFs read directly: every statutory cell with the value printed on the page
// (read by hand from the rendered pages), and their real defects found, no false error.
import { strict as assert } from 'node:assert';
import { check } from '../../server/src/core';
import { convertedPdf, reportOf, tableValues } from './corpus';

/** A row of table 三 whose only applicant is 自然人 (and its total). */
const natural = (n: number, total = n) => [n, 0, 0, 0, 0, 0, total];
const zeros = natural(0);

/** The value rows of table 三 as the 洪泽区 reports print them, in order ((六) is one row there, in the 2019 form). */
const HONGZE_ROWS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((row) => `（三）不予公开 ${row}`),
  '（四）无法提供 1.本机关不掌握相关政府信息', '（四）无法提供 2.没有现成信息需要另行制作', '（四）无法提供 3.补正后申请内容仍不明确',
  '（五）不予处理 1.信访举报投诉类申请', '（五）不予处理 2.重复申请', '（五）不予处理 3.要求提供公开出版物', '（五）不予处理 4.无正当理由大量反复申请', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
  '（七）总计', '四、结转下年度继续办理',
];

/** What the 洪泽区 PDFs print, read by hand from the rendered pages. */
const HONGZE = {
  'hongze-2023.pdf': {
    active: [[0, 0, 0], [0, 5, 5], [550], [4119], [195], [7730.28]],
    applications: [natural(21), zeros, zeros, natural(4), natural(1), zeros, zeros, zeros, zeros, natural(1), natural(1), zeros, natural(10), natural(3), zeros, natural(1), zeros, zeros, zeros, zeros, natural(21), zeros],
    review: [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
  },
  'hongze-2024.pdf': {
    active: [[0, 0, 0], [3, 0, 8], [9487], [2776], [84], [7545]],
    applications: [natural(95), zeros, natural(50), natural(9), zeros, zeros, natural(1), zeros, zeros, natural(1), natural(1), zeros, natural(31), natural(1), zeros, natural(1), zeros, zeros, zeros, zeros, natural(95), zeros],
    review: [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
  },
};

/** Table 二's six rows in order: 规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费. */
const activeRows = (tables: ReturnType<typeof tableValues>) => ['active-1', 'active-5', 'active-6', 'active-8'].flatMap((key) => Object.values(tables[key]));

describe('PDF: the published reports', function () {
  this.timeout(60000);

  for (const [name, printed] of Object.entries(HONGZE)) {
    it(`${name}: tables 二, 三 and 四 with the printed values`, async () => {
      const tables = tableValues(reportOf(await convertedPdf(name)));
      assert.deepEqual(activeRows(tables), printed.active);
      assert.deepEqual(HONGZE_ROWS.map((row) => tables.applications[row]), printed.applications);
      assert.deepEqual(Object.values(tables.review), [printed.review]);
    });
  }

  it('淮安市 2024: every cell of tables 二, 三 and 四 with the printed values, and not one finding', async () => {
    const converted = await convertedPdf('huaian-2024.pdf');
    const report = reportOf(converted);
    assert.deepEqual([report.organization, report.year], ['淮安市人民政府', 2024]);
    const tables = tableValues(report);
    assert.deepEqual(activeRows(tables), [[1, 0, 11], [8, 26, 66], [447228], [3985758], [88283], [96171.6]]);
    assert.deepEqual(Object.values(tables.applications), [
      [3001, 53, 0, 0, 61, 4, 3119], natural(34), [1288, 21, 0, 0, 50, 3, 1362], [447, 7, 0, 0, 0, 0, 454],
      natural(2), [30, 1, 0, 0, 0, 0, 31], natural(5), natural(6), [7, 1, 0, 0, 0, 0, 8], natural(12), natural(9), natural(105),
      [746, 12, 0, 0, 10, 1, 769], natural(11), natural(1),
      [56, 6, 0, 0, 0, 0, 62], natural(25), zeros, zeros, natural(1),
      [67, 3, 0, 0, 1, 0, 71], natural(6), [108, 2, 0, 0, 0, 0, 110],
      [2932, 53, 0, 0, 61, 4, 3050], natural(103),
    ]);
    assert.deepEqual(tables.review, { '政府信息公开行政复议、行政诉讼情况': [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20] });
    assert.deepEqual(check(report), []);
  });

  it('洪泽区 2023: table 四 prints two wrong totals, each one row-sum', async () => {
    const errors = check(reportOf(await convertedPdf('hongze-2023.pdf'))).filter((d) => d.code === 'row-sum');
    assert.deepEqual(errors.map((d) => [d.expected, d.actual]), [[11, 0], [5, 0]]);
  });

  for (const name of ['hongze-2023.pdf', 'hongze-2024.pdf']) {
    it(`${name}: the 2019 form of table 三 ((六) one row of zeros) and the misspelt 其他法律行政止公开, read as printed`, async () => {
      const converted = await convertedPdf(name);
      const lines = converted.text.split('\n');
      assert.ok(lines.some((l) => /^\t\t2\. ?其他法律行政止公开(\t0){7}$/.test(l)));
      assert.ok(lines.some((l) => /^\t（六）其他处理\t(\t0){7}$/.test(l)));
    });
  }

  for (const [name, rowSums] of [['hongze-2023.pdf', 2], ['hongze-2024.pdf', 0]] as const) {
    it(`${name}: the real defects and no other error: the misspelt label, (六)1–3 missing (2019 form), ${rowSums} wrong totals`, async () => {
      const diagnostics = check(reportOf(await convertedPdf(name)));
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
      assert.deepEqual(errors, [...Array(3).fill('missing-row'), ...Array(rowSums).fill('row-sum')]);
      const label = diagnostics.find((d) => d.code === 'label');
      assert.match(label!.message, /2\. ?其他法律行政止公开.*2\.其他法律行政法规禁止公开/);
    });
  }

  it('drops page numbers, keeps each table row one line, and maps every line to its page', async () => {
    for (const name of ['hongze-2023.pdf', 'hongze-2024.pdf', 'huaian-2024.pdf']) {
      const { text, pages } = await convertedPdf(name);
      const lines = text.split('\n').slice(0, -1);
      assert.equal(pages?.length, lines.length, name);
      assert.ok(!lines.some((l) => /^[-—]\s*\d+\s*[-—]$/.test(l.trim())), name);
      assert.ok(pages!.every((p, i) => p >= (pages![i - 1] ?? 1)), name);
    }
    const { text, pages } = await convertedPdf('hongze-2023.pdf');
    const lines = text.split('\n');
    // Table 三 runs over the page break after (四)2 (page 3) into (四)3 (page 4), unbroken.
    const last = lines.findIndex((l) => l.includes('没有现成信息需要另行制作'));
    assert.deepEqual([pages![last], pages![last + 1]], [3, 4]);
    assert.match(lines[last + 1], /补正后申请内容仍不明确/);
    assert.equal(lines[0], '洪泽区人民政府 2023 年政府信息公开工作年度报告');
  });
});
