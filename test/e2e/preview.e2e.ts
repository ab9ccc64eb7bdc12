// 「预览年报」 in a real VS Code (code-server in Chromium): the preview opens beside a seed report,
// draws table 三 as a table, follows an edit within a second, and a click on a cell moves the
// cursor there. Then the reviewer's page of the seeds and the samples, in Chromium.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { check, parse } from '../../server/src/core';
import { reviewFileSection, reviewPageEnd, reviewPageStart, reviewSummaryOf, type ReviewEntry } from '../../server/src/core/render';
import { reportFiles, SEED } from './reports';
import { editorSession } from './session';
import { ROOT } from './tools';
import { until } from './until';

const IMAGES = path.join(ROOT, 'images');
/** Row （四） 1. of table 三 in seed 001: 26 0 0 0 9 0, 总计 35. */
const TOTAL = '(?<=不掌握相关政府信息.*\\t)35(?=\\t)';

describe('the preview and the review page (code-server, Chromium)', function () {
  this.timeout(120_000);

  const session = editorSession('preview', reportFiles);

  /** The document inside the preview's webview (an iframe in an iframe). */
  const preview = (): FrameLocator => session.workbench.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  it('opens beside a seed report from the editor title button and draws table 三 as a table', async () => {
    await session.workbench.openFile(SEED);
    await session.workbench.waitForLanguageMode('政府信息公开年报');
    await session.workbench.page.locator('.editor-actions .action-label[aria-label*="Open Preview to the Side"]').first().click();
    const table = preview().locator('table[data-table="applications"]');
    await table.waitFor({ timeout: 30_000 });
    // Merged headers and a group label spanning its rows, as the statutory form draws them.
    assert.equal(await table.locator('th', { hasText: '法人或其他组织' }).getAttribute('colspan'), '5');
    assert.equal(await table.locator('th', { hasText: '申请人情况' }).getAttribute('colspan'), '7');
    assert.equal(await table.locator('th', { hasText: '三、本年度办理结果' }).getAttribute('rowspan'), '22');
    const box = await table.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 300, 'drawn, not hidden');
    // Beside the text: two editor groups.
    assert.equal(await session.workbench.page.locator('.editor-group-container').count(), 2);
  });

  it('follows an edit that breaks a total within a second', async () => {
    await session.workbench.page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').click();
    await session.workbench.select(TOTAL);
    const cell = preview().locator('td[data-line="58"]', { hasText: '36' });
    await session.workbench.type('36');
    // From the edit in the editor (the tab shows it unsaved) to the mark in the preview.
    const started = Date.now();
    await until(async () => ((await cell.first().getAttribute('class', { timeout: 200 })) ?? '').includes('mark'), 'the broken total marked in the preview', 1000);
    const elapsed = Date.now() - started;
    assert.match(await cell.locator('.should').innerText(), /(^|\s)35$/);
    process.stderr.write(`[e2e] the preview marked the broken total ${elapsed} ms after the edit\n`);
    await cell.first().scrollIntoViewIfNeeded();
    await session.workbench.screenshot('preview');
    await session.workbench.page.screenshot({ path: path.join(IMAGES, 'preview.png') });
  });

  it('a click on a cell moves the cursor to it', async () => {
    const cell = preview().locator('td[data-line="46"][data-character]').nth(5);
    const character = Number(await cell.getAttribute('data-character'));
    await cell.click();
    await until(() => session.workbench.page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')), 'the editor focused');
    await until(async () => /Ln 47,/.test(await session.workbench.page.locator('#status\\.editor\\.selection').innerText()), 'the cursor on the clicked line');
    // The status bar counts columns with tabs expanded: the character is read as what lies after the cursor.
    const line = reportFiles()[SEED].split('\n')[46].replace(/\r$/, '');
    await session.workbench.page.keyboard.press('Shift+End');
    await until(async () => (await session.workbench.page.locator('#status\\.editor\\.selection').innerText()).includes(`(${line.length - character} selected)`), `the cursor at character ${character}`);
    await session.workbench.page.keyboard.press('ArrowLeft');
  });

  it('the review page of the five seeds and the samples: the failing reports marked, the summary first', async () => {
    const seeds = path.join(ROOT, 'test', 'fixtures', 'seeds');
    const samples = path.join(ROOT, 'samples');
    const files = [...fs.readdirSync(seeds).map((f) => path.join(seeds, f)), ...fs.readdirSync(samples).map((f) => path.join(samples, f))];
    const entries: ReviewEntry[] = files.map((file) => {
      const report = parse(fs.readFileSync(file, 'utf8'));
      return { path: path.relative(ROOT, file), report, diagnostics: check(report) };
    });
    const failing = entries.filter((e) => e.diagnostics.some((d) => d.severity === 'error')).map((e) => e.path);
    assert.ok(failing.length >= 1 && failing.length < entries.length, 'some pass, some fail');
    const html = reviewPageStart('zh-CN') + entries.map((e) => reviewFileSection(e)).join('') + reviewPageEnd(entries.map(reviewSummaryOf));
    const file = path.join(session.folder, 'review.html');
    fs.writeFileSync(file, html);
    const page: Page = await session.workbench.page.context().newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`file://${file}`);
      const rows = page.locator('#summary-table tbody tr');
      assert.equal(await rows.count(), entries.length);
      const marked = await page.locator('#summary-table tbody tr[data-result="fail"] td:first-child').allInnerTexts();
      assert.deepEqual(marked.sort(), [...failing].sort());
      for (const text of await page.locator('#summary-table tbody tr[data-result="fail"] .result').allInnerTexts()) assert.match(text, /不通过/);
      // Written last, shown first.
      const summary = await page.locator('#summary').boundingBox();
      const reports = await page.locator('main.reports').boundingBox();
      assert.ok(summary && reports && summary.y < reports.y, 'the summary above the reports');
      await page.screenshot({ path: path.join(IMAGES, 'review.png') });
      // Sorted by errors, most first; then only the failing ones.
      const errors = page.locator('#summary-table thead button', { hasText: '错误' });
      await errors.click();
      await errors.click();
      const counts = (await page.locator('#summary-table tbody tr td:nth-child(5)').allInnerTexts()).map(Number);
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
      await page.locator('#only-failing').check();
      assert.equal(await page.locator('section.report-file:visible').count(), failing.length);
      assert.equal(await page.locator('#summary-table tbody tr:visible').count(), failing.length);
    } finally {
      await page.close();
    }
  });
});
