// Drafting help: the new report's template, and completion of section headings and row labels.
import { strict as assert } from 'node:assert';
import { check, parse, type Report } from '../../server/src/core';
import { completion } from '../../server/src/lsp/completion';
import { reportTemplate } from '../../server/src/lsp/template';
import { seedText } from './seeds';

const template = reportTemplate('某县人民政府办公室', '2025');
const lines = template.split('\n');
const at = (report: Report, line: number, character: number) => completion(report, { line, character }, 'zh-CN', true);
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe('the new-report template', () => {
  it('checks clean as it is: six sections, six tables, every row read whole', () => {
    const report = parse(template);
    assert.deepEqual(check(report), []);
    assert.deepEqual([report.year, report.organization, report.sections.length, report.tables.length], [2025, '某县人民政府办公室', 6, 6]);
    for (const table of report.tables) assert.ok(table.rows.every((r) => r.alignment === 'exact'), table.index.spec.key);
  });

  it('carries the sub-heads of 总体情况 and a hint of what each section needs', () => {
    const after = (heading: string) => lines[lines.indexOf(heading) + 2];
    for (const sub of ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']) {
      assert.ok(lines.indexOf(sub) > lines.indexOf('一、总体情况') && lines.indexOf(sub) < lines.indexOf('二、主动公开政府信息情况'), sub);
    }
    assert.match(after('五、存在的主要问题及改进情况'), /^（写明政府信息公开工作存在的主要问题及改进情况/);
    assert.match(after('六、其他需要报告的事项'), /信息处理费/);
  });

  it('draws table 四 with its group headers over their columns', () => {
    const header = lines.slice(lines.indexOf('行政复议\t\t\t\t\t行政诉讼'), lines.indexOf('行政复议\t\t\t\t\t行政诉讼') + 3).map((l) => l.split('\t'));
    assert.deepEqual(header[0], ['行政复议', '', '', '', '', '行政诉讼']);
    assert.deepEqual([header[1][0], header[1][5], header[1][10]], ['结果维持', '未经复议直接起诉', '复议后起诉']);
    assert.deepEqual(header[2].slice(5), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    assert.match(lines[lines.indexOf('行政复议\t\t\t\t\t行政诉讼') + 3], /^0(\t0){14}$/);
  });
});

describe('completion of headings and labels', () => {
  const seed = seedText('000').split('\n');

  it('offers the section headings on an empty line, the missing ones first, after Markdown #s', () => {
    const five = seed.findIndex((l) => l.startsWith('#### 五、'));
    const withoutFive = [...seed.slice(0, five), '#### ', ...seed.slice(five + 1)];
    const items = at(parse(withoutFive.join('\n')), five, 5);
    assert.equal(items.length, 6);
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    assert.equal(first.label, '五、存在的主要问题及改进情况');
    assert.deepEqual(first.textEdit, { range: { start: { line: five, character: 5 }, end: { line: five, character: 5 } }, newText: '五、存在的主要问题及改进情况' });
  });

  it('completes a heading begun by its numeral or by its title, and offers none in prose', () => {
    const five = seed.findIndex((l) => l.startsWith('#### 五、'));
    const typed = (text: string) => at(parse([...seed.slice(0, five), text, ...seed.slice(five + 1)].join('\n')), five, text.length);
    assert.deepEqual(labels(typed('#### 五')), ['五、存在的主要问题及改进情况']);
    assert.deepEqual(labels(typed('存在')), ['五、存在的主要问题及改进情况']);
    const prose = seed.findIndex((l) => l.startsWith('2024年'));
    assert.deepEqual(at(parse(seedText('000')), prose, 4), []);
  });

  it('offers the sub-heads of 总体情况 inside section 一 only', () => {
    const report = parse(template);
    const inOverview = lines.indexOf('（一）主动公开') + 2;
    assert.deepEqual(labels(at(report, inOverview, 0)).filter((l) => l.startsWith('（')), ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']);
    const inFive = lines.indexOf('五、存在的主要问题及改进情况') + 1;
    assert.deepEqual(labels(at(report, inFive, 0)).filter((l) => l.startsWith('（')), []);
  });

  it('offers row labels, not headings, inside a table', () => {
    const report = parse(template);
    const row = lines.indexOf('行政处罚\t0');
    assert.deepEqual(labels(at(report, row, 0)), ['行政处罚', '行政强制']);
  });
});
