// The format versions, and the look-ups the parser derives from them once.
import { editDistance, normalizeLabel, splitMarker } from '../labels';
import { memoOfText } from '../memo';
import { format2019 } from './format2019';
import { format2021 } from './format2021';
import type { ColumnSpec, FormatVersion, IdentitySpec, RowSpec, Statute, TableSpec } from './types';

export * from './types';

/** What a look-up that finds nothing gives: one empty list, not a new one per miss (labels and header words are looked up per cell). */
const NONE: readonly never[] = [];
export const statutes: Record<FormatVersion, Statute> = { '2021': format2021, '2019': format2019 };

/** The marker a statutory label carries, and its wording after the marker, both normalised. */
export function labelKey(label: string): { marker?: string; text: string } {
  return splitMarker(label);
}

/** The statutory label without its parenthetical note, e.g. （二）部分公开. */
function shortForm(label: string): string {
  return label.replace(/[（(][^（()）]*[)）]$/, '');
}

export interface ConcreteIdentity {
  spec: IdentitySpec;
  target: CellKey;
  plus: CellKey[];
  minus: CellKey[];
  /** The identity as Σ sign·cell = 0: the target and minus cells with +1, plus cells with −1. */
  terms: Term[];
  /** Its place among its table's identities. */
  index: number;
}
export interface Term extends CellKey {
  sign: 1 | -1;
}
/** A cell of a table by row and column index. */
export interface CellKey {
  row: number;
  column: number;
}

/** A table spec with the indexes the parser and checks need. */
export class TableIndex {
  readonly rowByText = new Map<string, number[]>();
  readonly columnByText = new Map<string, number[]>();
  readonly headerWords: Set<string>;
  readonly caption?: string;
  readonly identities: ConcreteIdentity[];
  readonly valueRows: number[];
  readonly rowKeys: { marker?: string; text: string }[];
  /** Unit words that may follow a value in some column (251000元). */
  readonly valueSuffixes: string[];

  constructor(readonly spec: TableSpec) {
    // The first of a key, as findIndex gives it.
    for (let i = spec.rows.length - 1; i >= 0; i--) this.rowByKey.set(spec.rows[i].key, i);
    for (let i = spec.columns.length - 1; i >= 0; i--) this.columnByKey.set(spec.columns[i].key, i);
    this.rowKeys = spec.rows.map((row) => labelKey(row.label));
    spec.rows.forEach((row, i) => {
      for (const label of [row.label, ...(row.aliases ?? [])]) {
        if (label === '') continue;
        for (const form of new Set([label, shortForm(label)])) add(this.rowByText, labelKey(form).text, i);
      }
    });
    spec.columns.forEach((column, i) => {
      for (const label of [column.label, ...(column.aliases ?? [])]) add(this.columnByText, normalizeLabel(label), i);
    });
    this.valueSuffixes = [...new Set(spec.columns.flatMap((c) => c.suffixes ?? []))].sort((a, b) => b.length - a.length);
    this.headerWords = new Set(spec.headerWords.map(normalizeLabel));
    this.caption = spec.caption && normalizeLabel(spec.caption);
    this.valueRows = spec.rows.flatMap((row, i) => (row.values ? [i] : []));
    const identities: ConcreteIdentity[] = [];
    for (const identity of spec.identities) identities.push(...this.expand(identity, identities.length));
    this.identities = identities;
    this.identitiesOf = spec.rows.map((_, row) => spec.columns.map((__, column) =>
      this.identities.filter((i) => i.terms.some((t) => t.row === row && t.column === column))));
  }

  /** The identities each cell takes part in, by row and column. */
  readonly identitiesOf: ConcreteIdentity[][][];

  private readonly rowByKey = new Map<string, number>();
  private readonly columnByKey = new Map<string, number>();

  /** The row of a key, -1 for none: asked for every cell every rule of the statute names. */
  row(key: string): number {
    return this.rowByKey.get(key) ?? -1;
  }

  column(key: string): number {
    return this.columnByKey.get(key) ?? -1;
  }

  /** The rows whose label (after any marker) is exactly this normalised text. */
  rowsFor(text: string): readonly number[] {
    return this.rowByText.get(text) ?? NONE;
  }

  /** The one row a garbled label is a small edit away from, if there is exactly one. */
  nearestRow(label: { marker?: string; text: string }): number | undefined {
    if (label.text.length < 2) return undefined;
    const limit = label.text.length <= 6 ? 1 : label.text.length <= 15 ? 2 : 3;
    let best: number | undefined;
    let bestDistance = limit + 1;
    let tie = false;
    this.rowKeys.forEach((key, i) => {
      if (key.text === '') return;
      // A short label is only trusted when its marker agrees: 总记 could be anything, （七）总记 is not.
      if (label.text.length <= 3 && (label.marker === undefined || label.marker !== key.marker)) return;
      const d = editDistance(label.text, key.text, limit);
      if (d < bestDistance) [best, bestDistance, tie] = [i, d, false];
      else if (d === bestDistance) tie = true;
    });
    return bestDistance > 0 && bestDistance <= limit && !tie ? best : undefined;
  }

  /** Whether the text is a piece of some label of this table (a label split over cells or lines). */
  isLabelFragment(text: string): boolean {
    return text !== '' && this.rowKeys.some((key) => key.text.includes(text));
  }

  /** The column a header cell names: its label, or a label it starts with (本年收费金额（单位：0万元）). */
  columnsFor(text: string): readonly number[] {
    const exact = this.columnByText.get(text);
    if (exact) return exact;
    for (const label of this.columnByText.keys()) if (label.length >= 4 && text.startsWith(label)) return this.columnByText.get(label)!;
    return NONE;
  }

  /** The identities a declared one stands for, one per row (or column) it runs over, numbered from `first`. */
  private expand(identity: IdentitySpec, first: number): ConcreteIdentity[] {
    const across = identity.along === 'row' ? (k: string) => this.column(k) : (k: string) => this.row(k);
    const over = identity.over === 'values' ? this.valueRows : identity.over.map(identity.along === 'row' ? (k) => this.row(k) : (k) => this.column(k));
    return over.map((line, offset) => {
      const cell = (k: string): CellKey => (identity.along === 'row' ? cellKey(line, across(k)) : cellKey(across(k), line));
      const target = cell(identity.target);
      const plus = identity.plus.map(cell);
      const minus = (identity.minus ?? []).map(cell);
      const terms: Term[] = [term(target, 1), ...plus.map((c) => term(c, -1)), ...minus.map((c) => term(c, 1))];
      return { spec: identity, target, plus, minus, terms, index: first + offset };
    });
  }
}

// Every cell key and every term is made by one object literal, so that all share one shape: the
// solver reads them in its inner loops, where keys made by spreads (each of its own shape) made
// every property read megamorphic.
function cellKey(row: number, column: number): CellKey {
  return { row, column };
}

function term(cell: CellKey, sign: 1 | -1): Term {
  return { row: cell.row, column: cell.column, sign };
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export interface StatuteIndex {
  statute: Statute;
  tables: TableIndex[];
  table(key: string): TableIndex | undefined;
  sectionByTitle: Map<string, number>;
  /** The tables whose header a normalised cell belongs to: by its exact words, or by a long word it starts with. */
  headerTables(word: string): readonly TableIndex[];
}

/** Header cells are short; a longer cell is prose or a label. */
export const MAX_HEADER_WORD = 60;

function headerLookup(tables: TableIndex[]): (word: string) => readonly TableIndex[] {
  const exact = new Map<string, TableIndex[]>();
  const prefixes: [string, TableIndex][] = [];
  for (const table of tables) {
    const words = [...table.headerWords, ...table.columnByText.keys()];
    for (const word of words) add(exact, word, table);
    for (const word of words) if (word.length >= 4) prefixes.push([word, table]);
  }
  // Every label and header cell is looked up, the same words in every report: each found once.
  return memoOfText((word) => {
    if (word === '' || word.length > MAX_HEADER_WORD) return NONE;
    const found = exact.get(word);
    if (found) return found;
    let starting: TableIndex[] | undefined;
    for (const [prefix, table] of prefixes) if (word.startsWith(prefix)) (starting ??= []).push(table);
    return starting ?? NONE;
  });
}

// The statute declares of each table, row and column only the fields it has; the index holds
// them with every field, absent ones undefined, so that all rows (all columns, all tables) share
// one shape: rows of five shapes made each check that reads them megamorphic. The lists name every
// field of the type (the compiler holds them to it), in one order.
const TABLE_FIELDS: Record<keyof TableSpec, true> = {
  key: true, section: true, title: true, caption: true, headerWords: true, header: true, columns: true, rows: true, identities: true, article: true, meaning: true,
};
const ROW_FIELDS: Record<keyof RowSpec, true> = { key: true, label: true, aliases: true, group: true, values: true, article: true, basis: true, formerValueRow: true, meaning: true };
const COLUMN_FIELDS: Record<keyof ColumnSpec, true> = { key: true, label: true, aliases: true, group: true, unit: true, suffixes: true, meaning: true };

function uniform<T extends object>(value: T, fields: Record<keyof T, true>): T {
  const result = {} as T;
  for (const field of Object.keys(fields) as (keyof T)[]) result[field] = value[field];
  return result;
}

function uniformTable(table: TableSpec): TableSpec {
  const result = uniform(table, TABLE_FIELDS);
  result.rows = table.rows.map((r) => uniform(r, ROW_FIELDS));
  result.columns = table.columns.map((c) => uniform(c, COLUMN_FIELDS));
  return result;
}

const indexes = new Map<FormatVersion, StatuteIndex>();

export function indexOf(statute: Statute): StatuteIndex {
  let index = indexes.get(statute.version);
  if (!index) {
    const tables = statute.tables.map((t) => new TableIndex(uniformTable(t)));
    const sectionByTitle = new Map<string, number>();
    statute.sections.forEach((s, i) => [s.title, ...s.aliases].forEach((t) => sectionByTitle.set(normalizeLabel(t), i)));
    index = { statute, tables, table: (key) => tables.find((t) => t.spec.key === key), sectionByTitle, headerTables: headerLookup(tables) };
    indexes.set(statute.version, index);
  }
  return index;
}

export type { ColumnSpec, RowSpec };
