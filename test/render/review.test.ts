// The review page, written as the CLI streams it, and escaping of whatever the text holds.
import { strict as assert } from 'node:assert';
import { check, parse } from '../../server/src/core';
import { renderReport, reviewFileSection, reviewPageEnd, reviewPageStart, reviewSummaryOf, type ReviewEntry } from '../../server/src/core/render';
import { all, attr, documentOf, fragment, hasClass, tag, text, visibleText, type Node } from './dom';
import { consistent, sample, seeds, setLine } from './fixtures';

function entry(path: string, source: string, lastYear?: string): ReviewEntry {
  const report = parse(source);
  return { path, report, diagnostics: check(report), lastYear };
}

function page(entries: ReviewEntry[], locale: 'zh-CN' | 'en' = 'zh-CN'): Node {
  return documentOf(reviewPageStart(locale) + entries.map((e) => reviewFileSection(e, locale)).join('') + reviewPageEnd(entries.map(reviewSummaryOf), locale));
}

const byId = (root: Node, id: string) => all(root, (n) => attr(n, 'id') === id)[0];

describe('the review page', () => {
  const lastYear = consistent.replace('2024 年政府信息公开工作年度报告', '2023 年政府信息公开工作年度报告');
  const entries = [
    ...seeds.map((s) => entry(`seeds/${s.name}`, s.text)),
    entry('samples/临河县自然资源局-2024.txt', sample, 'archive/临河县自然资源局-2023.txt'),
    entry('archive/临河县自然资源局-2023.txt', lastYear),
    entry('notes/会议纪要.txt', '会议纪要\n今天讨论了三件事。'),
  ];

  it('a summary row per file: file, body, year, format, errors, warnings, 通过/不通过', () => {
    const root = page(entries);
    const rows = all(byId(root, 'summary-table'), tag('tr'));
    assert.deepEqual(all(rows[0], tag('th')).map((th) => text(th)), ['文件', '报告机关', '年度', '格式', '错误', '警告', '结论']);
    assert.equal(rows.length, entries.length + 1);
    const sampleRow = rows.find((r) => text(r).startsWith('samples/'))!;
    assert.deepEqual(all(sampleRow, tag('td')).map((td) => visibleText(td)), ['samples/临河县自然资源局-2024.txt', '临河县自然资源局', '2024', '2021', '1', '0', '不通过']);
    assert.equal(attr(sampleRow, 'data-result'), 'fail');
    const consistentRow = rows.find((r) => text(r).startsWith('archive/'))!;
    assert.equal(visibleText(all(consistentRow, tag('td'))[6]), '通过');
    const notReport = rows.find((r) => text(r).startsWith('notes/'))!;
    assert.equal(attr(notReport, 'data-result'), 'skipped');
    assert.match(visibleText(all(notReport, tag('td'))[6]), /^未检查 不是政府信息公开工作年度报告/);
  });

  it('each failing report is marked, each file links from the summary, last year’s report is linked', () => {
    const root = page(entries);
    const sections = all(root, hasClass('report-file'));
    assert.equal(sections.length, entries.length);
    for (const e of entries) {
      const summary = reviewSummaryOf(e);
      const link = all(byId(root, 'summary-table'), (n) => n.tagName === 'a' && text(n) === e.path)[0];
      const section = byId(root, attr(link, 'href')!.slice(1));
      assert.equal(attr(section, 'data-result'), summary.errors > 0 ? 'fail' : summary.format ? 'pass' : 'skipped');
    }
    const sampleSection = sections.find((s) => text(all(s, tag('h2'))[0]) === 'samples/临河县自然资源局-2024.txt')!;
    assert.ok((attr(sampleSection, 'class') ?? '').includes('fail'));
    const [lastYearLink] = all(sampleSection, (n) => n.tagName === 'a');
    assert.equal(attr(byId(root, attr(lastYearLink, 'href')!.slice(1)), 'data-result'), 'pass');
    // Its findings listed, and its tables drawn with the wrong total marked.
    assert.equal(all(sampleSection, hasClass('finding')).length, 1);
    assert.equal(all(sampleSection, (n) => n.tagName === 'td' && hasClass('mark')(n)).length, 1);
  });

  it('the summary is written last but shown first, with a sort and a filter script and no remote resource', () => {
    const html = reviewPageStart('zh-CN') + reviewFileSection(entries[0]) + reviewPageEnd([reviewSummaryOf(entries[0])]);
    assert.ok(html.indexOf('id="summary"') > html.indexOf('class="report-file'));
    assert.match(html, /\.review \.summary \{ order: -1; \}/);
    assert.match(html, /id="only-failing"/);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
    assert.doesNotMatch(html, /@import|url\(/);
    const root = documentOf(html);
    assert.equal(all(root, tag('script')).length, 1);
    assert.equal(attr(all(root, tag('html'))[0], 'lang'), 'zh-CN');
  });

  it('in English when asked', () => {
    const root = page(entries.slice(5, 6), 'en');
    assert.deepEqual(all(byId(root, 'summary-table'), tag('th')).map((th) => text(th)), ['File', 'Body', 'Year', 'Format', 'Errors', 'Warnings', 'Result']);
    assert.equal(attr(all(root, tag('html'))[0], 'lang'), 'en');
  });
});

describe('escaping', () => {
  const evil = '<script>alert("x")</script>&amp;<img src=x onerror=alert(1)>';

  it('a label, a prose line, a title and a path with markup are text', () => {
    let source = consistent.replace('临河县自然资源局 2024', `${evil}临河县自然资源局 2024`);
    source = setLine(source, 10, () => `(三) 政府信息管理：${evil}`);
    source = setLine(source, 48, (l) => l.replace('7. 属于行政执法案卷', `7. 属于行政执法案卷${evil}`));
    const report = parse(source);
    const diagnostics = check(report);
    assert.ok(diagnostics.some((d) => d.message.includes('<script>')), 'a message quotes the label');
    for (const html of [renderReport(report, diagnostics, { fixButtons: true }), reviewPageStart('zh-CN') + reviewFileSection({ path: `${evil}.txt`, report, diagnostics }) + reviewPageEnd([reviewSummaryOf({ path: `${evil}.txt`, report, diagnostics })])]) {
      const root = html.startsWith('<!DOCTYPE') ? documentOf(html) : fragment(html);
      assert.equal(all(root, tag('img')).length, 0);
      assert.equal(all(root, tag('script')).length, html.startsWith('<!DOCTYPE') ? 1 : 0);
      const paragraph = all(root, (n) => attr(n, 'data-line') === '10')[0];
      assert.equal(visibleText(paragraph), `(三) 政府信息管理：${evil}`);
      for (const d of diagnostics.filter((x) => x.message.includes('<'))) {
        assert.ok(all(root, (n) => (attr(n, 'title') ?? '').includes(d.message) || (hasClass('finding')(n) && text(n).includes(d.message))).length > 0, 'messages keep the text as it is');
      }
    }
  });
});
