// The title line (body and year) and, where it gives no year, the format version from cues.
import type { FormatVersion } from '../statute';
import type { Line } from '../text';

const TITLE_WORDS = '政府信息公开工作年度报告';
const TITLE_END = TITLE_WORDS[TITLE_WORDS.length - 1];
/** The title is near the top; a report does not open with pages of prose. */
export const TITLE_SEARCH_LINES = 30;
/** A body's name above its title line (PDFs print it on a line of its own) is short. */
const MAX_ORGANIZATION = 40;
/** Cues of the 2019 format, for a report whose title gives no year. */
const CUES_2019 = ['本年新制作数量', '上一年项目数量', '对外公开总数量'];
/** Any of them: one scan of a line, not one per cue. */
const CUE_2019 = new RegExp(CUES_2019.join('|'));

/** A line as the title is looked for: its text alone, so that a title is found without splitting cells. */
type TextLine = Pick<Line, 'text'>;

export interface Title {
  line: number;
  year: number;
  organization?: string;
}

/**
 * `洪泽区人民政府2023年度政府信息公开工作年度报告`, with any spaces, leading `#`, or the body's
 * name on the line above. Found with indexOf and a scan back over the year: linear in the line.
 */
export function findTitle(lines: readonly TextLine[]): Title | undefined {
  const last = Math.min(lines.length, TITLE_SEARCH_LINES);
  for (let n = 0; n < last; n++) {
    // Compacting drops spaces only: a line without the title's last character cannot hold the title.
    if (!lines[n].text.includes(TITLE_END)) continue;
    const text = compact(lines[n].text);
    const at = text.indexOf(TITLE_WORDS);
    if (at < 0) continue;
    let end = at;
    if (text[end - 1] === '度') end--;
    if (text[end - 1] !== '年') continue;
    end--;
    const yearText = text.slice(Math.max(0, end - 4), end);
    if (!/^\d{4}$/.test(yearText) || /\d/.test(text[end - 5] ?? '')) continue;
    const organization = text.slice(0, end - 4) || organizationAbove(lines, n);
    return { line: n, year: Number(yearText), organization };
  }
  return undefined;
}

function organizationAbove(lines: readonly TextLine[], title: number): string | undefined {
  for (let n = title - 1; n >= 0; n--) {
    const text = compact(lines[n].text);
    if (text === '') continue;
    // A name, not a date, an index number or a field (发布日期：2024-01-20).
    return text.length <= MAX_ORGANIZATION && !/[\d:：]/.test(text) ? text : undefined;
  }
  return undefined;
}

/** The line without spaces and without leading `#` (a Markdown heading). */
function compact(line: string): string {
  const text = line.replace(/[\s\u3000]+/g, '');
  let start = 0;
  while (text[start] === '#') start++;
  return text.slice(start);
}

export function guessVersion(lines: Line[]): FormatVersion {
  return lines.some((l) => CUE_2019.test(l.text)) ? '2019' : '2021';
}
