// Web pages as saved from a government site: the findings of the same report as text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encode } from 'iconv-lite';
import { convert, isRefusal } from '../../server/src/convert';
import { findings, htmlOf } from './fixtures';

const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
const seed = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

async function textOf(bytes: Uint8Array, name = 'report.html'): Promise<string> {
  const result = await convert(bytes, name);
  assert.ok(!isRefusal(result), isRefusal(result) ? result.problem.zh : '');
  return result.text;
}

describe('web pages', () => {
  for (const n of ['000', '001', '002', '003', '004']) {
    it(`seed ${n} as a page with rowspan, colspan, &nbsp; and <br> in header cells: the findings of the text`, async () => {
      const html = htmlOf(seed(n));
      assert.match(html, /rowspan="\d+"/);
      assert.match(html, /colspan="\d+"/);
      assert.deepEqual(findings(await textOf(utf8(html))), findings(seed(n)));
    });
  }

  it('a gb2312 page is decoded by its declared charset', async () => {
    const text = await textOf(new Uint8Array(encode(htmlOf(seed('001'), 'gb2312'), 'gb2312')), 'report.HTM');
    assert.deepEqual(findings(text), findings(seed('001')));
    assert.match(text, /^卫东区人民政府办公室 2024 年政府信息公开工作年 度报告\n/);
  });

  it('skips navigation, scripts, styles and footers, and starts at the title', async () => {
    const text = await textOf(utf8(htmlOf(seed('003'))));
    assert.ok(text.startsWith('温县行政审批和政务信息管理局 2024 年政府信息公开工作年度报告\n'));
    for (const chrome of ['首页', '不是正文', 'margin', '版权所有']) assert.ok(!text.includes(chrome), chrome);
  });

  it('writes a cell spanning columns once, then empty cells; <br> in a cell is a space, &nbsp; blank', async () => {
    const html = '<table><tr><td colspan="3">行政复议</td><td>结果<br>维持</td></tr><tr><td rowspan="2">三、本年度办理结果</td><td>&nbsp;</td><td>（一）予以公开</td><td>1</td></tr><tr><td>x</td><td>y</td><td>2</td></tr></table>';
    assert.equal(await textOf(utf8(html)), '行政复议\t\t\t结果 维持\n三、本年度办理结果\t\t（一）予以公开\t1\n\tx\ty\t2\n');
  });

  it('a page with no text says so', async () => {
    const result = await convert(utf8('<html><body><script>x()</script></body></html>'), 'a.html');
    assert.ok(isRefusal(result) && /网页中没有找到正文文字/.test(result.problem.zh));
  });
});
