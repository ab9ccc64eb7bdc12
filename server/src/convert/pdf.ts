// PDF with a text layer, through PDF.js: lines rebuilt from positioned text, tables from the
// ruling lines the page draws. Loaded only when a PDF is converted.
import type { Converted, Refusal } from './index';
import { layoutPages, type PageContent } from './pdfLayout';
import { pageContent } from './pdfPage';
import { refusals } from './refusals';

export async function read(bytes: Uint8Array): Promise<Converted | Refusal> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // PDF.js takes ownership of the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return refusals.encrypted;
    throw error;
  }
  try {
    const pages: PageContent[] = [];
    for (let n = 1; n <= document.numPages; n++) pages.push(await pageContent(await document.getPage(n), pdfjs.OPS));
    if (pages.every((page) => page.items.every((item) => !item.text.trim()))) return refusals.scanned;
    const { lines, pages: pageOfLine } = layoutPages(pages);
    return { kind: 'pdf', text: lines.join('\n') + '\n', pages: pageOfLine };
  } finally {
    await task.destroy();
  }
}
