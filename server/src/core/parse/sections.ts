// The six section headings: `一、总体情况`, `## 二、…`, `三 . …`, or split over two lines by a PDF.
import { editDistance, normalizeLabel } from '../labels';
import type { SectionModel } from '../model';
import type { StatuteIndex } from '../statute';
import { rangeOf, type Line } from '../text';

const NUMERALS = '一二三四五六';
const SEPARATORS = '、,.，．';
const TRAILING = '。：:';

interface Heading {
  /** Where the numeral starts: the prefix before it (`## `) is kept for inserting a heading in the same style. */
  numeralAt: number;
  separator?: string;
  /** The title after the separator, without trailing spaces and punctuation. */
  title: string;
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0' || char === '\r';
}

/** Reads a heading by hand, one pass over the line: no backtracking on runs of spaces or `#`. */
function readHeading(text: string): Heading | undefined {
  let i = 0;
  while (i < text.length && isBlank(text[i])) i++;
  if (text[i] === '#') {
    while (text[i] === '#') i++;
    while (i < text.length && isBlank(text[i])) i++;
  }
  if (!NUMERALS.includes(text[i] ?? '_')) return undefined;
  const numeralAt = i++;
  while (i < text.length && isBlank(text[i])) i++;
  let separator: string | undefined;
  if (SEPARATORS.includes(text[i] ?? '_')) separator = text[i++];
  while (i < text.length && isBlank(text[i])) i++;
  let end = text.length;
  while (end > i && (isBlank(text[end - 1]) || TRAILING.includes(text[end - 1]))) end--;
  return end > i ? { numeralAt, separator, title: text.slice(i, end) } : undefined;
}

/** A table row of tabbed cells is not a heading, even when its label reads like one. */
function hasSeveralTabbedCells(line: Line): boolean {
  let filled = 0;
  for (const cell of line.cells) if (cell.text !== '' && ++filled > 1) return line.text.includes('\t');
  return false;
}

/** The section a heading with the right numeral names in a few wrong characters (行政法复议). */
function misspeltSection(numeral: string, title: string, statute: StatuteIndex): number | undefined {
  const index = statute.statute.sections.findIndex((s) => s.numeral === numeral);
  const spec = statute.statute.sections[index];
  const limit = Math.min(4, Math.floor(title.length / 3));
  return spec && [spec.title, ...spec.aliases].some((t) => editDistance(title, normalizeLabel(t), limit) <= limit) ? index : undefined;
}

export function findSections(lines: Line[], statute: StatuteIndex): SectionModel[] {
  const found: SectionModel[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (hasSeveralTabbedCells(line)) continue;
    const heading = readHeading(line.text);
    if (!heading) continue;
    const title = normalizeLabel(heading.title);
    let index = statute.sectionByTitle.get(title);
    let last = i;
    if (index === undefined && title.length >= 4) {
      // A heading split over two lines by PDF extraction.
      const next = lines.slice(i + 1, i + 3).find((l) => l.text.trim() !== '');
      if (next && !next.text.includes('\t')) {
        index = statute.sectionByTitle.get(title + normalizeLabel(next.text));
        if (index !== undefined) last = next.number;
      }
    }
    const misspelt = index === undefined ? misspeltSection(line.text[heading.numeralAt], title, statute) : undefined;
    index ??= misspelt;
    if (index === undefined || seen.has(index)) continue;
    seen.add(index);
    found.push({
      spec: statute.statute.sections[index], index, line: i, lastHeadingLine: last, endLine: lines.length,
      headingRange: rangeOf(i, heading.numeralAt, line.text.trimEnd().length),
      prefix: line.text.slice(0, heading.numeralAt), separator: heading.separator ?? '、',
      ...(misspelt === undefined ? {} : { misspelt: true }),
    });
    i = last;
  }
  found.forEach((s, k) => (s.endLine = k + 1 < found.length ? found[k + 1].line : lines.length));
  return found;
}
