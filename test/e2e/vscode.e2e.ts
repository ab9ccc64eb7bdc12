// The packaged extension in a real VS Code (code-server 4.139.1 = VS Code 1.139.1) driven in
// Chromium the way a reviewer works: open a report, read the Problems panel, hover, fix, save.
// The display language is English (no language pack offline): with xxgk.locale at its default,
// everything the server says is Chinese all the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliDiagnostics, cliFixed, DRAFT, reportFiles, sampleText, SAMPLE, SEED, withPartialTotal } from './reports';
import { editorSession } from './session';
import { until } from './until';

const LANGUAGE_NAME = '政府信息公开年报';
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** The command lines of the running processes. */
function processes(): string[] {
  return fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((pid) => {
    try {
      return [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')];
    } catch {
      return []; // gone meanwhile
    }
  });
}

describe('the extension in VS Code (code-server, Chromium)', function () {
  this.timeout(120_000);
  /** Whether the packaged extension's language server runs. */
  const serverRuns = () => processes().some((p) => p.includes(path.join(session.folder, 'extensions')) && p.includes(path.join('dist', 'server.js')));
  /** Workspace settings, as a user writes them in .vscode/settings.json; VS Code follows the file. */
  const workspaceSettings = (settings: object) => {
    fs.mkdirSync(path.join(session.server.workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(session.server.workspace, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  };
  /** The sample as the draft of another body, for the auto-save tests. */
  const draftOf = (body: string) => ({ name: `${body}-2024.txt`, text: sampleText().replace(/临河县自然资源局/g, body) });
  const DRAFTS = { explicit: draftOf('临河县水利局'), always: draftOf('临河县交通运输局') };
  const NOTES = 'notes.txt';
  const panelLines = (file: string, locale: 'en' | 'zh-CN') => cliDiagnostics(path.join(session.server.workspace, file), locale)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`).sort();
  /** The panel says Info where the CLI says information. */
  const severityOf = (shown: string) => (shown.toLowerCase() === 'info' ? 'information' : shown.toLowerCase());
  const shownLines = (shown: { line: number; column: number; severity: string; code: string; message: string }[]) =>
    shown.map((p) => `${p.line}:${p.column} ${severityOf(p.severity)} ${p.code} ${p.message}`).sort();

  const session = editorSession('vscode', () => ({ ...reportFiles(), [NOTES]: '会议记录\n\n一、会议时间\n二、参会人员\n', ...Object.fromEntries(Object.values(DRAFTS).map((d) => [d.name, d.text])) }));

  it('starts no language server for a .txt file that is not a report', async () => {
    await session.workbench.openFile(NOTES);
    await session.workbench.waitForLanguageMode('Plain Text');
    // The extension is active now (it looks at every plain text file); a server started for this
    // file would be running within a moment. A negative cannot be waited for: give it that moment.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.equal(serverRuns(), false);
  });

  it('recognises a report in a plain .txt file, switches it to the report language, and starts the server', async () => {
    await session.workbench.openFile(SAMPLE);
    await session.workbench.waitForLanguageMode(LANGUAGE_NAME);
    await until(async () => serverRuns(), 'the language server running');
  });

  it('lists in the Problems panel exactly what xxgk-lint finds in a seed report, in Chinese by default', async () => {
    await session.workbench.openFile(SEED);
    await session.workbench.waitForLanguageMode(LANGUAGE_NAME);
    const expected = panelLines(SEED, 'zh-CN');
    assert.ok(expected.length >= 5, 'the seed has problems to show');
    await session.workbench.waitForProblems(SEED, (shown) => JSON.stringify(shownLines(shown)) === JSON.stringify(expected), `the ${expected.length} diagnostics of ${SEED}, in Chinese`);
    await session.workbench.screenshot('problems');
  });

  it('with "xxgk.locale": "en", lists them in English, and in Chinese again without it', async () => {
    workspaceSettings({ 'xxgk.locale': 'en' });
    const english = panelLines(SEED, 'en');
    try {
      await session.workbench.waitForProblems(SEED, (shown) => JSON.stringify(shownLines(shown)) === JSON.stringify(english), `the diagnostics of ${SEED}, in English`);
    } finally {
      workspaceSettings({});
    }
    const chinese = panelLines(SEED, 'zh-CN');
    await session.workbench.waitForProblems(SEED, (shown) => JSON.stringify(shownLines(shown)) === JSON.stringify(chinese), `the diagnostics of ${SEED}, in Chinese again`);
  });

  it('hovering a statutory row shows what it means and the article of the 条例 it rests on', async () => {
    await session.workbench.openFile(SAMPLE);
    await session.workbench.select('本年新收政府信息公开申请数量');
    const text = await session.workbench.hover(/第二十七条/);
    assert.match(text, /一、本年新收政府信息公开申请数量/);
    assert.match(text, /《中华人民共和国政府信息公开条例》第二十七条/);
    await session.workbench.dismiss();
  });

  it('hovering a wrong total writes the sum out with its parts', async () => {
    await session.workbench.openFile(SAMPLE);
    await session.workbench.waitForProblems(SAMPLE, (shown) => shown.length === 1 && shown[0].code === 'row-sum', 'the wrong total of the sample');
    await session.workbench.goToProblem(SAMPLE, 0);
    const text = await session.workbench.hover(/= 22/);
    assert.match(text, /17 \+ 3 \+ 0 \+ 1 \+ 1 \+ 0 = 22 —— 但本格填写为 23/);
    await session.workbench.screenshot('hover-total');
    await session.workbench.dismiss();
  });

  it('the quick fix sets the total to its sum in the editor, and the problem goes away', async () => {
    await session.workbench.openFile(SAMPLE);
    await session.workbench.goToProblem(SAMPLE, 0);
    await session.workbench.quickFix('改为 22');
    // The computed value shown beside a wrong total goes with it: the row ends in the fixed total.
    const cells = async () => (await session.workbench.lineText('予以公开')).trim().split(/\s+/).slice(-7).join(' ');
    await until(async () => (await cells()) === '17 3 0 1 1 0 22', 'the fixed total in the editor');
    await session.workbench.waitForProblems(SAMPLE, (shown) => shown.length === 0, 'no problem left in the sample');
    await session.workbench.save();
    assert.equal(fs.readFileSync(path.join(session.server.workspace, SAMPLE), 'utf8'), cliFixed(reportFiles()[SAMPLE]));
  });

  it('fix-all on a manual save ("explicit") recomputes every total, the one just typed and the one that was wrong', async () => {
    await session.workbench.openFile(DRAFT);
    await session.workbench.waitForLanguageMode(LANGUAGE_NAME);
    await session.workbench.select('(?<=部分公开.*\\t)5(?=\\t$)');
    await session.workbench.type('9');
    await until(async () => (await session.workbench.lineText('部分公开')).trim().endsWith(' 9'), 'the typed total in the editor');
    await session.workbench.save();
    const saved = fs.readFileSync(path.join(session.server.workspace, DRAFT), 'utf8');
    assert.equal(saved, cliFixed(withPartialTotal(reportFiles()[DRAFT], 9)));
    assert.match(saved, /予以公开\t17\t3\t0\t1\t1\t0\t22\t\n/);
    assert.match(saved, /部分公开[^\n]*\t4\t1\t0\t0\t0\t0\t5\t\n/);
  });

  it('outlines the six sections with their tables', async () => {
    await session.workbench.openFile(SAMPLE);
    const outline = await session.workbench.outline(SECTIONS[2]);
    assert.deepEqual(outline.top, SECTIONS);
    assert.deepEqual(outline.under, ['收到和处理政府信息公开申请情况']);
    await session.workbench.screenshot('outline');
  });

  /** Opens a draft, types 9 over the 总计 of （二）部分公开 (5), and leaves the saving to auto-save. */
  async function typeAndLeave(draft: { name: string; text: string }): Promise<string> {
    await session.workbench.openFile(draft.name);
    await session.workbench.waitForLanguageMode(LANGUAGE_NAME);
    await session.workbench.select('(?<=部分公开.*\\t)5(?=\\t$)');
    // Not session.workbench.type, which waits for the tab to show unsaved changes: auto-save may have saved them first.
    await session.workbench.page.keyboard.type('9');
    return path.join(session.server.workspace, draft.name);
  }

  it('with auto-save after a delay, "explicit" leaves the saved file as typed: fix-all runs on a manual save only', async () => {
    workspaceSettings({ 'files.autoSave': 'afterDelay', 'files.autoSaveDelay': 300 });
    try {
      const file = await typeAndLeave(DRAFTS.explicit);
      const typed = withPartialTotal(DRAFTS.explicit.text, 9);
      await until(async () => fs.readFileSync(file, 'utf8') === typed, 'the draft auto-saved as typed');
      await session.workbench.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
      assert.equal(fs.readFileSync(file, 'utf8'), typed);
    } finally {
      workspaceSettings({});
    }
  });

  // VS Code runs no code action on a save after a delay (code-server's default auto-save), "always"
  // or not; it runs the "always" ones on a save when the editor loses the focus.
  it('with auto-save on focus change, "always" fixes everything certain when the editor is left', async () => {
    workspaceSettings({ 'files.autoSave': 'onFocusChange', 'editor.codeActionsOnSave': { 'source.fixAll.xxgk': 'always' } });
    try {
      const file = await typeAndLeave(DRAFTS.always);
      await until(async () => (await session.workbench.lineText('部分公开')).trim().endsWith(' 9'), 'the typed total in the editor');
      const fixed = cliFixed(withPartialTotal(DRAFTS.always.text, 9));
      assert.match(fixed, /部分公开[^\n]*\t4\t1\t0\t0\t0\t0\t5\t\n/);
      await session.workbench.command('Problems: Focus on Problems View');
      await until(async () => fs.readFileSync(file, 'utf8') === fixed, 'the draft saved with every total fixed when the editor lost the focus');
    } finally {
      workspaceSettings({});
    }
  });

  it('imports a published PDF (converted on a thread of the server): its report text opens beside, as a report', async () => {
    const pdf = path.join(session.server.workspace, 'huaian-2024.pdf');
    fs.copyFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'corpus', 'pdf', 'huaian-2024.pdf'), pdf);
    await session.workbench.commandOnFile('Import a Word, PDF or web-page report', pdf);
    await until(async () => (await session.workbench.lineText('淮安市人民政府')).startsWith('淮安市人民政府 2024 年政府信息公开工作年度报告'), 'the imported report in an editor');
    await session.workbench.waitForLanguageMode(LANGUAGE_NAME);
  });
});
