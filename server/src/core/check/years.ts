// The year of the title against the statistics period and the years the text mentions.
import { reportMessages } from '../messages';
import { rangeOf } from '../text';
import { emit, type Context } from './context';

/** A year written before 年, not inside a document number (〔2020〕) or a longer number. */
const YEAR = /(?<![\d〔[（(.])((?:19|20)\d{2})(?=\s*年)/g;

export function checkYears(ctx: Context): void {
  const { report } = ctx;
  const year = report.year;
  if (year === undefined) return;
  const period = report.statute!.statute.period;
  for (const line of report.prose) {
    const text = report.lines[line].text;
    const stated = period.exec(text);
    if (stated) {
      let from = stated.index;
      for (const y of stated.slice(1)) {
        const at = text.indexOf(y, from);
        from = at + y.length;
        if (Number(y) !== year) emit(ctx, 'year-mismatch', rangeOf(line, at, at + 4), reportMessages.periodYear(y, year));
      }
    }
    // A plan for next year is fine; a later year is another year's text.
    for (const m of text.matchAll(YEAR)) {
      if (Number(m[1]) > year + 1) emit(ctx, 'year-mismatch', rangeOf(line, m.index!, m.index! + 4), reportMessages.laterYear(Number(m[1]), year));
    }
  }
}
