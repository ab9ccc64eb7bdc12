// Bad input: one clear message each, Chinese first, never a throw.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { convert, convertibleKind, isRefusal, MAX_BYTES } from '../../server/src/convert';
import { pdfOf, scannedPage, textAt } from './pdfFixtures';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'convert', name)));

async function refusal(bytes: Uint8Array, name: string): Promise<{ zh: string; en: string }> {
  const result = await convert(bytes, name);
  assert.ok(isRefusal(result), `${name} was converted`);
  assert.ok(!result.problem.zh.includes('\n') && !result.problem.en.includes('\n'), 'one line');
  return result.problem;
}

describe('files that cannot be converted', function () {
  this.timeout(20000);

  it('knows the kinds by extension, in any case', () => {
    assert.deepEqual(['a.PDF', 'b.docx', 'c.Htm', 'd.html', 'e.doc', 'f.txt', 'noextension'].map(convertibleKind), ['pdf', 'docx', 'html', 'html', 'doc', undefined, undefined]);
  });

  it('a scanned PDF (an image, no text layer) needs OCR', async () => {
    const { zh, en } = await refusal(pdfOf([scannedPage, scannedPage]), 'scan.pdf');
    assert.match(zh, /扫描图像.*文字识别（OCR）/);
    assert.match(en, /scanned image.*OCR/);
  });

  it('an encrypted PDF says so', async () => {
    assert.match((await refusal(fixture('encrypted.pdf'), 'encrypted.pdf')).zh, /^这个 PDF 已加密/);
  });

  it('a corrupt PDF and a corrupt zip are damaged files', async () => {
    assert.match((await refusal(new TextEncoder().encode('%PDF-1.4\nnot a PDF at all\n'), 'bad.pdf')).zh, /^无法读取这个 PDF 文件，文件可能已损坏/);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('truncated zip')]);
    assert.match((await refusal(zip, 'bad.docx')).zh, /^无法读取这个 Word \(\.docx\) 文件，文件可能已损坏/);
  });

  it('a Word 97 .doc is to be saved as .docx', async () => {
    assert.match((await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]), '年报.DOC')).zh, /另存为” \.docx/);
  });

  it('a 100 MB PDF is refused at once, unread', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-')), 'huge.pdf');
    try {
      fs.writeFileSync(file, '%PDF-1.4\n');
      fs.truncateSync(file, 100 * 1024 * 1024); // sparse: no disk is used
      const bytes = new Uint8Array(fs.readFileSync(file));
      assert.ok(bytes.length > MAX_BYTES);
      const started = Date.now();
      assert.match((await refusal(bytes, 'huge.pdf')).zh, /^文件有 100 MB，超过 64 MB 的上限/);
      assert.ok(Date.now() - started < 1000);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true });
    }
  });

  it('a PDF of more pages than any report is refused before its pages are read', async () => {
    const blank = { content: '' };
    assert.match((await refusal(pdfOf(Array(301).fill(blank)), 'book.pdf')).zh, /^这个 PDF 有 301 页，超过 300 页的上限/);
  });

  it('a PDF that is not a report converts to its text, for the checker to say it is none', async () => {
    const result = await convert(pdfOf([{ content: textAt([[72, 760, 'Invoice 2024'], [72, 740, 'Total due: 120 EUR']]) }]), 'invoice.pdf');
    assert.ok(!isRefusal(result));
    assert.equal(result.text, 'Invoice 2024\n\nTotal due: 120 EUR\n');
    assert.deepEqual(result.pages, [1, 1, 1]);
  });
});
