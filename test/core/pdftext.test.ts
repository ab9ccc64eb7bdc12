// Text copied from the three real PDFs (issue 8): every statutory cell of tables 二, 三 and 四 read
// with the value the PDF prints (read by hand from the pages rendered by pdftoppm), no false
// error, and the real defects found.
import { strict as assert } from 'node:assert';
import { check, parse, type Report } from '../../server/src/core';
import { pdfText, type PdfTextMode } from './pdftext';

type Tables = Record<string, Record<string, string>>;

/** Table 二's four blocks, as the three reports print them. */
const hongze2023: Tables = {
  'active-1': { rules: '0 0 0', normative: '0 5 5' },
  'active-5': { licensing: '550' },
  'active-6': { penalty: '4119', enforcement: '195' },
  'active-8': { fees: '7730.28' },
  applications: {
    new: '21 0 0 0 0 0 21', carried: '0 0 0 0 0 0 0', disclosed: '0 0 0 0 0 0 0', partial: '4 0 0 0 0 0 4',
    denied1: '1 0 0 0 0 0 1', denied2: '0 0 0 0 0 0 0', denied3: '0 0 0 0 0 0 0', denied4: '0 0 0 0 0 0 0',
    denied5: '0 0 0 0 0 0 0', denied6: '1 0 0 0 0 0 1', denied7: '1 0 0 0 0 0 1', denied8: '0 0 0 0 0 0 0',
    unable1: '10 0 0 0 0 0 10', unable2: '3 0 0 0 0 0 3', unable3: '0 0 0 0 0 0 0',
    notProcessed1: '1 0 0 0 0 0 1', notProcessed2: '0 0 0 0 0 0 0', notProcessed3: '0 0 0 0 0 0 0',
    notProcessed4: '0 0 0 0 0 0 0', notProcessed5: '0 0 0 0 0 0 0',
    resultsTotal: '21 0 0 0 0 0 21', carryForward: '0 0 0 0 0 0 0',
  },
  review: { cases: '10 1 0 0 0 0 0 0 0 0 5 0 0 0 0' },
};

const hongze2024: Tables = {
  'active-1': { rules: '0 0 0', normative: '3 0 8' },
  'active-5': { licensing: '9487' },
  'active-6': { penalty: '2776', enforcement: '84' },
  'active-8': { fees: '7545' },
  applications: {
    new: '95 0 0 0 0 0 95', carried: '0 0 0 0 0 0 0', disclosed: '50 0 0 0 0 0 50', partial: '9 0 0 0 0 0 9',
    denied1: '0 0 0 0 0 0 0', denied2: '0 0 0 0 0 0 0', denied3: '1 0 0 0 0 0 1', denied4: '0 0 0 0 0 0 0',
    denied5: '0 0 0 0 0 0 0', denied6: '1 0 0 0 0 0 1', denied7: '1 0 0 0 0 0 1', denied8: '0 0 0 0 0 0 0',
    unable1: '31 0 0 0 0 0 31', unable2: '1 0 0 0 0 0 1', unable3: '0 0 0 0 0 0 0',
    notProcessed1: '1 0 0 0 0 0 1', notProcessed2: '0 0 0 0 0 0 0', notProcessed3: '0 0 0 0 0 0 0',
    notProcessed4: '0 0 0 0 0 0 0', notProcessed5: '0 0 0 0 0 0 0',
    resultsTotal: '95 0 0 0 0 0 95', carryForward: '0 0 0 0 0 0 0',
  },
  review: { cases: '1 1 0 0 2 1 0 0 0 1 2 0 1 0 3' },
};

const huaian2024: Tables = {
  'active-1': { rules: '1 0 11', normative: '8 26 66' },
  'active-5': { licensing: '447228' },
  'active-6': { penalty: '3985758', enforcement: '88283' },
  'active-8': { fees: '96171.6' },
  applications: {
    new: '3001 53 0 0 61 4 3119', carried: '34 0 0 0 0 0 34', disclosed: '1288 21 0 0 50 3 1362', partial: '447 7 0 0 0 0 454',
    denied1: '2 0 0 0 0 0 2', denied2: '30 1 0 0 0 0 31', denied3: '5 0 0 0 0 0 5', denied4: '6 0 0 0 0 0 6',
    denied5: '7 1 0 0 0 0 8', denied6: '12 0 0 0 0 0 12', denied7: '9 0 0 0 0 0 9', denied8: '105 0 0 0 0 0 105',
    unable1: '746 12 0 0 10 1 769', unable2: '11 0 0 0 0 0 11', unable3: '1 0 0 0 0 0 1',
    notProcessed1: '56 6 0 0 0 0 62', notProcessed2: '25 0 0 0 0 0 25', notProcessed3: '0 0 0 0 0 0 0',
    notProcessed4: '0 0 0 0 0 0 0', notProcessed5: '1 0 0 0 0 0 1',
    otherHandling1: '67 3 0 0 1 0 71', otherHandling2: '6 0 0 0 0 0 6', otherHandling3: '108 2 0 0 0 0 110',
    resultsTotal: '2932 53 0 0 61 4 3050', carryForward: '103 0 0 0 0 0 103',
  },
  review: { cases: '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20' },
};

/** A finding: its code, and the text of the line it is on. */
type Finding = [code: string, line: RegExp];

/** Both 洪泽区 reports keep the 2019 form of table 三 ((六)其他处理 one row) and misspell 2.其他法律行政法规禁止公开. */
const hongzeForm: Finding[] = [
  ['label', /2\.其他法律行政止公开/],
  ['missing-row', /（七）总计/], ['missing-row', /（七）总计/], ['missing-row', /（七）总计/],
];
const reports: { file: string; year: number; tables: Tables; findings: Finding[] }[] = [
  {
    file: 'hongze-2023.pdf', year: 2023, tables: hongze2023,
    // Table 四 prints 行政复议 10 + 1 + 0 + 0 with 总计 0, and 复议后起诉 5 + 0 + 0 + 0 with 总计 0.
    findings: [...hongzeForm, ['row-sum', /^10\s+1\s/], ['row-sum', /^10\s+1\s/]],
  },
  { file: 'hongze-2024.pdf', year: 2024, tables: hongze2024, findings: hongzeForm },
  { file: 'huaian-2024.pdf', year: 2024, tables: huaian2024, findings: [] },
];

function cellsRead(report: Report, tables: Tables): Tables {
  const read: Tables = {};
  for (const table of report.tables) {
    const key = table.index.spec.key;
    if (!(key in tables)) continue;
    for (const row of table.rows) {
      if (row.row === undefined || row.duplicate) continue;
      const rowKey = table.index.spec.rows[row.row].key;
      if (!(rowKey in tables[key])) continue;
      (read[key] ??= {})[rowKey] = row.slots ? row.slots.map((cell) => cell?.value ?? '?').join(' ') : `${row.alignment}: ${row.values.map((v) => v.text).join(' ')}`;
    }
  }
  return read;
}

const matches = (report: Report, [code, line]: Finding, d: { code: string; range: { start: { line: number } } }) =>
  d.code === code && line.test(report.lines[d.range.start.line].text.trim());

describe('text copied from the real PDFs (../shared/corpus/pdf)', function () {
  this.timeout(60000);
  for (const { file, year, tables, findings } of reports) {
    for (const mode of ['layout', 'layout-tabs'] as PdfTextMode[]) {
      describe(`${file}, pdftotext ${mode === 'layout' ? '-layout' : '-layout, runs of spaces made tabs'}`, () => {
        let report: Report;
        before(() => (report = parse(pdfText(file, mode))));

        it('has its title, six sections and the tables of sections 二, 三 and 四', () => {
          assert.equal(report.year, year);
          assert.deepEqual(report.sections.map((s) => s.spec.numeral), ['一', '二', '三', '四', '五', '六']);
          assert.deepEqual(report.tables.map((t) => t.index.spec.key), Object.keys(tables));
        });

        it('reads every statutory cell of tables 二, 三 and 四 with the value the PDF prints', () => {
          assert.deepEqual(cellsRead(report, tables), tables);
        });

        it('finds the real defects and no false error', () => {
          const diagnostics = check(report);
          const unmatched = [...diagnostics];
          for (const finding of findings) {
            const at = unmatched.findIndex((d) => matches(report, finding, d));
            assert.ok(at >= 0, `${finding[0]} on ${finding[1]} not found`);
            unmatched.splice(at, 1);
          }
          assert.deepEqual(unmatched.map((d) => `${d.code} ${d.range.start.line}: ${d.message}`), []);
        });
      });
    }
    it(`${file}, plain pdftotext (each cell on a line of its own): the one-column blocks read, each other table said to be unreadable once, nothing false`, () => {
      const report = parse(pdfText(file, 'plain'));
      assert.equal(report.year, year);
      assert.deepEqual(report.sections.map((s) => s.spec.numeral), ['一', '二', '三', '四', '五', '六']);
      const oneColumn = Object.fromEntries(Object.entries(tables).filter(([key]) => report.tables.some((t) => t.index.spec.key === key && t.index.spec.columns.length === 1)));
      assert.deepEqual(Object.keys(oneColumn), ['active-5', 'active-6', 'active-8']);
      assert.deepEqual(cellsRead(report, oneColumn), oneColumn);
      const titles = report.tables.filter((t) => t.cellPerLine).map((t) => t.index.spec.title.zh);
      assert.deepEqual(check(report).map((d) => `${d.code} ${d.message.match(/「(.+?)」/)?.[1]}`), [...new Set(titles)].map((t) => `unreadable-table ${t}`));
    });
  }
});
