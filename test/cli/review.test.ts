// xxgk-lint --format html: one self-contained review page for every file of a run.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { all, attr, documentOf, text } from '../render/dom';
import { run, scratch, seed, yearOf } from './run';

describe('xxgk-lint --format html', () => {
  it('writes one page: a summary row per file, each report with its findings, failing ones marked', () => {
    const dir = scratch();
    fs.copyFileSync(seed('000'), path.join(dir, 'consistent.txt'));
    fs.copyFileSync(seed('001'), path.join(dir, 'lost-cells.txt'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), '会议纪要\n今天讨论了下一年的工作安排。\n');
    const r = run(['--format', 'html', dir]);
    assert.equal(r.status, 1);
    const page = documentOf(r.stdout);
    const summary = all(page, (n) => attr(n, 'id') === 'summary-table')[0];
    const rows = all(summary, (n) => n.nodeName === 'tr' && attr(n, 'data-result') !== undefined);
    const resultOf = (file: string) => attr(rows.find((row) => text(row).includes(file))!, 'data-result');
    assert.equal(rows.length, 3);
    assert.equal(resultOf('consistent.txt'), 'pass');
    assert.equal(resultOf('lost-cells.txt'), 'fail');
    assert.equal(resultOf('notes.txt'), 'skipped');
    const sections = all(page, (n) => n.nodeName === 'section' && attr(n, 'data-result') !== undefined);
    assert.equal(sections.length, 3);
    const failing = sections.find((s) => attr(s, 'data-result') === 'fail')!;
    assert.match(text(failing), /lost-cells\.txt/);
    assert.ok(all(failing, (n) => n.nodeName === 'table').length >= 3, 'the failing report has its tables rendered');
    // Its two blank cells that read as 0 show the 0 their fix writes: the page's check builds fixes.
    const blanks = all(failing, (n) => n.nodeName === 'td' && /\bblank mark\b/.test(attr(n, 'class') ?? ''));
    assert.equal(blanks.length, 2);
    for (const cell of blanks) assert.match(text(cell), /应为 0/);
    assert.equal(all(page, (n) => n.nodeName === 'script' && attr(n, 'src') !== undefined).length, 0, 'no remote script');
    assert.equal(all(page, (n) => n.nodeName === 'link').length, 0, 'no remote style');
  });

  it("links last year's report of the same body where the run holds it", () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, '2023.txt'), yearOf(2023));
    fs.writeFileSync(path.join(dir, '2024.txt'), yearOf(2024));
    const page = documentOf(run(['--format', 'html', dir]).stdout);
    const sectionOf = (file: string) => all(page, (n) => n.nodeName === 'section' && attr(n, 'data-result') !== undefined)
      .find((s) => all(s, (n) => n.nodeName === 'h2').some((h) => text(h).endsWith(file)))!;
    const links = all(sectionOf('2024.txt'), (n) => n.nodeName === 'a').map((a) => attr(a, 'href'));
    const lastYearId = sectionOf('2023.txt');
    assert.ok(links.includes(`#${attr(lastYearId, 'id')}`));
  });
});
