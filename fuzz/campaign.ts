// A fuzzing campaign over the core: mutated seeds and fixtures, structure-aware mutations and
// random text, each input checked for the core's promises. Deterministic: input i of a campaign
// with seed s is always the same text, so a range of inputs can run anywhere (one per worker).
import { check, fixAll, parse, parseVersion, type Report } from '../server/src/core';
import { TableIndex, type StatuteIndex } from '../server/src/core/statute';

export type FailureKind =
  | 'throw' | 'fix-not-idempotent' | 'fix-changed-layout' | 'fix-outside-tables' | 'fix-left-sum-error' | 'range-outside-document'
  | 'incremental-differs';

export interface Failure {
  kind: FailureKind;
  detail: string;
  input: string;
  index: number;
}

export interface Stats {
  inputs: number;
  bytes: number;
  ms: number;
  failures: Failure[];
  /**
   * The slowest checks (parse and check, what a keystroke costs) per KB as first timed, among
   * inputs of 1 KB and more after the first WARM_UP of a process (the JIT compiling), slowest
   * first: `retime` times them again once the campaign's load is gone.
   */
  slowest: Slow[];
  /** The slowest whole verification (check, fix-all twice, check again) per KB, as timed once. */
  worstVerify: { msPerKB: number; index: number };
}

export interface Slow {
  msPerKB: number;
  index: number;
  input: string;
}

/** xorshift32: fast, seedable, good enough to pick mutations. */
export function random(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const HAN = '一二三四五六七八九十总计本年新收上结转予以公开部分不无法提供处理其他自然人商业企业科研机构社会公益组织律服务行政复议诉讼维持纠正果尚未审条例说明注';
const VALUES = ['', '0', '-3', '+2', '1.5', '0.25', '1,234', '１２', '十二', '九', '—', '-', '9007199254740993', '1' + '0'.repeat(21), '9'.repeat(40), '00', '12元', '3.0', '1e3', ' 7 ', '\u3000'];
const NOISE = ['\uFEFF', '\r', '\r\n', '\n', '\0', '\u3000', '\uFFFD', '\uD800', '\uDC00', '\t', '  ', '#', '说明', '（注）', '𝟏', '𠮷', '第 3 页'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function randomText(rand: () => number, length: number): string {
  const alphabet = ['\t', '\n', ' ', '0', '1', '2', '9', '、', '（', '）', '.', ...HAN, ...NOISE];
  let text = '';
  for (let i = 0; i < length; i++) text += pick(rand, alphabet);
  return text;
}

/** One mutation of a report, chosen at random: lines, cells, values, or bytes. */
export function mutate(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(rand() * lines.length);
  const line = lines[at] ?? '';
  const cells = line.split('\t');
  const cell = Math.floor(rand() * cells.length);
  switch (Math.floor(rand() * 14)) {
    case 0: // a row dropped
      lines.splice(at, 1);
      break;
    case 1: // a row duplicated
      lines.splice(at, 0, line);
      break;
    case 2: { // rows swapped
      const other = Math.floor(rand() * lines.length);
      [lines[at], lines[other]] = [lines[other], line];
      break;
    }
    case 3: { // a cell split in two
      const c = cells[cell];
      const cut = Math.floor(rand() * (c.length + 1));
      cells[cell] = c.slice(0, cut) + pick(rand, ['\t', ' ']) + c.slice(cut);
      lines[at] = cells.join('\t');
      break;
    }
    case 4: // two cells merged
      if (cells.length > 1) cells.splice(cell, 2, cells[cell] + (cells[cell + 1] ?? ''));
      lines[at] = cells.join('\t');
      break;
    case 5:
    case 6:
    case 7: // a value replaced: huge, negative, decimal, full-width, Chinese numeral, blank
      cells[cell] = pick(rand, VALUES);
      lines[at] = cells.join('\t');
      break;
    case 8: { // a number changed by a little
      const numeric = cells.flatMap((c, k) => (/^\d+$/.test(c.trim()) ? [k] : []));
      if (numeric.length > 0) {
        const k = pick(rand, numeric);
        cells[k] = String(Math.max(0, Number(cells[k]) + Math.floor(rand() * 7) - 3));
      }
      lines[at] = cells.join('\t');
      break;
    }
    case 9: // line endings: CRLF throughout, or a lone CR
      return rand() < 0.5 ? lines.join('\r\n') : lines.join('\n').replace('\n', '\r');
    case 10: { // a character of noise: BOM, NUL, U+3000, a lone surrogate …
      const position = Math.floor(rand() * (line.length + 1));
      lines[at] = line.slice(0, position) + pick(rand, NOISE) + line.slice(position);
      break;
    }
    case 11: // tabs turned to spaces, as a PDF row arrives
      lines[at] = line.replace(/\t+/g, rand() < 0.5 ? ' ' : '  ');
      break;
    case 12: // random text inserted
      lines.splice(at, 0, randomText(rand, Math.floor(rand() * 80)));
      break;
    default: // a run of one character (spaces, #, digits) in a line
      lines[at] = line + pick(rand, [' ', '#', '1 ', '\t', '0\t']).repeat(1 + Math.floor(rand() * 2000));
  }
  return lines.join('\n');
}

/** Input `index` of a campaign: a corpus text under a few mutations, or random text. */
export function inputOf(corpus: string[], seed: number, index: number): string {
  const rand = random((seed * 0x9e3779b1) ^ (index * 0x85ebca6b) ^ 0x5bd1e995);
  if (rand() < 0.05) return randomText(rand, Math.floor(rand() * 4000));
  let text = pick(rand, corpus);
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) text = mutate(text, rand);
  return text;
}

const SUMS = new Set(['row-sum', 'column-sum', 'balance']);
const BREAKS = /\r\n|\n|\r/g;

function layout(text: string): string {
  return (text.startsWith('\uFEFF') ? 'BOM ' : '') + JSON.stringify(text.match(BREAKS) ?? []);
}

/** The promises of the core on one text; the first broken one, or undefined. */
export function verify(text: string): { kind: FailureKind; detail: string } | undefined {
  try {
    const report = parse(text);
    const lines = text.split(/\r\n|\n|\r/);
    for (const d of check(report)) {
      const { start, end } = d.range;
      const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
      if (!inside(start) || !inside(end) || start.line > end.line || (start.line === end.line && start.character > end.character)) {
        return { kind: 'range-outside-document', detail: `${d.code} ${JSON.stringify(d.range)}` };
      }
    }
    const edited = editedFrom(text, report);
    if (edited) return { kind: 'incremental-differs', detail: edited };
    const fixed = fixAll(text);
    if (fixAll(text, parseVersion(text)) !== fixed) return { kind: 'incremental-differs', detail: 'fix-all from an editor\'s parse, each round parsed from the round before' };
    if (fixed === text) return undefined;
    if (layout(fixed) !== layout(text)) return { kind: 'fix-changed-layout', detail: 'line breaks or BOM changed' };
    const after = fixed.split(/\r\n|\n|\r/);
    // Fixes change tables, and section headings to their statutory wording.
    const places = [...report.tables.map((t) => [t.firstLine, t.lastLine]), ...report.sections.map((s) => [s.line, s.lastHeadingLine])];
    const outside = lines.findIndex((l, i) => l !== after[i] && !places.some(([a, b]) => i >= a && i <= b));
    if (outside >= 0) return { kind: 'fix-outside-tables', detail: `line ${outside}` };
    const again = fixAll(fixed);
    if (again !== fixed) return { kind: 'fix-not-idempotent', detail: `line ${after.findIndex((l, i) => l !== again.split(/\r\n|\n|\r/)[i])}` };
    const left = check(parse(fixed)).find((d) => SUMS.has(d.code) && d.fixes.some((f) => f.preferred));
    if (left) return { kind: 'fix-left-sum-error', detail: `${left.code} line ${left.range.start.line}: ${left.message}` };
    return undefined;
  } catch (error) {
    return { kind: 'throw', detail: String((error as Error)?.stack ?? error).split('\n').slice(0, 4).join(' | ') };
  }
}

/** What a parse and a check make of a text, comparable as a string: each table's statute by its key. */
export function reading(report: Report): string {
  const { text: _text, lines: _lines, ...model } = report;
  return JSON.stringify({ model, findings: check(report), en: check(report, { locale: 'en' }) }, (key, value) =>
    value instanceof TableIndex ? value.spec.key : key === 'statute' && value?.statute ? (value as StatuteIndex).statute.version : value);
}

/**
 * An editor parses each version of a document from the one before: the text is reached here
 * from a version with one line changed (the middle one dropped, or a character typed into it)
 * and back, and each incremental parse must read and check as a fresh one does.
 */
export function editedFrom(text: string, report: Report = parse(text)): string | undefined {
  const lines = text.split('\n');
  const at = lines.length >> 1;
  const other = text.length % 2 === 0
    ? [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n')
    : [...lines.slice(0, at), `${lines[at]}${text.length % 10}`, ...lines.slice(at + 1)].join('\n');
  const edit = `line ${at} ${text.length % 2 === 0 ? 'dropped' : 'typed into'}`;
  const fresh = reading(report);
  // Each version checked before the next is parsed from it, as an editor checks each: the findings of its tables are kept for the next.
  const before = parseVersion(other);
  const beforeFresh = reading(before);
  const after = parseVersion(text, before);
  if (reading(after) !== fresh) return `from the version with ${edit}`;
  if (reading(parseVersion(other, after)) !== beforeFresh) return `to the version with ${edit}`;
  return undefined;
}

const WARM_UP = 200;
/** How many of the slowest inputs are kept to be timed again, and how many times each is. */
export const SLOWEST = 50;
const WARM_RUNS = 100;
const RETIMES = 21;
let checked = 0;

/** Milliseconds of parse and check of one input. */
function timeCheck(input: string): number {
  const start = performance.now();
  try {
    check(parse(input));
  } catch {
    // verify() reports it
  }
  return performance.now() - start;
}

function median(samples: number[]): number {
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Adds inputs to a list of the slowest, kept sorted and short. */
export function keepSlowest(slowest: Slow[], more: Slow[]): void {
  slowest.push(...more);
  slowest.sort((a, b) => b.msPerKB - a.msPerKB).splice(SLOWEST);
}

/**
 * The slowest input per KB as the median of RETIMES timings each, on a machine the campaign no
 * longer loads: one timing under load also pays for the other processes, for the garbage that
 * other inputs left and for the JIT compiling paths that input alone takes.
 */
export function retime(slowest: Slow[]): Slow & { bytes: number } {
  let worst = { msPerKB: 0, index: -1, input: '', bytes: 0 };
  for (const { index, input } of slowest) {
    // The JIT warmed on the input first, as a server is by the keystrokes before (a row of
    // fourteen cells in a table of seven columns is still being compiled after 50 runs).
    for (let i = 0; i < WARM_RUNS; i++) timeCheck(input);
    const msPerKB = median(Array.from({ length: RETIMES }, () => timeCheck(input))) / (input.length / 1024);
    if (msPerKB > worst.msPerKB) worst = { msPerKB, index, input, bytes: input.length };
  }
  return worst;
}

export function emptyStats(): Stats {
  return { inputs: 0, bytes: 0, ms: 0, failures: [], slowest: [], worstVerify: { msPerKB: 0, index: -1 } };
}

/** Runs inputs [from, to) of a campaign. */
export function runCampaign(corpus: string[], seed: number, from: number, to: number): Stats {
  const stats = emptyStats();
  for (let index = from; index < to; index++) {
    const input = inputOf(corpus, seed, index);
    const checkMs = timeCheck(input);
    const start = performance.now();
    const failure = verify(input);
    const ms = performance.now() - start;
    stats.inputs++;
    stats.bytes += input.length;
    stats.ms += ms + checkMs;
    const kb = input.length / 1024;
    if (++checked > WARM_UP && kb >= 1) {
      if (stats.slowest.length < SLOWEST || checkMs / kb > stats.slowest[SLOWEST - 1].msPerKB) keepSlowest(stats.slowest, [{ msPerKB: checkMs / kb, index, input }]);
      if (ms / kb > stats.worstVerify.msPerKB) stats.worstVerify = { msPerKB: ms / kb, index };
    }
    if (failure) stats.failures.push({ ...failure, input, index });
  }
  return stats;
}

/** A smaller input that fails the same way: whole lines dropped, then characters, while it still fails. */
export function minimise(input: string, kind: FailureKind, budgetMs = 20000): string {
  const deadline = Date.now() + budgetMs;
  const fails = (text: string) => verify(text)?.kind === kind;
  let lines = input.split('\n');
  for (let chunk = Math.ceil(lines.length / 2); chunk >= 1 && Date.now() < deadline; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < lines.length && Date.now() < deadline; ) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (candidate.length > 0 && fails(candidate.join('\n'))) lines = candidate;
      else i += chunk;
    }
  }
  let text = lines.join('\n');
  for (let i = 0; i < text.length && Date.now() < deadline; ) {
    const candidate = text.slice(0, i) + text.slice(i + 1);
    if (fails(candidate)) text = candidate;
    else i++;
  }
  return text;
}
