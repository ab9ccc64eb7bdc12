// What every check shares: where it writes its findings, and how it words them.
import { localeOf, say, type Locale } from '../messages';
import type { Report } from '../model';
import type { Bilingual } from '../statute';
import { rangeOf, type Range, type TextEdit } from '../text';
import { defaultSeverity, type Code, type Diagnostic, type Fix } from './types';

export interface Context {
  report: Report;
  locale: Locale;
  out: Diagnostic[];
  /** Each wording once: a table of a million rows says the same of many of them. */
  said: Map<string, string>;
  /** Whether findings carry their fixes (CheckOptions.fixes). */
  fixes: boolean;
}

export function contextOf(report: Report, locale: Locale | string | undefined, fixes = true): Context {
  return { report, locale: localeOf(locale), out: [], said: new Map(), fixes };
}

/** A finding without a fix shares this: nothing adds to a diagnostic's fixes once it is made. */
const NO_FIXES: readonly Fix[] = Object.freeze([]);

/** A finding's fixes, made only where the caller wants them. */
export type Fixes = () => Fix[];

export function emit(ctx: Context, code: Code, range: Range, message: Bilingual, fixes?: Fixes, extra: Partial<Diagnostic> = {}): void {
  const text = say(ctx.locale, message);
  let kept = ctx.said.get(text);
  if (kept === undefined) ctx.said.set(text, (kept = text));
  ctx.out.push({ code, severity: defaultSeverity[code], message: kept, range, fixes: fixes && ctx.fixes ? fixes() : (NO_FIXES as Fix[]), ...extra });
}

export function fix(ctx: Context, title: Bilingual, edits: TextEdit[], preferred = false): Fix {
  return { title: say(ctx.locale, title), edits, preferred };
}

export function lineRange(report: Report, line: number): Range {
  const text = report.lines[line].text;
  const start = text.length - text.trimStart().length;
  return rangeOf(line, start, Math.max(start, text.trimEnd().length));
}

/** A message with a second sentence, if any. */
export function also(first: Bilingual, second: Bilingual | undefined): Bilingual {
  return second ? { zh: first.zh + second.zh, en: `${first.en} ${second.en}` } : first;
}
