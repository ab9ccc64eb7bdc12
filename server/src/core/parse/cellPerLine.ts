// Text that gives each table cell a line of its own, apart from its label (plain pdftotext, a PDF
// viewer's copy): told by counting, line by line, the numbers standing alone.
import { isNumber, type Line } from '../text';
import type { Earlier } from './resume';

/** Lines holding one number alone, more than the lines holding two or more. */
const MIN_LONE_NUMBERS = 10;

/** Whether each line holds one number alone (1) or two or more (2); the lines the edit left are the old ones. */
export function numberKinds(lines: Line[], earlier?: Earlier): Uint8Array {
  const kinds = new Uint8Array(lines.length);
  let [from, to] = [0, lines.length];
  if (earlier) {
    const old = earlier.memo.numbers;
    kinds.set(old.subarray(0, earlier.prefix));
    kinds.set(old.subarray(old.length - earlier.suffix), lines.length - earlier.suffix);
    [from, to] = [earlier.prefix, lines.length - earlier.suffix];
  }
  for (let n = from; n < to; n++) kinds[n] = numberKind(lines[n]);
  return kinds;
}

function numberKind(line: Line): number {
  let numbers = 0;
  let words = 0;
  for (const cell of line.cells) {
    if (cell.text === '') continue;
    // Two numbers make a row of values, whatever the rest of the line holds.
    if (!isNumber(cell.text)) words++;
    else if (++numbers === 2) return 2;
  }
  return numbers === 1 && words === 0 ? 1 : 0;
}

/**
 * Whether the text gives each table cell a line of its own, apart from its label (plain
 * pdftotext, a PDF viewer's copy): lines holding one number alone outnumber the lines holding
 * two or more. A table of one column reads the same either way; the others cannot be rebuilt.
 */
export function cellsOnePerLine(kinds: Uint8Array): boolean {
  let lone = 0;
  let rows = 0;
  for (const kind of kinds) {
    if (kind === 1) lone++;
    else if (kind === 2) rows++;
  }
  return lone >= MIN_LONE_NUMBERS && lone > rows;
}
