// The language server in a second, independent client: Neovim 0.7, which counts columns in bytes
// and sends code-action ranges in bytes, here with Chinese messages (code-server has no Chinese
// display language offline). What it shows and fixes must match the CLI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliDiagnostics, cliFixed, sampleText, withPartialTotal } from './reports';
import { ensureTools, freshFolder, ROOT } from './tools';

interface Seen {
  error?: string;
  diagnostics: Array<{ line: number; byte: number; code: string; message: string }>;
  hover?: string;
  offered?: string[];
  fixed_line?: string;
  remaining?: number;
}

describe('the language server in Neovim 0.7', function () {
  this.timeout(120_000);

  it('shows the diagnostics at the right bytes, hovers, applies the quick fix and fix-all', function () {
    this.timeout(15 * 60_000); // the first run installs the tools
    const tools = ensureTools();
    const folder = freshFolder('neovim');
    // The sample has one wrong total, on （一）予以公开; a second one is made on （二）部分公开.
    const text = withPartialTotal(sampleText(), 9);
    const report = path.join(folder, 'report.txt');
    fs.writeFileSync(report, text);
    const expected = cliDiagnostics(report, 'zh-CN');
    const out = path.join(folder, 'seen.json');

    const nvim = spawnSync(tools.nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'nvim', 'check.lua')}`], {
      env: { ...process.env, HOME: folder, XDG_STATE_HOME: folder, XDG_DATA_HOME: folder, XDG_CONFIG_HOME: folder, XXGK_REPORT: report,
        XXGK_NODE: process.execPath, XXGK_SERVER: path.join(ROOT, 'dist', 'server.js'), XXGK_OUT: out, XXGK_LOCALE: 'zh-CN' },
      encoding: 'utf8', timeout: 100_000,
    });
    const seen: Seen = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(seen.error, undefined, `${seen.error}\n${nvim.stderr}`);
    assert.equal(nvim.status, 0);

    const lines = text.split('\n');
    const inBytes = (line: number, character: number) => Buffer.byteLength(lines[line].slice(0, character));
    assert.deepEqual(
      seen.diagnostics.map((d) => `${d.line}:${d.byte} ${d.code} ${d.message}`).sort(),
      expected.map((d) => `${d.range.start.line}:${inBytes(d.range.start.line, d.range.start.character)} ${d.code} ${d.message}`).sort(),
    );
    assert.deepEqual(expected.map((d) => d.code), ['row-sum', 'row-sum']);
    assert.match(seen.hover ?? '', /17 \+ 3 \+ 0 \+ 1 \+ 1 \+ 0 = 22 —— 但本格填写为 23/);
    assert.equal(seen.offered?.[0], '将「（一）予以公开 · 总计」改为 22');
    assert.match(seen.fixed_line ?? '', /\t17\t3\t0\t1\t1\t0\t22\t$/);
    assert.equal(seen.remaining, 1);
    assert.equal(fs.readFileSync(report, 'utf8'), cliFixed(text));
  });
});
