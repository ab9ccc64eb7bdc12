// The checks of CONTRACT §5 over a parsed report, one file per concern.
import type { Report } from '../model';
import { contextOf } from './context';
import { checkCarryover } from './crossYear';
import { checkIdentities } from './identities';
import { checkNarrative } from './prose';
import { checkRows } from './rows';
import { checkSections } from './structure';
import type { CheckOptions, Diagnostic } from './types';

export { codes, defaultSeverity } from './types';
export type { CheckOptions, Code, Diagnostic, Fix, Severity } from './types';
export { cellName, columnName, rowName } from './names';
export { gridOf } from './grids';
export { answerForTotal, type Answer } from './identities';
export { totalsEdits } from './identities';

export function check(report: Report, options: CheckOptions = {}): Diagnostic[] {
  if (!report.statute) return [];
  const ctx = contextOf(report, options.locale);
  checkSections(ctx);
  for (const table of report.tables) {
    checkRows(ctx, table);
    checkIdentities(ctx, table);
  }
  checkNarrative(ctx);
  if (options.others) checkCarryover(ctx, options.others);
  return ctx.out
    .flatMap((d) => {
      const severity = options.severity?.[d.code] ?? d.severity;
      return severity === 'off' ? [] : [{ ...d, severity }];
    })
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

