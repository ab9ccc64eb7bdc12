// Reproducers of ../shared/repro/ about figures and fix-all: exact sums at any size, fix-all to a
// fixed point that keeps every row readable, and the checks that must stay linear.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, fixAll, parse, type Diagnostic } from '../../server/src/core';

const repro = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'repro', name), 'utf8');
const SUMS = new Set(['row-sum', 'column-sum', 'balance']);
const sums = (text: string) => check(parse(text)).filter((d) => SUMS.has(d.code));
const lines = (text: string) => text.split(/\r\n|\n|\r/);
const changedLines = (a: string, b: string) => lines(a).flatMap((l, i) => (l === lines(b)[i] ? [] : [i]));
const preferred = (d: Diagnostic) => d.fixes.find((f) => f.preferred);

describe('figures past 2^53 (numeric-false-row-sum-above-1e12.txt, fix-huge-total-exponent.txt)', () => {
  const row = repro('numeric-false-row-sum-above-1e12.txt');

  it('a consistent row of 1029946072493 + 0 + … = 1029946072493 holds', () => {
    assert.deepEqual(sums(row), []);
  });

  it('a consistent row past 2^53 holds, and a wrong one gets the exact total as a decimal string', () => {
    const big = row.replace(/\t1029946072493\t0/, '\t9007199254740993\t2').replace(/\t1029946072493(\r?\n?)$/, '\t9007199254740995$1');
    assert.deepEqual(sums(big), []);
    const wrong = big.replace(/\t9007199254740995/, '\t9007199254740992');
    const [d] = sums(wrong);
    assert.equal(d.code, 'row-sum');
    assert.deepEqual([d.expected, d.actual], ['9007199254740995', 9007199254740992]);
    assert.match(d.message, /应为 9007199254740995/);
    assert.match(fixAll(wrong), /\t9007199254740995/);
  });

  it('fix-all writes a total of 10^21 in plain digits, which reads back as a count', () => {
    const text = repro('fix-huge-total-exponent.txt');
    const [d] = sums(text);
    assert.deepEqual([d.code, d.expected, d.actual], ['row-sum', '1000000000000000000000', 0]);
    const fixed = fixAll(text);
    assert.ok(!fixed.includes('e+'));
    assert.match(fixed, /\t1000000000000000000000(\r?\n)?$/);
    assert.deepEqual(check(parse(fixed)).filter((x) => x.code === 'invalid-number' || SUMS.has(x.code)), []);
  });
});

describe('fix-all reaches a fixed point and keeps every row readable', () => {
  it('fix-round-cap-not-idempotent.txt: every row that lost cells is completed, and a second fix-all changes nothing', () => {
    const text = repro('fix-round-cap-not-idempotent.txt');
    const fixed = fixAll(text);
    assert.equal(fixAll(fixed), fixed);
    const after = check(parse(fixed));
    assert.deepEqual(after.filter((d) => d.code === 'missing-cell' || SUMS.has(d.code)), []);
    assert.equal(lines(fixed).length, lines(text).length);
    assert.equal(fixed.split('\r\n').length, text.split('\r\n').length, 'CRLF kept');
    assert.match(lines(fixed).find((l) => l.includes('2.重复申请'))!, /\t1\t0\t0\t0\t0\t0\t1$/);
  });

  it('fix-remark-cell-grows-row.txt: a row with a remark after its values never grows', () => {
    const text = repro('fix-remark-cell-grows-row.txt');
    const fixed = fixAll(text);
    assert.equal(fixAll(fixed), fixed);
    const row = (t: string) => lines(t).find((l) => l.includes('予以公开'))!;
    assert.equal(row(fixed).split('\t').length, row(text).split('\t').length);
  });

  it('fix-sum-left-balance-overwrites-total.txt: the total gets the row sum its diagnostic asks for', () => {
    const text = repro('fix-sum-left-balance-overwrites-total.txt');
    const rowSum = sums(text).find((d) => d.code === 'row-sum')!;
    assert.deepEqual([rowSum.expected, rowSum.actual], [1, 5]);
    const fixed = fixAll(text);
    assert.deepEqual(sums(fixed).filter((d) => d.code === 'row-sum'), []);
    assert.match(lines(fixed)[rowSum.range.start.line], /\t1$/);
    // The balance in 自然人 no admissible value mends stays, and offers no fix.
    assert.deepEqual(sums(fixed).map((d) => [d.code, d.fixes.length]), [['balance', 0]]);
  });

  it('fix-space-separated-row-gets-a-tab.txt: a space-separated row is completed with a space, and stays a row', () => {
    const text = repro('fix-space-separated-row-gets-a-tab.txt');
    const [d] = check(parse(text));
    assert.equal(d.code, 'missing-cell');
    const fixed = fixAll(text);
    assert.deepEqual(changedLines(text, fixed), [d.range.start.line]);
    assert.equal(lines(fixed)[d.range.start.line], '（一）予以公开 3 0 0 0 0 0 3');
    assert.deepEqual(check(parse(fixed)), []);
  });

  it('fix-space-separated-row-gets-a-tab.txt with a duplicate of the row below: only the row that lost its total is edited', () => {
    const all = lines(repro('fix-space-separated-row-gets-a-tab.txt'));
    const at = all.findIndex((l) => l.startsWith('（一）予以公开'));
    const text = [...all.slice(0, at + 2), all[at + 1], ...all.slice(at + 2)].join('\n');
    const fixed = fixAll(text);
    assert.deepEqual(changedLines(text, fixed), [at]);
    assert.equal(fixAll(fixed), fixed);
  });
});

describe('checks stay linear (perf-many-tables-missing-rows.txt, perf-overflow-rows-placements.txt)', () => {
  it('perf-many-tables-missing-rows.txt: every table that lacks its rows gets them, each inserted with the report’s line break', () => {
    const text = repro('perf-many-tables-missing-rows.txt');
    const report = parse(text);
    const found = check(report).filter((d) => d.code === 'missing-row');
    const expected = report.tables.reduce((n, t) => n + t.index.valueRows.filter((r) => !t.rows.some((m) => m.row === r)).length, 0);
    assert.ok(expected > 20000);
    assert.equal(found.length, expected);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    assert.ok(found.every((d) => preferred(d)!.edits[0].newText.endsWith(eol) || preferred(d)!.edits[0].newText.startsWith(eol)));
  });

  it('perf-overflow-rows-placements.txt: rows of 14 values get extra-cell, deduced only where one placement fits', () => {
    const text = repro('perf-overflow-rows-placements.txt');
    const found = check(parse(text)).filter((d) => d.code === 'extra-cell');
    assert.equal(found.length, 25);
    const fixed = fixAll(text);
    assert.equal(fixAll(fixed), fixed);
  });
});
