// The checks of CONTRACT §5 over a parsed report.
import { formatNumber, insertLine, replaceCell, rowEdits, rowText } from './edits';
import { localeOf, messages, say, type Locale } from './messages';
import { cellValue, type Report, type RowModel, type TableModel, type ValueCell } from './model';
import { copyGrid, culprits, emptyGrid, holds, computed, propagate, recompute, type Grid } from './solve';
import type { Bilingual, ConcreteIdentity } from './statute';
import { cellRange, rangeOf, type Range, type TextEdit } from './text';

export type Code =
  | 'row-sum' | 'column-sum' | 'balance' | 'missing-cell' | 'extra-cell' | 'invalid-number' | 'missing-row'
  | 'duplicate-row' | 'unknown-row' | 'missing-table' | 'missing-section' | 'section-order' | 'label'
  | 'narrative-mismatch' | 'carryover';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const defaultSeverity: Record<Code, Severity> = {
  'row-sum': 'error', 'column-sum': 'error', balance: 'error', 'missing-cell': 'error', 'extra-cell': 'error',
  'invalid-number': 'error', 'missing-row': 'error', 'duplicate-row': 'warning', 'unknown-row': 'warning',
  'missing-table': 'error', 'missing-section': 'error', 'section-order': 'warning', label: 'warning',
  'narrative-mismatch': 'warning', carryover: 'warning',
};
export const codes = Object.keys(defaultSeverity) as Code[];

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor offers first. */
  preferred?: boolean;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  range: Range;
  expected?: number;
  actual?: number;
  fixes: Fix[];
}

export interface CheckOptions {
  locale?: Locale | string;
  /** Reports of other years, for the carryover check: the one of the year before, same body, is used. */
  others?: { report: Report; path: string }[];
  /** Severity per code; 'off' silences a code. */
  severity?: Partial<Record<Code, Severity | 'off'>>;
}

interface Context {
  report: Report;
  locale: Locale;
  out: Diagnostic[];
}

export function check(report: Report, options: CheckOptions = {}): Diagnostic[] {
  if (!report.statute) return [];
  const ctx: Context = { report, locale: localeOf(options.locale), out: [] };
  checkSections(ctx);
  for (const table of report.tables) checkTable(ctx, table);
  checkNarrative(ctx);
  if (options.others) checkCarryover(ctx, options.others);
  return ctx.out
    .flatMap((d) => {
      const severity = options.severity?.[d.code] ?? d.severity;
      return severity === 'off' ? [] : [{ ...d, severity }];
    })
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function emit(ctx: Context, code: Code, range: Range, message: Bilingual, fixes: Fix[] = [], extra: Partial<Diagnostic> = {}): void {
  ctx.out.push({ code, severity: defaultSeverity[code], message: say(ctx.locale, message), range, fixes, ...extra });
}

function fix(ctx: Context, title: Bilingual, edits: TextEdit[], preferred = false): Fix {
  return { title: say(ctx.locale, title), edits, preferred };
}

// ---- names of rows, columns and cells as a reader knows them ----

export function rowName(table: TableModel, row: number): string {
  const spec = table.index.spec.rows[row];
  if (spec.label === '') return table.index.spec.title.zh;
  const group = spec.group && table.index.spec.rows.find((r) => r.key === spec.group);
  return group && /^\d/.test(spec.label) ? `${group.label} ${spec.label}` : spec.label;
}

export function columnName(table: TableModel, column: number): string {
  const spec = table.index.spec.columns[column];
  return spec.group && table.index.spec.key === 'review' ? `${spec.group} · ${spec.label}` : spec.label;
}

function cellName(table: TableModel, row: number, column: number): string {
  return table.index.spec.columns.length === 1 ? rowName(table, row) : `${rowName(table, row)} · ${columnName(table, column)}`;
}

// ---- sections ----

function checkSections(ctx: Context): void {
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
    emit(ctx, 'missing-section', range, messages.missingSection(name), [fix(ctx, messages.fix.insertSection(name), [insertLine(report, at, next ? heading + eolOf(report) : heading)])]);
  });
  for (const section of report.sections) {
    for (const table of report.statute!.tables.filter((t) => t.spec.section === section.index)) {
      if (report.tables.some((t) => t.index === table)) continue;
      emit(ctx, 'missing-table', section.headingRange, messages.missingTable(table.spec.title.zh, `${section.spec.numeral}、${section.spec.title}`));
    }
  }
}

function eolOf(report: Report): string {
  return report.text.includes('\r\n') ? '\r\n' : '\n';
}

function lineRange(report: Report, line: number): Range {
  const text = report.lines[line].text;
  const start = text.length - text.trimStart().length;
  return rangeOf(line, start, Math.max(start, text.trimEnd().length));
}

// ---- tables ----

/** The table's values: 'exact' trusts only complete rows; 'present' also the cells of rows that lost some. */
export function gridOf(table: TableModel, trust: 'exact' | 'present', except?: RowModel): Grid {
  const grid = emptyGrid(table.index);
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate || row === except || !row.slots) continue;
    if (trust === 'exact' && row.alignment !== 'exact') continue;
    row.slots.forEach((cell, column) => (grid[row.row!][column] = cell?.value));
  }
  return grid;
}

function checkTable(ctx: Context, table: TableModel): void {
  const { report } = ctx;
  const spec = table.index.spec;
  const solved = lazySolution(table);
  for (const row of table.rows) {
    if (row.row === undefined) {
      emit(ctx, 'unknown-row', lineRange(report, row.line), messages.unknownRow(report.lines[row.line].text.trim().replace(/\t+/g, ' ').slice(0, 40)));
      continue;
    }
    const name = rowName(table, row.row);
    if (row.duplicate) {
      emit(ctx, 'duplicate-row', cellRange(row.line, row.labelCell ?? row.values[0]), messages.duplicateRow(name));
      continue;
    }
    for (const typo of row.typos) {
      const statutory = spec.rows[row.row].label;
      emit(ctx, 'label', cellRange(row.line, typo), messages.label(typo.text, statutory), [fix(ctx, messages.fix.label(statutory), [replaceCell(row.line, typo, statutory)], true)]);
    }
    checkCells(ctx, table, row, name, solved);
  }
  checkMissingRows(ctx, table);
  checkIdentities(ctx, table);
}

function valueSpan(row: RowModel, fallback: Range): Range {
  if (row.values.length === 0) return fallback;
  return rangeOf(row.line, row.values[0].start, row.values[row.values.length - 1].end);
}

function checkCells(ctx: Context, table: TableModel, row: RowModel, name: string, solved: () => Grid | undefined): void {
  const columns = table.index.spec.columns;
  const labelRange = row.labelCell ? cellRange(row.line, row.labelCell) : lineRange(ctx.report, row.line);
  const deduction = row.alignment === 'exact' && row.values.every((v) => v.value !== undefined) ? undefined : deduce(table, row, solved());
  const deducedFix = deduction && fix(ctx, messages.fix.fillRow(name), deduction.edits, true);
  const note = deduction && messages.deduced(describeDeduction(table, row, deduction));
  if (row.alignment === 'positional' || row.alignment === 'ambiguous') {
    const missing = row.slots ? columns.flatMap((_, i) => (row.slots![i] ? [] : [columnName(table, i)])) : [];
    emit(ctx, 'missing-cell', valueSpan(row, labelRange), also(messages.missingCell(name, columns.length, row.values.length, missing), note), deducedFix ? [deducedFix] : []);
  } else if (row.alignment === 'overflow') {
    emit(ctx, 'extra-cell', valueSpan(row, labelRange), also(messages.extraCell(name, columns.length, row.values.length), note), deducedFix ? [deducedFix] : []);
  }
  if (row.alignment === 'overflow' || row.alignment === 'ambiguous') {
    for (const cell of row.values.filter((v) => v.value === undefined)) {
      emit(ctx, 'invalid-number', cellRange(row.line, cell), messages.invalidNumber(name, undefined, cell.text, messages.units.count));
    }
    return;
  }
  row.slots!.forEach((cell, column) => {
    if (!cell || cell.value !== undefined) return;
    const replacement = deduction?.values[column];
    const fixes = replacement === undefined ? [] : [fix(ctx, messages.fix.setValue(cellName(table, row.row!, column), replacement), [replaceCell(row.line, cell, formatNumber(replacement))], true)];
    emit(ctx, 'invalid-number', cellRange(row.line, cell), messages.invalidNumber(name, columnName(table, column), cell.text, messages.units[columns[column].unit]), fixes);
  });
}

interface Deduction {
  values: number[];
  slots: (ValueCell | undefined)[];
  edits: TextEdit[];
}

/** The deduced cells by name where the row's columns are known, else the whole row as it should read. */
function describeDeduction(table: TableModel, row: RowModel, deduction: Deduction): string {
  if (!row.slots) return deduction.values.join(' ');
  return deduction.values.flatMap((v, column) => {
    const cell = deduction.slots[column];
    return cell && cell.value === v ? [] : [`${columnName(table, column)} = ${v}`];
  }).join('，');
}

/** A message with a second sentence, if any. */
function also(first: Bilingual, second: Bilingual | undefined): Bilingual {
  return second ? { zh: first.zh + second.zh, en: `${first.en} ${second.en}` } : first;
}

const MAX_CANDIDATES = 5000;

/** The ways a row's values may stand in the columns. */
function placements(row: RowModel, count: number): (ValueCell | undefined)[][] {
  if (row.slots) return [row.slots];
  const values = row.values;
  const result: (ValueCell | undefined)[][] = [];
  if (values.length < count) {
    for (const chosen of combinations(count, values.length)) {
      const slots: (ValueCell | undefined)[] = Array(count).fill(undefined);
      chosen.forEach((column, i) => (slots[column] = values[i]));
      result.push(slots);
      if (result.length > MAX_CANDIDATES) return [];
    }
  } else {
    for (const chosen of combinations(values.length, count)) {
      result.push(chosen.map((i) => values[i]));
      if (result.length > MAX_CANDIDATES) return [];
    }
  }
  return result;
}

function* combinations(n: number, k: number): Generator<number[]> {
  const pick: number[] = [];
  function* walk(from: number): Generator<number[]> {
    if (pick.length === k) {
      yield [...pick];
      return;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      yield* walk(i + 1);
      pick.pop();
    }
  }
  yield* walk(0);
}

/**
 * Everything the known cells of the table determine (every cell whose column is known), once per
 * table; undefined when they contradict the identities.
 */
function lazySolution(table: TableModel): () => Grid | undefined {
  let solved: Grid | undefined | null = null;
  return () => {
    if (solved === null) {
      const grid = gridOf(table, 'present');
      solved = propagate(grid, table.index) ? grid : undefined;
    }
    return solved;
  };
}

/**
 * The row's values where the identities leave exactly one possibility: every placement of its
 * cells that agrees with the rest of the table gives the same complete row (FORMAT §5).
 * `solved` holds what the table's other known cells determine, where they agree.
 */
function deduce(table: TableModel, row: RowModel, solved: Grid | undefined): Deduction | undefined {
  const r = row.row!;
  if (solved && row.slots) {
    const values = solved[r];
    if (values.some((v) => v === undefined)) return undefined;
    return { values: values as number[], slots: row.slots, edits: rowEdits(row, row.slots, values as number[]) };
  }
  const base = solved ?? gridOf(table, 'present', row);
  // From the solved table only the identities through this row can change; else all are looked at.
  const start = solved ? [...new Set(table.index.identitiesOf[r].flat())] : undefined;
  let found: Deduction | undefined;
  for (const slots of placements(row, table.index.spec.columns.length)) {
    const grid = copyGrid(base);
    grid[r] = slots.map((cell) => cell?.value);
    if (!propagate(grid, table.index, start)) continue;
    const values = grid[r];
    if (values.some((v) => v === undefined)) return undefined;
    if (found && found.values.some((v, i) => v !== values[i])) return undefined;
    found ??= { values: values as number[], slots, edits: [] };
  }
  if (found) found.edits = rowEdits(row, found.slots, found.values);
  return found;
}

function checkMissingRows(ctx: Context, table: TableModel): void {
  const spec = table.index.spec;
  const present = new Set(table.rows.map((r) => r.row));
  table.index.valueRows.forEach((r) => {
    if (present.has(r)) return;
    const next = table.rows.filter((m) => m.row !== undefined && m.row > r).sort((a, b) => a.line - b.line)[0];
    const previous = table.rows.filter((m) => m.row !== undefined && m.row < r).sort((a, b) => b.line - a.line)[0];
    const at = next ? next.line : (previous?.line ?? table.lastLine) + 1;
    const anchor = next ?? previous;
    const range = anchor ? lineRange(ctx.report, anchor.line) : lineRange(ctx.report, table.firstLine);
    const grid = gridOf(table, 'present');
    const values = propagate(grid, table.index) ? grid[r] : spec.columns.map(() => undefined);
    const name = rowName(table, r);
    const edit = insertLine(ctx.report, at, rowText(table, spec.rows[r].label, values));
    emit(ctx, 'missing-row', range, messages.missingRow(name, spec.title.zh), [fix(ctx, messages.fix.insertRow(name), [edit], true)]);
  });
}

/** A fix for each failing identity: the cell that explains several failures, else the total itself. */
function checkIdentities(ctx: Context, table: TableModel): void {
  if (table.index.identities.length === 0) return;
  const grid = gridOf(table, 'exact');
  const failing = table.index.identities.filter((i) => i.spec.reported && holds(i, grid) === false);
  if (failing.length === 0) return;
  const suspects = culprits(grid, table.index);
  const tableFix = totalsEdits(table, grid);
  for (const identity of failing) {
    const expected = computed(identity, grid)!;
    const { row, column } = identity.target;
    const actual = grid[row][column]!;
    const target = cellValue(table, row, column)!;
    const parts = messages.sumOf(partNames(table, identity));
    const text = identity.spec.code === 'row-sum' ? messages.rowSum : identity.spec.code === 'column-sum' ? messages.columnSum : messages.balance;
    const fixes: Fix[] = [];
    const culprit = suspects.find((s) => s.mends.includes(identity));
    const isTarget = culprit && culprit.row === row && culprit.column === column;
    const note = culprit && !isTarget ? messages.culprit(cellName(table, culprit.row, culprit.column), culprit.value) : undefined;
    if (culprit && !isTarget) {
      const cell = cellValue(table, culprit.row, culprit.column)!;
      const line = table.rows.find((m) => m.row === culprit.row && !m.duplicate)!.line;
      fixes.push(fix(ctx, messages.fix.setValue(cellName(table, culprit.row, culprit.column), culprit.value), [replaceCell(line, cell, formatNumber(culprit.value))], true));
    }
    const targetLine = table.rows.find((m) => m.row === row && !m.duplicate)!.line;
    if (expected >= 0 || table.index.spec.columns[column].unit === 'signed') {
      fixes.push(fix(ctx, messages.fix.setValue(cellName(table, row, column), expected), [replaceCell(targetLine, target, formatNumber(expected))], !culprit || isTarget));
    }
    if (tableFix.length > 1) fixes.push(fix(ctx, messages.fix.recomputeTable(table.index.spec.title.zh), tableFix));
    const zh = text(rowName(table, row), columnName(table, column), expected, actual, parts.zh).zh;
    const en = text(rowName(table, row), columnName(table, column), expected, actual, parts.en).en;
    emit(ctx, identity.spec.code, cellRange(targetLine, target), also({ zh, en }, note), fixes, { expected, actual });
  }
}

function partNames(table: TableModel, identity: ConcreteIdentity): string[] {
  const name = identity.spec.along === 'row' ? (c: { column: number }) => columnName(table, c.column) : (c: { row: number }) => rowName(table, c.row);
  const plus = identity.plus.map(name);
  const minus = identity.minus.map((c) => '−' + name(c));
  if (identity.spec.code === 'column-sum' && plus.length > 4) return [`${plus[0]} … ${plus[plus.length - 1]}`];
  return [...plus, ...minus];
}

/**
 * Edits that make every identity of the table hold where its complete rows allow: first the cells
 * that explain several failures at once, then every total in dependency order.
 */
export function totalsEdits(table: TableModel, grid = gridOf(table, 'exact')): TextEdit[] {
  const mended = copyGrid(grid);
  for (const suspect of culprits(grid, table.index)) mended[suspect.row][suspect.column] = suspect.value;
  const result = recompute(mended, table.index);
  const edits: TextEdit[] = [];
  for (const row of table.rows) {
    if (row.row === undefined || row.duplicate || row.alignment !== 'exact') continue;
    row.slots!.forEach((cell, column) => {
      const value = result[row.row!][column];
      if (cell && value !== undefined && cell.value !== value) edits.push(replaceCell(row.line, cell, formatNumber(value)));
    });
  }
  return edits;
}

// ---- prose ----

function checkNarrative(ctx: Context): void {
  const { report } = ctx;
  const rules = report.statute!.statute.narrative.flatMap((rule) => {
    const table = report.tables.find((t) => t.index.spec.key === rule.cells[0].table);
    if (!table) return [];
    const cells = rule.cells.map((c) => ({ row: table.index.row(c.row), column: table.index.column(c.column) }));
    const values = cells.map((c) => cellValue(table, c.row, c.column)?.value);
    if (values.some((v) => v === undefined)) return [];
    const names = cells.map((c) => cellName(table, c.row, c.column)).join(' + ');
    return [{ rule, value: (values as number[]).reduce((a, b) => a + b, 0), names }];
  });
  if (rules.length === 0) return;
  for (const line of report.prose) {
    for (const sentence of sentences(report.lines[line].text)) {
      for (const { rule, value, names } of rules) {
        if (rule.context && !rule.context.some((w) => sentence.text.includes(w))) continue;
        if (rule.notContext && rule.notContext.some((w) => sentence.text.includes(w))) continue;
        const m = rule.pattern.exec(sentence.text);
        if (!m || Number(m[1]) === value) continue;
        const start = sentence.start + m.index + m[0].lastIndexOf(m[1]);
        emit(ctx, 'narrative-mismatch', rangeOf(line, start, start + m[1].length), messages.narrative(Number(m[1]), rule.what, value, names), [], { expected: value, actual: Number(m[1]) });
      }
    }
  }
}

function sentences(text: string): { text: string; start: number }[] {
  const result: { text: string; start: number }[] = [];
  const re = /[^。；;！!？?]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) result.push({ text: m[0], start: m.index });
  return result;
}

// ---- across years ----

function checkCarryover(ctx: Context, others: { report: Report; path: string }[]): void {
  const { report } = ctx;
  if (report.year === undefined || report.organization === undefined) return;
  const rule = report.statute!.statute.carryover;
  const previous = others.find((o) => o.report.year === report.year! - 1 && o.report.organization === report.organization && o.report.statute);
  const table = report.tables.find((t) => t.index.spec.key === rule.table);
  const before = previous?.report.tables.find((t) => t.index.spec.key === rule.table);
  if (!previous || !table || !before) return;
  const thisRow = table.index.row(rule.thisYear);
  const lastRow = before.index.row(rule.lastYear);
  const row = table.rows.find((m) => m.row === thisRow && !m.duplicate && m.alignment === 'exact');
  const last = before.rows.find((m) => m.row === lastRow && !m.duplicate && m.alignment === 'exact');
  if (!row || !last) return;
  table.index.spec.columns.forEach((_, column) => {
    const now = row.slots![column];
    const then = last.slots![column];
    if (now?.value === undefined || then?.value === undefined || now.value === then.value) return;
    emit(ctx, 'carryover', cellRange(row.line, now), messages.carryover(columnName(table, column), now.value, then.value, previous.report.year!, previous.path),
      [fix(ctx, messages.fix.setValue(cellName(table, thisRow, column), then.value), [replaceCell(row.line, now, formatNumber(then.value))])], { expected: then.value, actual: now.value });
  });
}
