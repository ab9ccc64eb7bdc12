// Small PDFs written by hand for the tests: pages of ASCII text (Helvetica), ruled lines, or only an image.

/** One page's content stream; `image` adds a 1×1 grey image the stream may paint as /Im1. */
export interface PageSpec {
  content: string;
  image?: boolean;
}

export function pdfOf(pages: PageSpec[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const image = add('<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream');
  const pagesId = objects.length + 1 + pages.length * 2;
  const kids = pages.map((page) => {
    const stream = add(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`);
    const xobjects = page.image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    return add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >>${xobjects} >> >>`);
  });
  add(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** Lines of ASCII text at the given positions. */
export const textAt = (lines: [x: number, y: number, text: string][], size = 11) =>
  lines.map(([x, y, text]) => `BT /F1 ${size} Tf ${x} ${y} Td (${text}) Tj ET`).join('\n');

/** A scanned page: an image painted over the page, no text. */
export const scannedPage: PageSpec = { content: 'q 595 0 0 842 0 0 cm /Im1 Do Q', image: true };
