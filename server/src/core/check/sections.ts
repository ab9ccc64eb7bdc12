// What a section says: 五 and 六 that say nothing, and 六 silent on 信息处理费 (2021 format).
import { normalizeLabel } from '../labels';
import { reportMessages } from '../messages';
import type { SectionModel } from '../model';
import { emit, type Context } from './context';

/** Only 无 (暂无, 无。) says nothing. */
const NOTHING = new Set(['', '无', '暂无']);

export function checkSectionContent(ctx: Context): void {
  const { report } = ctx;
  const statute = report.statute!.statute;
  for (const section of report.sections) {
    const body = bodyOf(ctx, section);
    const name = `${section.spec.numeral}、${section.spec.title}`;
    const mention = (statute.mentions ?? []).find((m) => m.section === section.index);
    const says = section.spec.mustSaySomething ? wordsUpTo(body, LONGEST_NOTHING + 1) : '';
    if (section.spec.mustSaySomething && NOTHING.has(says) && !(mention && says !== '')) {
      emit(ctx, 'empty-section', section.headingRange, reportMessages.emptySection(name));
    } else if (mention && !mention.words.some((w) => body.some((line) => line.includes(w)))) {
      emit(ctx, 'empty-section', section.headingRange, reportMessages.silentOn(name, mention.what), undefined, { severity: 'information' });
    }
  }
}

const LONGEST_NOTHING = Math.max(...[...NOTHING].map((w) => w.length));

/** The prose lines of a section, from its heading to the next. */
function bodyOf(ctx: Context, section: SectionModel): string[] {
  return ctx.report.prose.filter((l) => l > section.lastHeadingLine && l < section.endLine).map((l) => ctx.report.lines[l].text);
}

/** The normalised words of the lines, read only until `limit` characters: a long body is not 无. */
function wordsUpTo(lines: string[], limit: number): string {
  let words = '';
  for (const line of lines) {
    words += normalizeLabel(line);
    if (words.length >= limit) break;
  }
  return words;
}
