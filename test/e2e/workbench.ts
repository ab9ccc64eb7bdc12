// A person at the code-server workbench in Chromium: opening files, reading the Problems panel,
// hovering, choosing a quick fix, saving. Every step waits for what it expects to see.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SCREENSHOTS } from './tools';
import { until } from './until';

/** The flags a browser needs on a machine with a closed network and no GPU. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface Problem {
  file: string;
  severity: string;
  message: string;
  code: string;
  line: number;
  column: number;
}

/** Monaco renders spaces and tabs as no-break spaces. */
function plain(text: string | null): string {
  return (text ?? '').replace(/\u00a0/g, ' ');
}

export class Workbench {
  private constructor(private readonly context: BrowserContext, readonly page: Page) {}

  static async open(chromiumPath: string, profile: string, url: string, workspace: string): Promise<Workbench> {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 },
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    return new Workbench(context, page);
  }

  close(): Promise<void> {
    return this.context.close();
  }

  async screenshot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  }

  private readonly quickInputBox = () => this.page.locator('.quick-input-widget .quick-input-box input');

  private async quickInput(open: string, text: string, choose: string): Promise<void> {
    await this.choose(open, text, choose);
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  private async choose(open: string, text: string, item: string): Promise<void> {
    // The list is filtered as the text arrives: Enter only once the wanted item is the chosen one. A
    // palette opened before the workbench registered the extensions' commands (a fresh session) never
    // lists them: it is closed and opened again.
    await until(async () => {
      await this.page.keyboard.press(open);
      const input = this.quickInputBox();
      await input.waitFor();
      await input.fill(text);
      const listed = await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: item }).waitFor({ timeout: 3000 }).then(() => true, () => false);
      if (!listed) await this.page.keyboard.press('Escape');
      return listed;
    }, `${item} listed after ${open}`);
    await this.page.keyboard.press('Enter');
  }

  /** Runs a command that asks for a file, and answers VS Code's file dialog (in the browser, a quick input of paths) with `file`. */
  async commandOnFile(title: string, file: string): Promise<void> {
    await this.choose('F1', `>${title}`, title);
    const input = this.quickInputBox();
    // The same widget comes back as the dialog, its input holding a folder's path.
    await until(async () => (await input.inputValue()).startsWith('/'), 'the file dialog');
    // The dialog may set its folder's path again while it fills its list: type the file until it stays
    // (two reads in a row), then Enter; where the path was set again before Enter (the dialog stays open), again.
    const widget = this.page.locator('.quick-input-widget');
    let held = 0;
    await until(async () => {
      if (!(await widget.isVisible())) return true;
      if ((await input.inputValue()) !== file) {
        held = 0;
        await input.fill(file);
        return false;
      }
      if (++held < 2) return false;
      held = 0;
      await this.page.keyboard.press('Enter');
      return widget.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false);
    }, `${file} chosen in the file dialog`);
  }

  /** Quick Open by name, then wait until its editor is the active one. */
  async openFile(name: string): Promise<void> {
    await this.quickInput('Control+P', name, name);
    await this.page.locator('.tab.active', { hasText: name }).waitFor();
    await this.page.locator('.monaco-editor .view-lines').first().waitFor();
  }

  async command(title: string): Promise<void> {
    await this.quickInput('F1', `>${title}`, title);
  }

  languageMode(): Promise<string> {
    return this.page.locator('#status\\.editor\\.mode').innerText();
  }

  async waitForLanguageMode(name: string): Promise<void> {
    await until(async () => (await this.languageMode()).includes(name), `the language mode ${name}`);
  }

  /**
   * The Problems panel read row by row. Its list is virtual: a file whose rows are not all drawn
   * is an error here, not a silently shorter list.
   */
  async problems(): Promise<Problem[]> {
    await this.showProblems();
    const labels = await this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('aria-label') ?? '', r.textContent ?? '']));
    const problems: Problem[] = [];
    const announced = new Map<string, number>();
    let file = '';
    for (const [aria, text] of labels) {
      const fileRow = /^(\d+) problems? in file (.+) of folder/.exec(aria);
      if (fileRow) { file = fileRow[2]; announced.set(file, Number(fileRow[1])); continue; }
      const marker = /^(.*?)xxgk\(?([a-z-]+)\)?\[Ln (\d+), Col (\d+)\]$/s.exec(plain(text));
      if (!marker) continue;
      problems.push({ file, severity: aria.split(':')[0], message: marker[1], code: marker[2], line: Number(marker[3]), column: Number(marker[4]) });
    }
    for (const [name, count] of announced) {
      const drawn = problems.filter((p) => p.file === name).length;
      if (drawn !== count) throw new Error(`the Problems panel draws ${drawn} of the ${count} problems of ${name}`);
    }
    return problems;
  }

  async showProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.command('Problems: Focus on Problems View');
    await this.page.locator('.markers-panel').waitFor();
  }

  /** Waits until the Problems panel shows what `accept` accepts for a file, and returns that. */
  async waitForProblems(file: string, accept: (problems: Problem[]) => boolean, what: string): Promise<Problem[]> {
    let seen: Problem[] = [];
    try {
      return await until(async () => {
        seen = (await this.problems()).filter((p) => p.file === file);
        return accept(seen) && seen;
      }, what);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nProblems panel for ${file}: ${JSON.stringify(seen, null, 1)}`);
    }
  }

  /** Opens the `index`-th problem of `file` from the Problems panel: the editor gets the focus, the cursor its start. */
  async goToProblem(file: string, index: number): Promise<void> {
    await this.showProblems();
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    const labels = await rows.evaluateAll((all) => all.map((r) => r.getAttribute('aria-label') ?? ''));
    const fileRow = labels.findIndex((label) => new RegExp(`problems? in file ${file} of folder`).test(label));
    if (fileRow < 0) throw new Error(`no problems of ${file} in the panel`);
    await rows.nth(fileRow + 1 + index).click();
    await this.page.keyboard.press('Enter');
    await until(() => this.page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')), `the editor of ${file} focused`);
    await this.page.locator('.tab.active', { hasText: file }).waitFor();
    await this.page.keyboard.press('ArrowLeft'); // from the selected number to its start
  }

  /** Selects the first match of a regular expression with the Find widget, and closes it. */
  async select(pattern: string): Promise<void> {
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.find-widget.visible');
    await find.waitFor();
    const regex = find.locator('.codicon-regex');
    // A click during the widget's entrance can be lost: the toggle is read again until it is on.
    await until(async () => {
      if ((await regex.getAttribute('aria-checked')) === 'true') return true;
      await regex.click();
      return false;
    }, 'the regular-expression toggle of the find widget on');
    const input = find.locator('textarea[aria-label="Find"]');
    const count = find.locator('.matchesCount');
    // Emptied first, so that the count read next belongs to this pattern and not to the last one.
    await input.fill('');
    await until(async () => !/ of /.test(await count.innerText()), 'the find widget emptied');
    await input.fill(pattern);
    // "? of 1" when the cursor is not on the match: Enter below moves it there. A failure names what
    // the widget showed, for the run that cannot be watched.
    await until(async () => {
      const shown = await count.innerText();
      if (/^(\d+|\?) of \d+$/.test(shown)) return true;
      const typed = await input.inputValue();
      if (typed !== pattern) await input.fill(pattern); // the text did not arrive whole: typed again
      throw new Error(`the find widget shows "${shown}" for "${typed}", regex ${await regex.getAttribute('aria-checked')}`);
    }, `a match of ${pattern}`);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
    await find.waitFor({ state: 'hidden' });
    await until(async () => /selected/.test(await this.page.locator('#status\\.editor\\.selection').innerText()), `the match of ${pattern} selected`);
  }

  /** Shows the hover at the cursor and waits until it contains `expected`. */
  async hover(expected: RegExp): Promise<string> {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const text = await until(async () => {
      const shown = plain(await this.page.locator('.monaco-hover:visible').first().innerText({ timeout: 1000 }));
      return expected.test(shown) && shown;
    }, `a hover matching ${expected}`);
    return text;
  }

  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Opens the light bulb menu at the cursor and chooses the action titled `title`. */
  async quickFix(title: string): Promise<void> {
    const item = this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    // The menu lists the actions known when it opens: on a loaded machine it can open before the
    // server's answer (once it waited 15 s for an action that never came), so it is closed and
    // opened again until the action is in it.
    await until(async () => {
      await this.page.keyboard.press('Control+.');
      try {
        await item.waitFor({ timeout: 5000 });
        return true;
      } catch {
        await this.page.keyboard.press('Escape');
        return false;
      }
    }, `the quick fix 「${title}」 in the light bulb menu`);
    await item.click();
    await item.waitFor({ state: 'hidden' });
  }

  /** The rendered text of the editor line that contains `fragment`. */
  async lineText(fragment: string): Promise<string> {
    const line = this.page.locator('.monaco-editor .view-line', { hasText: fragment }).first();
    return plain(await line.textContent());
  }

  /** Types into the active editor, and waits until its tab shows the change. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.page.locator('.tab.active.dirty').waitFor();
  }

  /** Saves the active editor and waits until its tab is no longer dirty. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** The outline of the active editor: the names of its top rows, and the rows under `expand` once opened. */
  async outline(expand: string): Promise<{ top: string[]; under: string[] }> {
    await this.command('Explorer: Focus on Outline View');
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    await rows.first().waitFor();
    const read = () => rows.evaluateAll((elements) => elements.map((e) => ({
      name: e.querySelector('.label-name')?.textContent ?? '',
      level: Number(e.getAttribute('aria-level')),
    })));
    const top = (await read()).filter((row) => row.level === 1).map((row) => row.name);
    const section = rows.filter({ hasText: expand }).first();
    if ((await section.getAttribute('aria-expanded')) === 'false') await section.locator('.monaco-tl-twistie').click();
    await until(async () => (await section.getAttribute('aria-expanded')) === 'true', `the outline of ${expand} opened`);
    const opened = await read();
    const at = opened.findIndex((row) => row.name === expand);
    const next = opened.findIndex((row, i) => i > at && row.level === 1);
    return { top, under: opened.slice(at + 1, next < 0 ? undefined : next).map((row) => row.name) };
  }
}
