// The extension's manifest and packaged files agree with the code: the settings with the core's
// codes, the localized strings with their uses, the snippet with the server's template, the .vsix
// with its allowlist.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { convertibleKind } from '../../server/src/convert';
import { codes, defaultSeverity } from '../../server/src/core';
import { reportTemplate } from '../../server/src/lsp/template';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));
const SNIPPETS = 'snippets/xxgk-report.code-snippets';

/** The snippet file as it should read: the server's template with two placeholders. */
function snippetFile(): string {
  const body = reportTemplate('${1:机关名称}', '${2:年份}').split('\n');
  return JSON.stringify({ 政府信息公开工作年度报告: { prefix: ['年报', 'xxgk', 'report'], description: '按法定格式的空白年度报告 / An empty annual report in the statutory format', body } }, null, 2) + '\n';
}

describe('the extension manifest', function () {
  const pkg = json('package.json');

  it('has one xxgk.severity.<code> setting per code of the core, defaulting to its severity', () => {
    const properties = pkg.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[] }>;
    const severities = Object.keys(properties).filter((k) => k.startsWith('xxgk.severity.'));
    assert.deepEqual(severities, codes.map((c) => `xxgk.severity.${c}`));
    for (const code of codes) {
      assert.equal(properties[`xxgk.severity.${code}`].default, defaultSeverity[code], code);
      assert.deepEqual(properties[`xxgk.severity.${code}`].enum, ['error', 'warning', 'information', 'hint', 'off']);
    }
    assert.deepEqual(Object.keys(properties).filter((k) => !k.startsWith('xxgk.severity.')), ['xxgk.enable', 'xxgk.locale', 'xxgk.maxDiagnostics', 'xxgk.trace.server']);
    // Chinese unless the user asks otherwise, whatever the display language of VS Code.
    assert.deepEqual([properties['xxgk.locale'].default, properties['xxgk.locale'].enum], ['zh-CN', ['zh-CN', 'en', 'auto']]);
  });

  it('activates on the report language and on the files a report may hide in', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:xxgk-report', 'onLanguage:plaintext', 'onLanguage:markdown']);
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command), ['xxgk.fixAll', 'xxgk.newReport', 'xxgk.importReport', 'xxgk.showPreview', 'xxgk.showPreviewToSide']);
    assert.equal(pkg.main, './dist/extension.js');
    // Cells are separated by tabs: the Tab key must type one.
    assert.equal(pkg.contributes.configurationDefaults['[xxgk-report]']['editor.insertSpaces'], false);
    // Full-width punctuation (：，（）) is the norm in a Chinese report, not a confusable character.
    assert.equal(pkg.contributes.configurationDefaults['[xxgk-report]']['editor.unicodeHighlight.ambiguousCharacters'], false);
  });

  it('localizes every %key% of package.json in English and Chinese, and no other key', () => {
    const used = [...new Set([...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();
    assert.deepEqual(Object.keys(json('package.nls.json')).sort(), used);
    assert.deepEqual(Object.keys(json('package.nls.zh-cn.json')).sort(), used);
  });

  it('offers the preview as Markdown does: a button in the editor title of a report, its commands only on reports', () => {
    assert.deepEqual(pkg.contributes.menus['editor/title'], [{ command: 'xxgk.showPreviewToSide', alt: 'xxgk.showPreview', when: 'editorLangId == xxgk-report', group: 'navigation' }]);
    for (const command of ['xxgk.showPreview', 'xxgk.showPreviewToSide']) {
      assert.equal(pkg.contributes.commands.find((c: { command: string }) => c.command === command).icon, '$(open-preview)');
      assert.equal(pkg.contributes.menus.commandPalette.find((c: { command: string }) => c.command === command).when, 'editorLangId == xxgk-report');
    }
    assert.equal(json('package.nls.zh-cn.json')['command.showPreview'], '预览年报');
  });

  it('offers the import of a report on exactly the files the converters read, and .doc (to say what to do)', () => {
    const [menu] = pkg.contributes.menus['explorer/context'];
    assert.equal(menu.command, 'xxgk.importReport');
    const extname = new RegExp(/^resourceExtname =~ \/(.*)\/i$/.exec(menu.when)![1], 'i');
    for (const name of ['a.pdf', 'a.PDF', 'a.docx', 'a.doc', 'a.html', 'a.htm']) assert.ok(convertibleKind(name) && extname.test(path.extname(name)), name);
    for (const name of ['a.txt', 'a.md', 'a.docm', 'a.pdfx']) assert.ok(!convertibleKind(name) && !extname.test(path.extname(name)), name);
  });

  it('translates every vscode.l10n.t string of the client into Chinese, and no other', () => {
    const source = fs.readdirSync(path.join(root, 'client', 'src')).map((file) => read(`client/src/${file}`)).join('\n');
    const used = [...new Set([...source.matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]))].sort();
    assert.ok(used.length >= 5);
    assert.deepEqual(Object.keys(json('l10n/bundle.l10n.zh-cn.json')).sort(), used);
  });

  it('contributes the server\'s empty report as a snippet', () => {
    const current = fs.existsSync(path.join(root, SNIPPETS)) ? read(SNIPPETS) : '';
    if (current !== snippetFile()) {
      // Written afresh, as rust-analyzer's sourcegen does: the test fails once, and the new file is committed.
      fs.mkdirSync(path.join(root, 'snippets'), { recursive: true });
      fs.writeFileSync(path.join(root, SNIPPETS), snippetFile());
      assert.fail(`${SNIPPETS} was out of date and has been regenerated: commit it`);
    }
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'xxgk-report', path: `./${SNIPPETS}` }]);
  });

  it('packages exactly the allowlisted files', async function () {
    this.timeout(60000);
    const { listFiles } = await import('@vscode/vsce');
    const files = (await listFiles({ cwd: root, packageManager: 'none' as never })).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/convert/docx.mjs', 'dist/convert/html.mjs', 'dist/convert/pdf.mjs', 'dist/extension.js', 'dist/server.js', 'l10n/bundle.l10n.zh-cn.json',
      'language-configuration.json', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', SNIPPETS, 'syntaxes/xxgk-report.tmLanguage.json',
    ]);
  });

  it('has a grammar and a language configuration that parse, with every pattern a valid expression', () => {
    const grammar = json('syntaxes/xxgk-report.tmLanguage.json');
    assert.equal(grammar.scopeName, pkg.contributes.grammars[0].scopeName);
    for (const [name, rule] of Object.entries(grammar.repository as Record<string, { match: string }>)) assert.doesNotThrow(() => new RegExp(rule.match), name);
    assert.ok(Array.isArray(json('language-configuration.json').brackets));
  });
});
