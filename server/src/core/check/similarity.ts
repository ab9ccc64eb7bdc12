// More than half of the prose the same as last year's (内容雷同): by sentence fingerprints, linear.
import { reportMessages } from '../messages';
import { emit, lineRange, type Context } from './context';
import { proseFingerprints, type LastYear } from './lastYear';

/** Below this many characters of prose a report is too short to call a copy. */
const MIN_PROSE = 100;
const SHARE = 0.5;

export function checkSimilarity(ctx: Context, last: LastYear): void {
  const known = new Set(last.sentences);
  let total = 0;
  let same = 0;
  for (const { hash, length } of proseFingerprints(ctx.report)) {
    total += length;
    if (known.has(hash)) same += length;
  }
  if (total < MIN_PROSE || same <= SHARE * total) return;
  const line = ctx.report.titleLine ?? ctx.report.sections[0]?.line ?? 0;
  emit(ctx, 'similar-to-last-year', lineRange(ctx.report, line), reportMessages.similar(Math.round((100 * same) / total), last.year, last.path));
}
