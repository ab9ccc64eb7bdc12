// The six headings as written: a misspelt title, numbering that restarts or shifts, and the
// sub-topics of 一、总体情况 numbered as sections of their own.
import { normalizeLabel } from '../labels';
import { messages, reportMessages } from '../messages';
import type { SectionModel } from '../model';
import { rangeOf } from '../text';
import { emit, fix, type Context } from './context';

export function checkHeadings(ctx: Context): void {
  for (const section of ctx.report.sections) {
    const text = ctx.report.lines[section.line].text;
    const at = section.headingRange.start.character;
    const numeral = text[at];
    const spec = section.spec;
    if (numeral !== spec.numeral) {
      const range = rangeOf(section.line, at, at + 1);
      emit(ctx, 'heading-numbering', range, reportMessages.headingNumber(numeral, spec.numeral, spec.title), () => [fix(ctx, reportMessages.fix.numeral(spec.numeral), [{ range, newText: spec.numeral }], true)]);
    }
    if (section.misspelt) checkTitle(ctx, section);
    if (spec.subtopics) checkSubtopics(ctx, section, spec.subtopics);
  }
}

function checkTitle(ctx: Context, section: SectionModel): void {
  const text = ctx.report.lines[section.line].text;
  const from = section.headingRange.start.character;
  const start = from + /^.[\s\u3000]*[、,.，．]?[\s\u3000]*/.exec(text.slice(from))![0].length;
  const end = start + text.slice(start).replace(/[\s\u3000。：:]*$/, '').length;
  const range = rangeOf(section.line, start, end);
  const title = section.spec.title;
  // Offered, not applied by fix-all: fix-all changes tables only.
  emit(ctx, 'label', range, reportMessages.sectionLabel(text.slice(start, end), `${section.spec.numeral}、${title}`), () => [fix(ctx, messages.fix.label(title), [{ range, newText: title }])]);
}

const TOP_LEVEL = /^([\s\u3000#]*)([一二三四五六七八九十]+)[\s\u3000]*[、,，．.][\s\u3000]*(.*)$/;

/** 二、依申请公开 inside 一、总体情况 reads as a section: it is （二）. */
function checkSubtopics(ctx: Context, section: SectionModel, subtopics: string[]): void {
  const topics = subtopics.map(normalizeLabel);
  for (const line of ctx.report.prose) {
    if (line <= section.lastHeadingLine || line >= section.endLine) continue;
    const m = TOP_LEVEL.exec(ctx.report.lines[line].text);
    if (!m || !topics.some((t) => normalizeLabel(m[3]).startsWith(t))) continue;
    const start = m[1].length;
    const end = ctx.report.lines[line].text.length - m[3].length;
    const range = rangeOf(line, start, end);
    const numbered = `（${m[2]}）`;
    emit(ctx, 'heading-numbering', range, reportMessages.subtopicAsSection(m[3].slice(0, 20), `${section.spec.numeral}、${section.spec.title}`), () => [fix(ctx, reportMessages.fix.numeral(numbered), [{ range, newText: numbered }], true)]);
  }
}
