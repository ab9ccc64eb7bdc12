// The packaged extension in a real VS Code (code-server 4.139.1 = VS Code 1.139.1) driven in
// Chromium the way a reviewer works: open a report, read the Problems panel, hover, fix, save.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCodeServer, type CodeServer } from './codeServer';
import { cliDiagnostics, cliFixed, DRAFT, reportFiles, SAMPLE, SEED, withPartialTotal } from './reports';
import { ensureTools, freshFolder, packagedExtension } from './tools';
import { until } from './until';
import { Workbench } from './workbench';

const LANGUAGE_NAME = '政府信息公开年报';
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

describe('the extension in VS Code (code-server, Chromium)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let workbench: Workbench;

  before(async function () {
    this.timeout(15 * 60_000); // the first run installs code-server
    const tools = ensureTools();
    const folder = freshFolder('vscode');
    server = await startCodeServer(tools, folder, packagedExtension(), reportFiles());
    workbench = await Workbench.open(tools.chromium, path.join(folder, 'chromium'), server.url, server.workspace);
  });

  after(async function () {
    await workbench?.close();
    await server?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  it('recognises a report in a plain .txt file and switches it to the report language', async () => {
    await workbench.openFile(SAMPLE);
    await workbench.waitForLanguageMode(LANGUAGE_NAME);
  });

  it('lists in the Problems panel exactly what xxgk-lint finds in a seed report', async () => {
    await workbench.openFile(SEED);
    await workbench.waitForLanguageMode(LANGUAGE_NAME);
    const expected = cliDiagnostics(path.join(server.workspace, SEED), 'en')
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`).sort();
    assert.ok(expected.length >= 5, 'the seed has problems to show');
    await workbench.waitForProblems(SEED, (shown) => {
      const seen = shown.map((p) => `${p.line}:${p.column} ${p.severity.toLowerCase()} ${p.code} ${p.message}`).sort();
      return JSON.stringify(seen) === JSON.stringify(expected);
    }, `the ${expected.length} diagnostics of ${SEED}`);
    await workbench.screenshot('problems');
  });

  it('hovering a statutory row shows what it means and the article of the 条例 it rests on', async () => {
    await workbench.openFile(SAMPLE);
    await workbench.select('本年新收政府信息公开申请数量');
    const text = await workbench.hover(/Article \d+/);
    assert.match(text, /一、本年新收政府信息公开申请数量/);
    assert.match(text, /Requests received this year\.\s+Regulations on Government Information Disclosure, Article 27/);
    await workbench.dismiss();
  });

  it('hovering a wrong total writes the sum out with its parts', async () => {
    await workbench.openFile(SAMPLE);
    await workbench.waitForProblems(SAMPLE, (shown) => shown.length === 1 && shown[0].code === 'row-sum', 'the wrong total of the sample');
    await workbench.goToProblem(SAMPLE, 0);
    const text = await workbench.hover(/= 22/);
    assert.match(text, /17 \+ 3 \+ 0 \+ 1 \+ 1 \+ 0 = 22 — but the cell says 23/);
    await workbench.screenshot('hover-total');
    await workbench.dismiss();
  });

  it('the quick fix sets the total to its sum in the editor, and the problem goes away', async () => {
    await workbench.openFile(SAMPLE);
    await workbench.goToProblem(SAMPLE, 0);
    await workbench.quickFix('to 22');
    // The computed value shown beside a wrong total goes with it: the row ends in the fixed total.
    const cells = async () => (await workbench.lineText('予以公开')).trim().split(/\s+/).slice(-7).join(' ');
    await until(async () => (await cells()) === '17 3 0 1 1 0 22', 'the fixed total in the editor');
    await workbench.waitForProblems(SAMPLE, (shown) => shown.length === 0, 'no problem left in the sample');
    await workbench.save();
    assert.equal(fs.readFileSync(path.join(server.workspace, SAMPLE), 'utf8'), cliFixed(reportFiles()[SAMPLE]));
  });

  it('fix-all on save recomputes every total, the one just typed and the one that was wrong', async () => {
    await workbench.openFile(DRAFT);
    await workbench.waitForLanguageMode(LANGUAGE_NAME);
    await workbench.select('(?<=部分公开.*\\t)5(?=\\t$)');
    await workbench.type('9');
    await until(async () => (await workbench.lineText('部分公开')).trim().endsWith(' 9'), 'the typed total in the editor');
    await workbench.save();
    const saved = fs.readFileSync(path.join(server.workspace, DRAFT), 'utf8');
    assert.equal(saved, cliFixed(withPartialTotal(reportFiles()[DRAFT], 9)));
    assert.match(saved, /予以公开\t17\t3\t0\t1\t1\t0\t22\t\n/);
    assert.match(saved, /部分公开[^\n]*\t4\t1\t0\t0\t0\t0\t5\t\n/);
  });

  it('outlines the six sections with their tables', async () => {
    await workbench.openFile(SAMPLE);
    const outline = await workbench.outline(SECTIONS[2]);
    assert.deepEqual(outline.top, SECTIONS);
    assert.deepEqual(outline.under, ['Applications received and handled']);
    await workbench.screenshot('outline');
  });
});
