// What the prose states against the tables: figures, stated sums, shares and statements.
import { memoOfRecent, RECENT_REPORTS } from '../memo';
import { messages, reportMessages } from '../messages';
import type { Report } from '../model';
import type { ClaimRule, NarrativeRule, ShareBase, Statute } from '../statute';
import { rangeOf } from '../text';
import { emit, type Context } from './context';
import { figureOf, type Figure } from './figures';

export interface Sentence {
  line: number;
  text: string;
  start: number;
}

/** The sentences of the prose lines (split at 。；！？), each with its place; read once for the prose checks and the fingerprints. */
export const proseSentences = memoOfRecent(RECENT_REPORTS, (report: Report): readonly Sentence[] => {
  const result: Sentence[] = [];
  const re = /[^。；;！!？?]+/g;
  for (const line of report.prose) {
    const text = report.lines[line].text;
    for (let m = re.exec(text); m; m = re.exec(text)) result.push({ line, text: m[0], start: m.index });
  }
  return result;
});

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 45, 1,234, 九, 十二, 二十, 一百零五 → the count. */
export function countOf(text: string): number {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else {
      total += (digit === 0 && ch === '十' ? 1 : digit) * POWER[ch];
      digit = 0;
    }
  }
  return total + digit;
}

/** A unit of a count: most sentences have none, which one scan for five characters tells. */
const UNIT = /[件个份宗起]/;
/** A count with its unit, in any numerals: what every figure rule needs. */
const COUNT = /[\d零〇一二两三四五六七八九十百千]\s*(?:件|个|份|宗|起)/;

const globals = new WeakMap<RegExp, RegExp>();
/** The pattern with the g flag, compiled once: matches are read in place, without an array of them. */
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')));
  return global;
}

/** The next match from `global.lastIndex`, stepping past an empty one as matchAll does. */
function nextMatch(global: RegExp, text: string): RegExpExecArray | null {
  const m = global.exec(text);
  if (m && m[0] === '') global.lastIndex++;
  return m;
}

function applies(rule: { context?: string[]; notContext?: string[] }, sentence: string): boolean {
  return (!rule.context || rule.context.some((w) => sentence.includes(w))) && !(rule.notContext ?? []).some((w) => sentence.includes(w));
}

const unions = new WeakMap<readonly { pattern: RegExp }[], RegExp>();
/**
 * One pattern that matches wherever one of the rules' patterns does (they have no flags and no
 * back-references), so that a sentence none of them reads is passed over with one test.
 */
function anyOf(rules: readonly { pattern: RegExp }[]): RegExp {
  let union = unions.get(rules);
  if (!union) unions.set(rules, (union = new RegExp(rules.map((r) => `(?:${r.pattern.source})`).join('|'))));
  return union;
}

/**
 * The figures of the tables that the prose rules and the share bases name, where the tables hold
 * them: each read the first time a sentence states it (most reports state few of them).
 */
function tableFigures(report: Report, statute: Statute) {
  const figures = new Map<NarrativeRule, Figure | undefined>();
  let bases: { base: ShareBase; figure: Figure }[] | undefined;
  return {
    of(rule: NarrativeRule): Figure | undefined {
      if (!figures.has(rule)) figures.set(rule, figureOf(report, rule.cells));
      return figures.get(rule);
    },
    bases: () => (bases ??= statute.shareBases.flatMap((base) => {
      const figure = figureOf(report, base.cells);
      return figure && figure.value > 0 ? [{ base, figure }] : [];
    })),
  };
}

export function checkNarrative(ctx: Context): void {
  const statute = ctx.report.statute!.statute;
  const anyClaim = anyOf(statute.claims);
  let held: ReturnType<typeof tableFigures> | undefined;
  for (const sentence of proseSentences(ctx.report)) {
    if (anyClaim.test(sentence.text)) for (const rule of statute.claims) checkClaim(ctx, sentence, rule);
    // Most sentences state no count: two quick tests spare them every pattern.
    if (!UNIT.test(sentence.text) || !COUNT.test(sentence.text)) continue;
    held ??= tableFigures(ctx.report, statute);
    const read: [number, number][] = [];
    for (const rule of statute.narrative) {
      if (!applies(rule, sentence.text)) continue;
      const global = globalOf(rule.pattern);
      global.lastIndex = 0;
      for (let m = nextMatch(global, sentence.text); m; m = nextMatch(global, sentence.text)) {
        // A figure the tables do not hold is not compared, and leaves its words to the other rules.
        const figure = held.of(rule);
        if (!figure) break;
        const start = m.index! + m[0].lastIndexOf(m[1]);
        if (read.some(([a, b]) => start < b && start + m[1].length > a)) continue;
        read.push([start, start + m[1].length]);
        const stated = countOf(m[1]);
        if (stated !== figure.value) {
          const at = sentence.start + start;
          emit(ctx, 'narrative-mismatch', rangeOf(sentence.line, at, at + m[1].length), messages.narrative(stated, rule.what, figure.value, figure.names()), undefined, { expected: figure.value, actual: stated });
        }
        checkShare(ctx, sentence, m.index! + m[0].length, rule, figure, stated, held.bases);
      }
    }
  }
}

/** A share stated right after a figure (，占办结总数的33.9%), over the base the sentence names. */
function checkShare(ctx: Context, sentence: Sentence, after: number, rule: NarrativeRule, figure: Figure, stated: number, bases: () => { base: ShareBase; figure: Figure }[]): void {
  const m = /^[^。；，,]{0,4}[，,]?\s*(?:约)?占(?:比)?([^%％\d。；]{0,16}?)(\d+(?:\.\d+)?)\s*[%％]/.exec(sentence.text.slice(after));
  if (!m) return;
  const named = (words: string) => bases().find(({ base }) => base.words.some((w) => words.includes(w)));
  const base = named(m[1]) ?? named(sentence.text.slice(0, after));
  if (!base) return;
  const printed = m[2];
  const decimals = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
  const step = 10 ** -decimals;
  // Rounded or truncated to the printed precision.
  const agrees = (part: number) => {
    const exact = (100 * part) / base.figure.value;
    return Number(printed) - step / 2 - 1e-9 <= exact && exact < Number(printed) + step + 1e-9;
  };
  // A share computed from a figure already found wrong is not a second finding.
  if (agrees(figure.value) || (stated !== figure.value && agrees(stated))) return;
  const expected = ((100 * figure.value) / base.figure.value).toFixed(decimals);
  const at = sentence.start + after + m.index + m[0].lastIndexOf(printed);
  emit(ctx, 'narrative-mismatch', rangeOf(sentence.line, at, at + printed.length),
    reportMessages.share(printed, rule.what, base.base.what, figure.value, base.figure.value, expected), undefined, { expected: Number(expected), actual: Number(printed) });
}

function checkClaim(ctx: Context, sentence: Sentence, rule: ClaimRule): void {
  if (!applies(rule, sentence.text)) return;
  const m = rule.pattern.exec(sentence.text);
  if (!m) return;
  const part = figureOf(ctx.report, rule.cells);
  if (!part) return;
  const range = rangeOf(sentence.line, sentence.start + m.index, sentence.start + m.index + m[0].length);
  if (rule.claim === 'zero') {
    if (part.value !== 0) emit(ctx, 'narrative-mismatch', range, reportMessages.claimZero(rule.what, part.names(), part.value), undefined, { expected: part.value, actual: 0 });
    return;
  }
  const whole = figureOf(ctx.report, rule.whole ?? []);
  if (whole && whole.value > 0 && part.value !== whole.value) {
    emit(ctx, 'narrative-mismatch', range, reportMessages.claimAll(rule.what, part.names(), part.value, whole.names(), whole.value), undefined, { expected: part.value, actual: whole.value });
  }
}
