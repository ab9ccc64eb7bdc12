// Blank zeros, numbers split by extraction, and the one answer of a sum diagnostic.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, explain, fixAll, locate, parse } from '../../server/src/core';

const root = path.join(__dirname, '..', '..');
const sample = fs.readFileSync(path.join(root, 'samples', '临河县自然资源局-2024.txt'), 'utf8');
/** The sample with its one wrong total corrected: every identity holds. */
const consistent = sample.split('\n').map((l, i) => (i === 40 ? l.replace(/\t23\t$/, '\t22\t') : l)).join('\n');
/** The same report with the zeros inside rows left blank, as many published reports leave them. */
const blanks = fs.readFileSync(path.join(root, 'test', 'fixtures', 'blank-zeros.txt'), 'utf8');
const seed001 = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seeds', fs.readdirSync(path.join(root, 'test', 'fixtures', 'seeds')).find((f) => f.startsWith('001'))!), 'utf8');
const setLine = (text: string, line: number, edit: (l: string) => string) => text.split('\n').map((l, i) => (i === line ? edit(l) : l)).join('\n');
const summary = (text: string) => check(parse(text)).map((d) => [d.code, d.range.start.line]);

describe('blank cells', () => {
  it('a report whose zeros are blank has no error or warning: only an information note per row', () => {
    const found = check(parse(blanks));
    assert.equal(found.length, 18);
    assert.ok(found.every((d) => d.code === 'blank-cell' && d.severity === 'information'));
    assert.match(found[0].message, /「一、本年新收政府信息公开申请数量」的科研机构为空白，按勾稽关系均为 0/);
  });

  it('the note’s fix, and fix-all, write the zeros back', () => {
    assert.equal(fixAll(blanks), consistent);
    const [first] = check(parse(blanks));
    assert.equal(applyEdits(blanks, first.fixes[0].edits).split('\n')[38], consistent.split('\n')[38]);
  });

  it('a blank 总计 whose parts are not 0 is an error that offers the sum', () => {
    const text = setLine(blanks, 38, (l) => l.replace('\t57\t', '\t\t'));
    const found = check(parse(text)).filter((d) => d.severity !== 'information');
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['missing-cell', 38]]);
    assert.match(found[0].message, /总计 = 57/);
    assert.equal(fixAll(text), consistent);
  });

  it('a wrong cell among blank zeros is still found, with the cell most likely wrong', () => {
    const text = setLine(blanks, 40, (l) => l.replace('\t17\t', '\t19\t'));
    const found = check(parse(text)).filter((d) => d.code !== 'blank-cell');
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['row-sum', 40], ['column-sum', 61]]);
    assert.ok(found.every((d) => d.answer?.value === 17));
  });
});

describe('split-number', () => {
  it('two adjacent cells that are one number (4 | 1 → 41) make every identity hold: the fix joins them', () => {
    const text = setLine(consistent, 38, (l) => l.replace('\t41\t9\t', '\t4\t1\t9\t'));
    const found = check(parse(text));
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.range.start.line]), [['split-number', 'error', 38]]);
    const line = text.split('\n')[38];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), '4\t1');
    assert.match(found[0].message, /应为一个数 41/);
    assert.equal(applyEdits(text, found[0].fixes[0].edits), consistent);
    assert.equal(fixAll(text), consistent);
  });

  it('is not claimed where a join does not make the row hold, or starts with 0', () => {
    const extra = setLine(consistent, 39, (l) => l.replace('\t3\t0\t', '\t3\t0\t0\t'));
    assert.deepEqual(summary(extra), [['extra-cell', 39]]);
  });
});

describe('one answer for a wrong cell', () => {
  const broken = setLine(consistent, 40, (l) => l.replace('\t17\t', '\t19\t'));

  it('message, preferred fix and the answer field name the part cell, not the total', () => {
    for (const d of check(parse(broken))) {
      assert.deepEqual([d.answer!.cell, d.answer!.value], ['（一）予以公开 · 自然人', 17]);
      const line = broken.split('\n')[d.answer!.range.start.line];
      assert.equal(line.slice(d.answer!.range.start.character, d.answer!.range.end.character), '19');
      assert.match(d.message, /更可能是「（一）予以公开 · 自然人」有误：改为 17/);
      assert.match(d.fixes.find((f) => f.preferred)!.title, /「（一）予以公开 · 自然人」改为 17/);
    }
  });

  it('a wrong total is its own answer', () => {
    const [d] = check(parse(sample));
    assert.deepEqual([d.code, d.answer!.value, d.expected], ['row-sum', 22, 22]);
    assert.deepEqual(d.answer!.range, d.range);
  });

  it('the hover on the total gives the same answer', () => {
    const report = parse(broken);
    const line = broken.split('\n')[40];
    const hover = explain(locate(report, { line: 40, character: line.lastIndexOf('22') + 1 })!, 'zh-CN');
    assert.match(hover, /更可能是「（一）予以公开 · 自然人」有误：改为 17/);
  });

  it('the hover on a total whose row lost a cell shows the value the identities give it', () => {
    const report = parse(seed001);
    const line = seed001.split('\n')[46];
    const hover = explain(locate(report, { line: 46, character: line.lastIndexOf('45') + 1 })!, 'zh-CN');
    assert.match(hover, /\n\n35 \+ 0 \+ 0 \+ 0 \+ 10 \+ 0 = 45 ✓\n\n/);
  });
});
