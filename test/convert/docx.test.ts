// Word .docx: files built from the seeds' text, merged cells included, give the seeds' findings.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { convert, isRefusal } from '../../server/src/convert';
import { docxOf, findings } from './fixtures';

const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');

describe('Word .docx', function () {
  this.timeout(20000);
  for (const seed of fs.readdirSync(seeds).sort()) {
    it(`${seed} as a Word document: the findings of the seed text`, async () => {
      const text = fs.readFileSync(path.join(seeds, seed), 'utf8');
      const result = await convert(await docxOf(text), 'report.docx');
      assert.ok(!isRefusal(result), isRefusal(result) ? result.problem.zh : '');
      assert.deepEqual(findings(result.text), findings(text));
    });
  }

  it('reads gridSpan and vMerge: the label in the first cell of its first row, covered cells empty', async () => {
    const text = '（三）不予公开\t1.属于国家秘密\t1\n\t2.其他法律行政法规禁止公开\t0\n一、本年新收政府信息公开申请数量\t\t5\n';
    const docx = await docxOf(text);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']);
    assert.match(xml, /<w:gridSpan w:val="2"\/>/);
    assert.match(xml, /<w:vMerge w:val="restart"\/>/);
    assert.match(xml, /<w:vMerge w:val="continue"\/>/);
    const result = await convert(docx, 'a.DOCX');
    assert.ok(!isRefusal(result));
    assert.equal(result.text, text);
  });

  it('a table typed with tabs in body paragraphs keeps its tab-separated cells', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2000 }], children: [new TextRun({ children: ['规章', new Tab(), '0', new Tab(), '0', new Tab(), '3'] })] })] }] });
    const result = await convert(new Uint8Array(await Packer.toBuffer(document)), 'tabs.docx');
    assert.ok(!isRefusal(result));
    assert.equal(result.text, '规章\t0\t0\t3\n');
  });

  it('a .docx without a document inside, or with no text, says so', async () => {
    const notWord = await convert(zipSync({ 'a.txt': strToU8('x') }), 'a.docx');
    assert.ok(isRefusal(notWord) && /另存为 \.docx/.test(notWord.problem.zh));
    const empty = await convert(await docxOf(''), 'a.docx');
    assert.ok(isRefusal(empty) && /没有找到正文文字/.test(empty.problem.zh));
  });
});
