// An editor parses each version of a document from the one before: the tables an edit did not
// touch are taken over (moved when lines were inserted above them), with their findings, and
// every version must read and check exactly as a fresh parse of its text.
import { strict as assert } from 'node:assert';
import { mutate, random, reading } from '../../fuzz/campaign';
import { check, parse, parseVersion } from '../../server/src/core';
import { NEW_APPLICATIONS, seedNames, seedText } from '../lsp/seeds';

const typical = seedText('000');
const seedLines = typical.split('\n');
/** Table 三 of seed 000 (with its heading), forty times after the report, each copy's figures its own (every value ×k keeps the sums). */
const copies = Array.from({ length: 40 }, (_, k) =>
  seedLines.slice(seedLines.findIndex((l) => l.startsWith('### 三、')), seedLines.findIndex((l) => l.startsWith('#### 四、')))
    .map((l) => l.replace(/(?<=\t)\d+(?=\t|$)/g, (v) => String(Number(v) * (k + 2))))
    .join('\n'));
const many = `${typical}\n${copies.join('\n')}\n`;
const typedAt = many.indexOf(NEW_APPLICATIONS) + NEW_APPLICATIONS.length - 1;

describe('parsing a version from the one before', () => {
  it('a figure typed into one table of 46: that table is read again, the others are the same objects, and it checks as a fresh parse', () => {
    const before = parseVersion(many);
    check(before);
    const edited = `${many.slice(0, typedAt)}7${many.slice(typedAt + 1)}`;
    const after = parseVersion(edited, before);
    assert.equal(after.tables.length, parse(typical).tables.length + 40);
    const typedLine = many.slice(0, typedAt).split('\n').length - 1;
    const reread = after.tables.filter((t, i) => t !== before.tables[i]);
    assert.deepEqual(reread.map((t) => [t.firstLine <= typedLine, typedLine <= t.lastLine]), [[true, true]]);
    assert.equal(reading(after), reading(parse(edited)));
    assert.deepEqual(check(after).map((d) => [d.code, d.range.start.line]), [['narrative-mismatch', 8], ['row-sum', typedLine]]);
  });

  it('a line inserted above: the tables below are moved a line down with their findings, as a fresh parse has them', () => {
    const broken = `${many.slice(0, typedAt)}7${many.slice(typedAt + 1)}`;
    const before = parseVersion(broken);
    const found = check(before);
    assert.ok(found.some((d) => d.code === 'row-sum'), 'the broken total is found');
    const edited = broken.replace('\n', '\n这是新加的一行说明。\n');
    const after = parseVersion(edited, before);
    assert.equal(after.tables.length, before.tables.length);
    after.tables.forEach((t, i) => assert.equal(t.firstLine, before.tables[i].firstLine + 1));
    assert.deepEqual(check(after).map((d) => d.range), found.map((d) => ({ start: { ...d.range.start, line: d.range.start.line + 1 }, end: { ...d.range.end, line: d.range.end.line + 1 } })));
    assert.equal(reading(after), reading(parse(edited)));
  });

  it('the year in the title changed to 2019: every table is read again in the 2019 form', () => {
    const before = parseVersion(typical);
    const edited = typical.replace('2024 年政府信息公开工作年度报告', '2019 年政府信息公开工作年度报告');
    const after = parseVersion(edited, before);
    assert.notEqual(after.statute, before.statute);
    assert.ok(after.tables.every((t) => !before.tables.includes(t)));
    assert.equal(reading(after), reading(parse(edited)));
  });

  for (const name of seedNames) {
    it(`seed ${name}, 60 edits in a row (lines dropped, doubled, swapped, split, typed into, noise, line breaks): each version as a fresh parse`, () => {
      const rand = random(Number(name) + 17);
      let text = seedText(name);
      let report = parseVersion(text);
      for (let step = 0; step < 60; step++) {
        text = mutate(text, rand);
        report = parseVersion(text, report);
        assert.equal(reading(report), reading(parse(text)), `step ${step}`);
      }
    });
  }
});
