import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, explain, fixAll, locate, parse } from '../../server/src/core';
import { indexOf, statutes } from '../../server/src/core/statute';

const reports = path.join(__dirname, '..', 'fixtures', 'reports');
const fixture = (name: string) => fs.readFileSync(path.join(reports, name), 'utf8');
/** 上海市人民政府办公厅 2019, its two wrong prose figures put right: consistent. */
const shanghai = fixture('上海市人民政府办公厅-2019.txt').replace('予以公开及部分公开258件', '予以公开及部分公开275件').replace('无法提供265件', '无法提供337件').replace('占35.1%', '占37.4%');
const jiangbei = fixture('江北区司法局-2024.txt');
const codes = (text: string) => check(parse(text)).map((d) => [d.code, d.range.start.line]);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const setLine = (text: string, needle: string, edit: (line: string) => string) => text.split('\n').map((l) => (l.includes(needle) ? edit(l) : l)).join('\n');

describe('the statute on real reports', () => {
  it('2019 table 三 has (五)5 and a single (六) row: one table, 23 value rows, no finding', () => {
    const report = parse(shanghai);
    assert.equal(report.statute?.statute.version, '2019');
    const tables = report.tables.filter((t) => t.index.spec.key === 'applications');
    assert.equal(tables.length, 1);
    assert.equal(tables[0].index.valueRows.length, 23);
    assert.equal(tables[0].rows.filter((r) => r.row !== undefined).length, 23);
    assert.deepEqual(codes(shanghai), []);
  });

  it('a 2021 report that keeps the 2019 form of table 三 (洪泽区 2023): missing-row for (六)1–3 and nothing else', () => {
    const lines = jiangbei.split('\n');
    const first = lineOf(jiangbei, '(六) 其他处理');
    const old = [...lines.slice(0, first), '\t(六) 其他处理\t1\t0\t0\t0\t0\t0\t1\t', ...lines.slice(first + 3)].join('\n');
    const found = check(parse(old));
    assert.deepEqual(found.map((d) => d.code), ['missing-row', 'missing-row', 'missing-row']);
    assert.deepEqual(found.map((d) => /（六）其他处理 (\d)\./.exec(d.message)?.[1]), ['1', '2', '3']);
  });

  it('amounts with a unit word are amounts: 采购总金额 73802895.90元 and 251000元', () => {
    const report = parse(shanghai);
    const cell = report.tables.find((t) => t.index.spec.key === 'active-9')!.rows[0].slots![1]!;
    assert.equal(cell.value, 73802895.9);
    assert.deepEqual(codes(shanghai.replace('73802895.90元', '251000元')), []);
    assert.deepEqual(codes(shanghai.replace('73802895.90元', '251000件')).map(([c]) => c), ['missing-cell']);
    const header = lineOf(shanghai, '采购总金额');
    const hover = explain(locate(report, { line: header, character: shanghai.split('\n')[header].indexOf('采购总金额') + 1 })!, 'zh-CN');
    assert.doesNotMatch(hover, /万元/);
    assert.match(hover, /格式未规定单位/);
  });

  it('hovers name what (五)5 and (六)2 rest on', () => {
    const report = parse(jiangbei);
    const hover = (needle: string) => {
      const line = lineOf(jiangbei, needle);
      return explain(locate(report, { line, character: jiangbei.split('\n')[line].indexOf(needle) + 2 })!, 'zh-CN');
    };
    const confirm = hover('要求行政机关确认或重新出具已获取信息');
    assert.match(confirm, /条例无对应条款/);
    assert.match(confirm, /国办公开办函〔2021〕30号/);
    assert.doesNotMatch(confirm, /第三十九条》|条例》第三十九条/);
    const fee = hover('申请人逾期未按收费通知要求缴纳费用');
    assert.match(fee, /第四十二条/);
    assert.match(fee, /国办函〔2020〕109号/);
    const line = lineOf(shanghai, '要求行政机关确认或重新出具已获取信息');
    const shanghaiReport = parse(shanghai);
    assert.match(explain(locate(shanghaiReport, { line, character: shanghai.split('\n')[line].indexOf('要求') + 2 })!, 'zh-CN'), /国办公开办函〔2019〕60号/);
  });

  it('a misspelt section heading is that section, with a label warning whose fix is the statutory title', () => {
    for (const [from, to, title] of [
      ['#### 四、政府信息公开行政复议、行政诉讼情况', '#### 四、政府信息公开行政法复议、行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
      ['#### 五、存在的主要问题及改进情况', '#### 五、存在问题及改进情况', '存在的主要问题及改进情况'],
    ]) {
      const text = jiangbei.replace(from, to);
      const [d, ...rest] = check(parse(text));
      assert.deepEqual([d.code, rest.length], ['label', 0], to);
      assert.equal(d.fixes[0].edits[0].newText, title);
      assert.equal(applyEdits(text, d.fixes[0].edits), jiangbei);
    }
  });

  it('labels published wrong: a stray digit, a wrong sub-number, a lone digit in the label column', () => {
    for (const [needle, edit] of [
      ['2. 其他法律行政法规禁止公开', (l: string) => l.replace('2. 其他法律', '22. 其他法律')],
      ['2. 其他法律行政法规禁止公开', (l: string) => l.replace('2. 其他法律', '3. 其他法律')],
      ['2. 其他法律行政法规禁止公开', (l: string) => '2' + l],
    ] as const) {
      const text = setLine(jiangbei, needle, edit);
      const found = check(parse(text));
      assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['label', lineOf(jiangbei, needle)]], text.split('\n')[lineOf(jiangbei, needle)]);
      const fixed = fixAll(text);
      assert.deepEqual(codes(fixed), []);
      assert.equal(fixed.split('\n')[lineOf(jiangbei, needle)].match(/其他法律行政法规禁止公开/g)!.length, 1);
      assert.match(fixed.split('\n')[lineOf(jiangbei, needle)], /^\t\t2\. ?其他法律/);
    }
  });

  it('a doubled label is left once by fix-all: （七）总记 beside (七) 总计', () => {
    const text = setLine(jiangbei, '(七) 总计', (l) => l.replace('\t(七) 总计', '（七）总记\t(七) 总计'));
    assert.deepEqual(codes(text), [['label', lineOf(jiangbei, '(七) 总计')]]);
    const line = fixAll(text).split('\n')[lineOf(jiangbei, '(七) 总计')];
    assert.equal(line.match(/总[计记]/g)!.length, 1);
  });

  it('PDF debris in a header is a label warning, cleared by its fix', () => {
    const header = '结果 维持\t结果 纠正\t其他 结果';
    const text = jiangbei.replace('行政复议\t\t\t\t\t行政诉讼', '行政复议\t4+H 4+H H\t甘加\t<u> </u>\t\t行政诉讼');
    const found = check(parse(text));
    assert.deepEqual(found.map((d) => d.code), ['label']);
    assert.match(found[0].message, /「4\+H 4\+H H」「甘加」「<u> <\/u>」/);
    assert.equal(fixAll(text), jiangbei.replace('行政复议\t\t\t\t\t行政诉讼', '行政复议\t\t\t\t\t行政诉讼'));
    assert.ok(jiangbei.includes(header));
  });
});

describe('the statute index', () => {
  it("numbers each table's identities by their place, as the solver marks its work list", () => {
    for (const statute of Object.values(statutes)) {
      for (const table of indexOf(statute).tables) {
        assert.deepEqual(table.identities.map((i) => i.index), table.identities.map((_, place) => place), `${statute.version} ${table.spec.key}`);
      }
    }
  });
});
