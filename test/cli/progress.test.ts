// The progress line of a long run: nothing in a short run, a few redraws a second, erased before
// anything else is written; and the run tells it each file converted and each file checked.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as runCli } from '../../server/src/cli/main';
import { progressLine, type Progress } from '../../server/src/cli/progress';
import { scratch, seedText } from './run';

describe('the progress line', () => {
  it('shows nothing in the first second, then at most every 250 ms, and erases only what it drew', () => {
    let time = 0;
    const written: string[] = [];
    const line = progressLine((text) => written.push(text), () => time);
    line.clear();
    for (time = 0; time <= 2000; time += 100) line.step(`at ${time}`);
    assert.deepEqual(written, ['\r\x1b[Kat 1000', '\r\x1b[Kat 1300', '\r\x1b[Kat 1600', '\r\x1b[Kat 1900']);
    line.clear();
    line.clear();
    assert.deepEqual(written.slice(4), ['\r\x1b[K']);
  });

  it('is told each file converted, then each file checked, in the language of the run', async () => {
    const dir = scratch();
    const page = (text: string) => `<html><body><p>${text.split('\n').join('</p><p>')}</p></body></html>`;
    fs.writeFileSync(path.join(dir, 'a.html'), page(seedText('000')));
    fs.writeFileSync(path.join(dir, 'b.txt'), seedText('001'));
    fs.writeFileSync(path.join(dir, 'c.htm'), page(seedText('002')));
    for (const [locale, expected] of [
      ['zh-CN', ['正在读取：已转换 1/2 个 PDF、Word 或网页文件', '正在读取：已转换 2/2 个 PDF、Word 或网页文件',
        '正在检查：已检查 1/3 个文件', '正在检查：已检查 2/3 个文件', '正在检查：已检查 3/3 个文件']],
      ['en', ['Reading: 1 of 2 PDF, Word or web files converted', 'Reading: 2 of 2 PDF, Word or web files converted',
        'Checking: 1 of 3 files checked', 'Checking: 2 of 3 files checked', 'Checking: 3 of 3 files checked']],
    ] as const) {
      const steps: string[] = [];
      const progress: Progress = { step: (text) => steps.push(text), clear: () => undefined };
      await runCli(['--locale', locale, '--format', 'json', dir], () => undefined, () => undefined, undefined, progress);
      assert.deepEqual(steps, expected);
    }
  });
});
