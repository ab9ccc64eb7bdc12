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
  /** Unit words a real cell may carry after its number (251000元) where the format names no unit. */
  suffixes?: string[];
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
  /** The article of the 条例 the row rests on; '' where it rests on none. */
  article: string;
  /** What else the row rests on, or why no article: another regulation, or the format itself. */
  basis?: Bilingual;
  /**
   * A group row that the 2019 form of the table gave values (（六）其他处理): a line that still
   * does is that row, and its sub-rows are missing (FORMAT §3).
   */
  formerValueRow?: boolean;
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
  /** The sub-topics of the section, headed （一）…: not sections of their own. */
  subtopics?: string[];
  /** Whether a section that says nothing (or only 无) is a finding. */
  mustSaySomething?: boolean;
  article: string;
  meaning: Bilingual;
}

/** A cell by keys; a group row stands for its value rows (（三）不予公开 = 1. … 8.). */
export interface CellRef {
  table: string;
  row: string;
  column: string;
}

/**
 * A figure stated in prose that a table also holds. The number is the first capture group, in
 * Arabic or Chinese numerals (write it as NUMBER in the pattern's source: see narrative.ts).
 * Rules are tried in order and a number read by one is not read again, so a stated sum
 * (予以公开及部分公开258件) goes before its parts.
 */
export interface NarrativeRule {
  /** The sentence must mention one of these, so a pattern does not read another subject's figure. */
  context?: string[];
  /** ... and none of these. */
  notContext?: string[];
  pattern: RegExp;
  /** The cells whose sum the figure states. */
  cells: CellRef[];
  what: Bilingual;
}

/** A statement without a figure that the tables must bear out: 未收到申请 (zero), 均获维持 (all). */
export interface ClaimRule {
  context?: string[];
  pattern: RegExp;
  /** zero: the cells sum to 0; all: they equal `whole`, and it is not 0. */
  claim: 'zero' | 'all';
  cells: CellRef[];
  whole?: CellRef[];
  what: Bilingual;
}

/** A base a percentage may be taken over (占办结总数的33.9%), known by the words that name it. */
export interface ShareBase {
  words: string[];
  cells: CellRef[];
  what: Bilingual;
}

/**
 * A row of a table that rolls forward from last year's report: for each row of `tables`,
 * this year's `target` = Σ last year's `last` + Σ this year's `plus` − Σ this year's `minus`.
 */
export interface RollforwardRule {
  tables: string[];
  target: string;
  last: string[];
  plus?: string[];
  minus?: string[];
}

export interface Statute {
  version: FormatVersion;
  /** The document that issued the format. */
  issuedBy: string;
  sections: SectionSpec[];
  tables: TableSpec[];
  narrative: NarrativeRule[];
  claims: ClaimRule[];
  shareBases: ShareBase[];
  /** The sentence that states the period the figures cover; its captures are years. */
  period: RegExp;
  /** The carryover identity across years: this year's row equals last year's row, cell by cell. */
  carryover: { table: string; thisYear: string; lastYear: string };
  rollforward: RollforwardRule[];
  /** What a section is expected to mention (六 and 信息处理费 from 2021): an information-level note if silent. */
  mentions?: { section: number; words: string[]; what: Bilingual }[];
  /** The cells compared with last year's for a change of more than five times (year-over-year). */
  yearOverYear: { table: string; columns?: string[] }[];
}
