// PDF with a text layer, through PDF.js: lines rebuilt from positioned text, tables from the
// ruling lines the page draws. Loaded only when a PDF is converted.
import type { Converted, Refusal } from './index';
import { layoutPages, type PageContent } from './pdfLayout';
import { pageContent } from './pdfPage';
import { refusals } from './refusals';

/** Reports run to a few dozen pages; reading thousands would stall the editor for minutes. */
const MAX_PAGES = 300;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
let loaded: Promise<PdfJs> | undefined;

/**
 * PDF.js and its worker, run in this thread (Node needs no worker thread for reading text). Loading
 * it warns on the console that it cannot render without a canvas package: reading needs none.
 */
function pdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

export async function read(bytes: Uint8Array): Promise<Converted | Refusal> {
  const pdfjs = await pdfJs();
  // PDF.js takes over the buffer it is given, and wants a plain Uint8Array (not a Node Buffer): it gets a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return refusals.encrypted;
    throw error;
  }
  try {
    if (document.numPages > MAX_PAGES) return refusals.tooManyPages(document.numPages);
    const pages: PageContent[] = [];
    for (let n = 1; n <= document.numPages; n++) pages.push(await pageContent(await document.getPage(n), pdfjs.OPS));
    if (pages.every((page) => page.items.every((item) => !item.text.trim()))) return refusals.scanned;
    const { lines, pages: pageOfLine } = layoutPages(pages);
    return { kind: 'pdf', text: lines.join('\n') + '\n', pages: pageOfLine };
  } finally {
    await task.destroy();
  }
}
