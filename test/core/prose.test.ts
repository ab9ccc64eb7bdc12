import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, parse, statutes } from '../../server/src/core';

const reports = path.join(__dirname, '..', 'fixtures', 'reports');
const fixture = (name: string) => fs.readFileSync(path.join(reports, name), 'utf8');
const jiangbei = fixture('江北区司法局-2024.txt');
const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
const narrative = (text: string) => check(parse(text)).filter((d) => d.code === 'narrative-mismatch');
/** The stated figure, what the tables hold, and the text the diagnostic covers. */
const findings = (text: string) => narrative(text).map((d) => [text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character), d.expected, d.actual]);

describe('prose figures against the tables (narrative-mismatch)', () => {
  it('no sentence of a consistent report is flagged: the fixtures and the seeds but 001', () => {
    for (const name of fs.readdirSync(reports).filter((f) => !f.startsWith('上海'))) assert.deepEqual(narrative(fixture(name)), [], name);
    for (const name of fs.readdirSync(seeds).filter((f) => !f.startsWith('001'))) assert.deepEqual(narrative(fs.readFileSync(path.join(seeds, name), 'utf8')), [], name);
  });

  it('上海市人民政府办公厅 2019: 予以公开及部分公开258件 (275) and 无法提供265件 (337), and the share that follows a wrong figure is not a second finding', () => {
    assert.deepEqual(findings(fixture('上海市人民政府办公厅-2019.txt')), [['258', 275, 258], ['265', 337, 265]]);
  });

  for (const [stated, wrong, expected] of [
    ['共收到政府信息公开申请40件', '共收到政府信息公开申请41件', 40],
    ['上年结转3件', '上年结转4件', 3],
    ['结转下年度继续办理3件', '结转下年度继续办理5件', 3],
    ['全年办结申请40件', '全年办结申请38件', 40],
    ['其中予以公开15件', '其中予以公开16件', 15],
    ['部分公开4件，不予公开', '部分公开6件，不予公开', 4],
    ['不予公开4件', '不予公开2件', 4],
    ['无法提供13件', '无法提供31件', 13],
    ['不予处理3件', '不予处理4件', 3],
    ['其他处理1件', '其他处理0件', 1],
    ['予以公开及部分公开19件', '予以公开及部分公开20件', 19],
    ['被申请行政复议三件', '被申请行政复议九件', 3],
    ['被提起行政诉讼两件', '被提起行政诉讼十二件', 2],
    ['本年制发行政规范性文件3件', '本年制发行政规范性文件4件', 3],
  ] as const) {
    it(`finds ${wrong} (the tables say ${expected})`, () => {
      assert.ok(jiangbei.includes(stated), stated);
      const [d, ...rest] = narrative(jiangbei.replace(stated, wrong));
      assert.deepEqual([d?.expected, rest.length], [expected, 0], wrong);
      assert.match(d.message, /^正文称/);
    });
  }

  it('a share is recomputed over the base the sentence names, to its printed precision', () => {
    assert.deepEqual(findings(jiangbei.replace('占办结总数的47.5%', '占办结总数的45.5%')), [['45.5', 47.5, 45.5]]);
    assert.deepEqual(findings(jiangbei.replace('占办结总数的47.5%', '占办结总数的48%')), []);
    assert.deepEqual(findings(jiangbei.replace('占办结总数的47.5%', '占办结总数的46%')), [['46', 48, 46]]);
    // Over 收到 (40 as well here): the same figure; over nothing named, nothing is recomputed.
    assert.deepEqual(findings(jiangbei.replace('占办结总数的47.5%', '占比12.5%').replace('全年办结申请40件，其中', '其中')), []);
  });

  it('statements against the tables: 未收到申请, 未发生行政复议, 均获维持', () => {
    const none = jiangbei.replace('本局共收到政府信息公开申请40件', '本局未收到政府信息公开申请');
    assert.deepEqual(findings(none), [['未收到政府信息公开申请', 40, 0]]);
    const noReview = jiangbei.replace('全年因政府信息公开被申请行政复议三件', '全年未发生因政府信息公开引起的行政复议');
    assert.deepEqual(findings(noReview).map(([text]) => text), ['未发生因政府信息公开引起的行政复议']);
    const upheld = jiangbei.replace('复议后起诉0件。', '复议后起诉0件。行政复议案件均获维持。');
    assert.deepEqual(findings(upheld), [['均获维持', 2, 3]]);
    assert.deepEqual(findings(upheld.replace('2\t0\t1\t0\t3\t1', '3\t0\t0\t0\t3\t1')), []);
  });

  it('seed 003 says 未收到依申请公开相关申请 over a table of zeros: consistent', () => {
    const text = fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('003'))!), 'utf8');
    assert.ok(text.includes('未收到依申请公开相关申请'));
    assert.deepEqual(narrative(text), []);
  });

  it('every prose pattern has no flags and no back-reference: a sentence none matches is passed over by one union of them', () => {
    for (const statute of Object.values(statutes)) {
      for (const { pattern } of [...statute.narrative, ...statute.claims]) {
        assert.equal(pattern.flags, '', pattern.source);
        assert.doesNotMatch(pattern.source, /\\[1-9]|\\k</, pattern.source);
      }
    }
  });

  it('speaks English too', () => {
    const [d] = check(parse(jiangbei.replace('上年结转3件', '上年结转4件')), { locale: 'en' });
    assert.match(d.message, /^The text gives 4 requests carried over from last year/);
  });
});
