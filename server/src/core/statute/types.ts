// The shape of a statutory format. Each format version is one module of plain data in this shape;
// the parser, checks, fixes, hovers and completions read it and know no row or column by name.

/** A text in both languages the project speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type FormatVersion = '2021' | '2019';

/** What a value cell may hold. */
export type Unit =
  | 'count' // a non-negative integer
  | 'amount' // a non-negative decimal (万元)
  | 'signed'; // an integer that may be negative (本年增/减)

export interface ColumnSpec {
  key: string;
  /** The statutory wording of the header cell. */
  label: string;
  /** Other wordings seen for this header cell. */
  aliases?: string[];
  /** The header above it (merged cell), shown in hovers: 法人或其他组织, 行政诉讼 / 复议后起诉. */
  group?: string;
  unit: Unit;
  meaning: Bilingual;
}

export interface RowSpec {
  key: string;
  /** Statutory wording with its marker, as the official table prints it; '' for an unlabelled row. */
  label: string;
  /** Other wordings seen, with or without the marker. */
  aliases?: string[];
  /** The group row this row sits under (三、本年度办理结果, （三）不予公开 …). */
  group?: string;
  /** Group rows carry no values: they only label the rows beneath them. */
  values: boolean;
  /** The article of the 条例 the row rests on. */
  article: string;
  meaning: Bilingual;
}

/**
 * An identity, declared once and expanded over rows or columns:
 * target = Σ plus − Σ minus, for every row (or column) in `over`.
 * With `along: 'row'` the keys in target/plus/minus are columns and `over` lists rows
 * ('values' for every value row); with `along: 'column'` it is the other way round.
 */
export interface IdentitySpec {
  code: 'row-sum' | 'column-sum' | 'balance';
  along: 'row' | 'column';
  over: string[] | 'values';
  target: string;
  plus: string[];
  minus?: string[];
  /**
   * Whether a failure is reported. Identities that follow from the reported ones are still
   * evaluated (for fixes and deductions) but not reported, so one wrong number gives one
   * diagnostic where it can (FORMAT §3).
   */
  reported: boolean;
}

export interface TableSpec {
  key: string;
  /** The section (0-based: 0 = 一) the table belongs to. */
  section: number;
  title: Bilingual;
  /** A caption line that opens the table (第二十条第（一）项); absent where the header opens it. */
  caption?: string;
  /** Words that mark a line as part of this table's header, besides the column labels. */
  headerWords: string[];
  /** A header cell over every column, as the official form draws it (申请人情况). */
  header?: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  identities: IdentitySpec[];
  article: string;
  meaning: Bilingual;
}

export interface SectionSpec {
  numeral: string;
  title: string;
  aliases: string[];
  article: string;
  meaning: Bilingual;
}

/** A figure stated in prose that a table also holds: the number is the first capture group. */
export interface NarrativeRule {
  /** The sentence must mention one of these, so a pattern does not read another subject's figure. */
  context?: string[];
  /** ... and none of these. */
  notContext?: string[];
  pattern: RegExp;
  /** The cells whose sum the figure states. */
  cells: { table: string; row: string; column: string }[];
  what: Bilingual;
}

export interface Statute {
  version: FormatVersion;
  /** The document that issued the format. */
  issuedBy: string;
  sections: SectionSpec[];
  tables: TableSpec[];
  narrative: NarrativeRule[];
  /** The carryover identity across years: this year's row equals last year's row, cell by cell. */
  carryover: { table: string; thisYear: string; lastYear: string };
}
