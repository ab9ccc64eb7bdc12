import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { check, fixAll, parse } from '../../server/src/core';

const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
const seedText = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');

// Seed 000's layout: table 三's value rows are lines 38–62 (一, 二, 21 outcome rows, (七), 四); table 四's row is line 69.
const TEMPLATE = seedText('000').split('\n');
const FIRST = 38;
const OUTCOMES = 21;
const NUMBER = /^\s*\d+\s*$/;

/** Replaces a line's numeric cells, in order, with the given values. */
function fill(line: string, values: number[]): string {
  let i = 0;
  return line.split('\t').map((cell) => (NUMBER.test(cell) && i < values.length ? String(values[i++]) : cell)).join('\t');
}

interface Generated {
  text: string;
  /** Line and cell index (in the line's tab-separated cells) of every total cell. */
  totals: { line: number; cell: number }[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const parts = fc.array(fc.nat({ max: 40 }), { minLength: 6, maxLength: 6 });

/** Consistent reports: random parts, totals derived so every identity of FORMAT §3 and §4 holds. */
const consistentReport = fc.record({
  outcomes: fc.array(parts, { minLength: OUTCOMES, maxLength: OUTCOMES }),
  carried: parts,
  forward: parts,
  review: fc.array(fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
}).map(({ outcomes, carried, forward, review }): Generated => {
  const total7 = [0, 1, 2, 3, 4, 5].map((c) => sum(outcomes.map((r) => r[c])));
  const carriedFit = carried.map((v, c) => Math.min(v, total7[c] + forward[c]));
  const received = total7.map((v, c) => v + forward[c] - carriedFit[c]);
  const rows = [received, carriedFit, ...outcomes, total7, forward];
  const lines = [...TEMPLATE];
  const totals: Generated['totals'] = [];
  rows.forEach((row, i) => {
    lines[FIRST + i] = fill(lines[FIRST + i], [...row, sum(row)]);
    const cells = lines[FIRST + i].split('\t');
    const numeric = cells.flatMap((c, k) => (NUMBER.test(c) ? [k] : []));
    totals.push({ line: FIRST + i, cell: numeric[6] });
  });
  lines[69] = fill(lines[69], review.flatMap((g) => [...g, sum(g)]));
  [4, 9, 14].forEach((cell) => totals.push({ line: 69, cell }));
  // The prose of section 一 states 0 received; say what the table says.
  lines[8] = lines[8].replace('申请 0 件', `申请 ${sum(received)} 件`);
  return { text: lines.join('\n'), totals };
});

function setCell(text: string, at: { line: number; cell: number }, value: string): string {
  const lines = text.split('\n');
  const cells = lines[at.line].split('\t');
  cells[at.cell] = value;
  lines[at.line] = cells.join('\t');
  return lines.join('\n');
}

const errors = (text: string) => check(parse(text)).filter((d) => d.severity === 'error');

describe('properties', () => {
  it('a consistent report gives no error', () => {
    fc.assert(fc.property(consistentReport, (r) => assert.deepEqual(errors(r.text), [])), { numRuns: 100 });
  });

  it('one changed total gives exactly one row-sum, on that cell', () => {
    fc.assert(fc.property(consistentReport, fc.nat(), fc.integer({ min: 1, max: 50 }), (r, pick, delta) => {
      const at = r.totals[pick % r.totals.length];
      const old = Number(r.text.split('\n')[at.line].split('\t')[at.cell]);
      const broken = setCell(r.text, at, String(old + delta));
      const found = check(parse(broken)).filter((d) => d.code !== 'narrative-mismatch');
      assert.equal(found.length, 1, JSON.stringify(found));
      const [d] = found;
      assert.equal(d.code, 'row-sum');
      assert.equal(d.range.start.line, at.line);
      const start = broken.split('\n')[at.line].split('\t').slice(0, at.cell).join('\t').length + (at.cell > 0 ? 1 : 0);
      assert.equal(d.range.start.character, start);
      assert.deepEqual([d.expected, d.actual], [old, old + delta]);
    }), { numRuns: 150 });
  });

  it('fix-all then re-check gives no sum error, and changes only total cells', () => {
    fc.assert(fc.property(consistentReport, fc.nat(), fc.integer({ min: 1, max: 50 }), (r, pick, delta) => {
      const at = r.totals[pick % r.totals.length];
      const old = r.text.split('\n')[at.line].split('\t')[at.cell];
      const broken = setCell(r.text, at, String(Number(old) + delta));
      const fixed = fixAll(broken);
      assert.deepEqual(check(parse(fixed)).filter((d) => ['row-sum', 'column-sum', 'balance'].includes(d.code)), []);
      const changedCells = broken.split('\n').flatMap((line, i) => line.split('\t').flatMap((cell, k) => (cell === fixed.split('\n')[i].split('\t')[k] ? [] : [`${i}:${k}`])));
      const totalCells = new Set(r.totals.map((t) => `${t.line}:${t.cell}`));
      assert.ok(changedCells.every((c) => totalCells.has(c)), changedCells.join(' '));
      assert.equal(fixed, r.text);
    }), { numRuns: 100 });
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      check(parse(text));
      fixAll(text);
    }), { numRuns: 200 });
  });

  it('never throws on seeds with lines deleted, duplicated or cells mutated', () => {
    const texts = ['000', '001', '002', '003', '004'].map(seedText);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
      fc.record({ kind: fc.constant('cell' as const), line: fc.nat(), cell: fc.nat(), value: fc.oneof(fc.constant(''), fc.constant('—'), fc.constant('1O'), fc.nat({ max: 999 }).map(String), fc.string({ maxLength: 6 })) }),
    );
    fc.assert(fc.property(fc.nat({ max: 4 }), fc.array(mutation, { maxLength: 8 }), (seed, mutations) => {
      const lines = texts[seed].split('\n');
      for (const m of mutations) {
        const at = m.line % lines.length;
        if (m.kind === 'delete') lines.splice(at, 1);
        else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at]);
        else {
          const cells = lines[at].split('\t');
          cells[m.cell % cells.length] = m.value;
          lines[at] = cells.join('\t');
        }
      }
      const text = lines.join('\n');
      const diagnostics = check(parse(text));
      for (const d of diagnostics) assert.ok(d.range.end.line < lines.length && d.range.start.line === d.range.end.line, JSON.stringify(d.range));
      fixAll(text);
    }), { numRuns: 200 });
  });
});
