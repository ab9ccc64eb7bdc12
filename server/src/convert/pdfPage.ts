// One PDF page as positioned text and ruling lines, in page space (points, y upwards).
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };
import type { PageContent, Ruling, TextItem } from './pdfLayout';

type Matrix = [number, number, number, number, number, number];
type Ops = Record<string, number>;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Path drawing codes inside a constructPath operator (PDF.js DrawOPS). */
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;
/** A filled rectangle thinner than this is a drawn line, not a shaded cell. */
const THIN = 2.5;
/** A segment within this of axis-parallel counts as a ruling. */
const SLANT = 0.8;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function rulingOf(x1: number, y1: number, x2: number, y2: number): Ruling | undefined {
  if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) > SLANT) return { horizontal: true, at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) };
  if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) > SLANT) return { horizontal: false, at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) };
  return undefined;
}

/** The sub-paths of a path, each as its points in page space. */
function subPaths(data: ArrayLike<number>, m: Matrix): [number, number][][] {
  const paths: [number, number][][] = [];
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE) paths.push([apply(m, data[i++], data[i++])]);
    else if (code === LINE) paths.at(-1)?.push(apply(m, data[i++], data[i++]));
    else if (code === CURVE) (paths.at(-1)?.push(apply(m, data[i + 4], data[i + 5])), (i += 6));
    else if (code === QUAD) (paths.at(-1)?.push(apply(m, data[i + 2], data[i + 3])), (i += 4));
    else if (code === CLOSE) { const first = paths.at(-1)?.[0]; if (first) paths.at(-1)?.push(first); }
    else break;
  }
  return paths;
}

/** The rulings a path draws: stroked segments, and filled rectangles thin enough to be lines. */
function pathRulings(data: ArrayLike<number>, m: Matrix, stroked: boolean, filled: boolean): Ruling[] {
  const rulings: Ruling[] = [];
  for (const points of subPaths(data, m)) {
    const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
    const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (filled && !stroked) {
      if (top - bottom < THIN && right - left > THIN) rulings.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
      else if (right - left < THIN && top - bottom > THIN) rulings.push({ horizontal: false, at: (left + right) / 2, from: bottom, to: top });
      continue;
    }
    for (let i = 1; i < points.length; i++) {
      const ruling = rulingOf(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1]);
      if (ruling) rulings.push(ruling);
    }
  }
  return rulings;
}

function rulings(fnArray: number[], argsArray: unknown[][], OPS: Ops): Ruling[] {
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const found: Ruling[] = [];
  const stack: Matrix[] = [];
  let m = IDENTITY;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === OPS.save) stack.push(m);
    else if (fn === OPS.restore) m = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) m = multiply(args as Matrix, m);
    else if (fn === OPS.paintFormXObjectBegin) (stack.push(m), Array.isArray(args[0]) && (m = multiply(args[0] as Matrix, m)));
    else if (fn === OPS.paintFormXObjectEnd) m = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
      if (data && (strokes.has(paint) || fills.has(paint))) found.push(...pathRulings(data, m, strokes.has(paint), fills.has(paint)));
    }
  });
  return found;
}

export async function pageContent(page: PDFPageProxy, OPS: Ops): Promise<PageContent> {
  const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const [, , , , x, y] = item.transform as number[];
    const vertical = content.styles[item.fontName]?.vertical === true;
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height;
    items.push(vertical
      ? { text: item.str, left: x, right: x + item.width, bottom: y - item.height, top: y, size, vertical }
      : { text: item.str, left: x, right: x + item.width, bottom: y - size * 0.2, top: y + size * 0.8, size, vertical });
  }
  const [, , width, height] = page.view;
  return { items, rulings: rulings(operators.fnArray, operators.argsArray as unknown[][], OPS), width, height };
}
