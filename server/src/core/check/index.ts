// The checks of CONTRACT §5 over a parsed report, one file per concern.
import type { Report } from '../model';
import { contextOf } from './context';
import { checkCarryover, checkRollforward, checkYearOverYear, isLastYear } from './crossYear';
import { checkHeadings } from './headings';
import { lastYearAmong } from './lastYear';
import { checkNarrative } from './prose';
import { checkSectionContent } from './sections';
import { checkSimilarity } from './similarity';
import { checkTable } from './tables';
import { checkReadable, checkSections } from './structure';
import { checkYears } from './years';
import type { CheckOptions, Diagnostic } from './types';

export { codes, defaultSeverity } from './types';
export type { CheckOptions, Code, Diagnostic, Fix, Severity } from './types';
export { cellName, columnName, rowName } from './names';
export { gridOf } from './grids';
export { answerForTotal, type Answer } from './identities';
export { totalsEdits } from './identities';
export { tableTotals } from './tables';
export { summarize } from './lastYear';
export type { LastYear } from './lastYear';

export function check(report: Report, options: CheckOptions = {}): Diagnostic[] {
  if (!report.statute) return [];
  const ctx = contextOf(report, options.locale, options.fixes);
  checkSections(ctx);
  checkHeadings(ctx);
  checkSectionContent(ctx);
  checkReadable(ctx);
  for (const table of report.tables) if (!table.cellPerLine) checkTable(ctx, table);
  checkNarrative(ctx);
  checkYears(ctx);
  const last = options.lastYear ?? (options.others && lastYearAmong(report, options.others));
  if (last && isLastYear(ctx, last)) {
    checkCarryover(ctx, last);
    checkRollforward(ctx, last);
    checkYearOverYear(ctx, last);
    checkSimilarity(ctx, last);
  }
  // A copy only where a setting changes the severity: a table of a million rows has a million findings.
  const found: Diagnostic[] = [];
  for (const d of ctx.out) {
    const severity = options.severity?.[d.code] ?? d.severity;
    if (severity !== 'off') found.push(severity === d.severity ? d : { ...d, severity });
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
