// Text laid out as a PDF's copy gives it (issue 8), on a fixture in the style of pdftotext -layout
// with consistent numbers: the header of table 三 over nine lines, table 四's header with 总计,
// labels wrapped with their values after, before and between their pieces, the group label 三、本年度
// 办理结果 spaced out, page numbers inside tables, columns separated by runs of spaces.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, parse, type Report } from '../../server/src/core';

const layout = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'pdftext', 'layout.txt'), 'utf8');
const tabbed = layout.replace(/ {2,}/g, '\t');

const applications: Record<string, string> = {
  new: '10 0 0 0 2 0 12', carried: '1 0 0 0 0 0 1', disclosed: '4 0 0 0 1 0 5', partial: '1 0 0 0 0 0 1',
  denied1: '1 0 0 0 0 0 1', denied2: '0 0 0 0 0 0 0', denied3: '0 0 0 0 0 0 0', denied4: '0 0 0 0 0 0 0',
  denied5: '0 0 0 0 0 0 0', denied6: '0 0 0 0 0 0 0', denied7: '0 0 0 0 0 0 0', denied8: '0 0 0 0 0 0 0',
  unable1: '2 0 0 0 1 0 3', unable2: '0 0 0 0 0 0 0', unable3: '0 0 0 0 0 0 0',
  notProcessed1: '0 0 0 0 0 0 0', notProcessed2: '1 0 0 0 0 0 1', notProcessed3: '0 0 0 0 0 0 0',
  notProcessed4: '0 0 0 0 0 0 0', notProcessed5: '0 0 0 0 0 0 0',
  otherHandling1: '1 0 0 0 0 0 1', otherHandling2: '0 0 0 0 0 0 0', otherHandling3: '0 0 0 0 0 0 0',
  resultsTotal: '10 0 0 0 2 0 12', carryForward: '1 0 0 0 0 0 1',
};

function rows(report: Report, key: string): Record<string, string> {
  const table = report.tables.find((t) => t.index.spec.key === key)!;
  return Object.fromEntries(table.rows.map((r) => [r.row === undefined ? `? line ${r.line}` : table.index.spec.rows[r.row].key, r.slots?.map((c) => c?.value ?? '?').join(' ') ?? r.alignment]));
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

for (const [name, text] of [['as pdftotext -layout gives it', layout], ['with runs of spaces made tabs', tabbed]]) {
  describe(`text copied from a PDF, ${name}`, () => {
    const report = parse(text);

    it('reads one table 三 and one table 四, each header one header, page numbers skipped', () => {
      assert.deepEqual(report.tables.map((t) => t.index.spec.key), ['active-1', 'active-5', 'active-6', 'active-8', 'applications', 'review']);
      const table3 = report.tables[4];
      assert.deepEqual(table3.headerLines.map((n) => report.lines[n].text.trim().slice(0, 2)), ['申请', '法人', '（本', '于第', '自然', '商业', '公益', '企业', '组织']);
      assert.equal(report.tables[5].rows.length, 1);
    });

    it('reads every row of table 三 with its values, wrapped labels included', () => {
      assert.deepEqual(rows(report, 'applications'), applications);
      const partial = report.tables[4].rows.find((r) => r.row === report.tables[4].index.row('partial'))!;
      assert.equal(partial.labelLine, lineOf(text, '（二）部分公开'));
      assert.equal(partial.labelCell, undefined);
    });

    it('reads table 四 and table 二', () => {
      assert.deepEqual(rows(report, 'review'), { cases: '1 0 0 1 2 0 0 0 0 0 1 0 0 0 1' });
      assert.deepEqual(rows(report, 'active-1'), { rules: '0 0 0', normative: '3 1 8' });
      assert.deepEqual(rows(report, 'active-8'), { fees: '12.5' });
    });

    it('finds no error in consistent numbers, and the one wrong total', () => {
      assert.deepEqual(check(report).map((d) => d.code), []);
      const wrong = text.replace(/(（一）予以公开\s+4\s+0\s+0\s+0\s+1\s+0\s+)5/, '$16');
      assert.notEqual(wrong, text);
      assert.deepEqual(check(parse(wrong)).map((d) => [d.code, d.range.start.line]), [['row-sum', lineOf(text, '（一）予以公开')]]);
    });
  });
}
