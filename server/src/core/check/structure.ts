// The six sections and the statutory tables in them, and tables whose rows cannot be read.
import { insertLine, lineEnding } from '../edits';
import { messages } from '../messages';
import { rangeOf } from '../text';
import { emit, fix, lineRange, type Context } from './context';

export function checkSections(ctx: Context): void {
  const { report } = ctx;
  const specs = report.statute!.statute.sections;
  const present = new Map(report.sections.map((s) => [s.index, s]));
  let furthest = -1;
  for (const section of report.sections) {
    if (section.index < furthest) {
      const after = specs[furthest];
      emit(ctx, 'section-order', section.headingRange, messages.sectionOrder(`${section.spec.numeral}、${section.spec.title}`, `${after.numeral}、${after.title}`));
    }
    furthest = Math.max(furthest, section.index);
  }
  specs.forEach((spec, index) => {
    if (present.has(index)) return;
    // Written as the section before it is: 000 heads 一 with ## and 五 with ####.
    const style = [...report.sections].sort((a, b) => a.index - b.index).filter((s) => s.index < index).pop() ?? report.sections[0];
    const next = report.sections.filter((s) => s.index > index).sort((a, b) => a.line - b.line)[0];
    const at = next ? next.line : report.lines.length;
    const heading = `${style?.prefix ?? ''}${spec.numeral}${style?.separator ?? '、'}${spec.title}`;
    const range = next ? next.headingRange : report.titleLine !== undefined ? lineRange(report, report.titleLine) : rangeOf(0, 0, 0);
    const name = `${spec.numeral}、${spec.title}`;
    emit(ctx, 'missing-section', range, messages.missingSection(name), () => [fix(ctx, messages.fix.insertSection(name), [insertLine(report, at, next ? heading + lineEnding(report) : heading)])]);
  });
  for (const section of report.sections) {
    for (const table of report.statute!.tables.filter((t) => t.spec.section === section.index)) {
      if (report.tables.some((t) => t.index === table)) continue;
      emit(ctx, 'missing-table', section.headingRange, messages.missingTable(table.spec.title.zh, `${section.spec.numeral}、${section.spec.title}`));
    }
  }
}


/** A table given one cell per line cannot be checked: said once per statutory table, however many pieces of it the text gives. */
export function checkReadable(ctx: Context): void {
  const said = new Set<string>();
  for (const table of ctx.report.tables) {
    if (!table.cellPerLine || said.has(table.index.spec.key)) continue;
    said.add(table.index.spec.key);
    emit(ctx, 'unreadable-table', lineRange(ctx.report, table.firstLine), messages.unreadableTable(table.index.spec.title.zh));
  }
}
