// The pure core: text in, model, diagnostics and edits out. No editor, no file system.
export { parse, parseValue, parseVersion, titleOf } from './parse';
export type { Title } from './parse';
export { check, codes, defaultSeverity, gridOf, rowName, columnName, summarize, totalsEdits } from './check';
export type { CheckOptions, Code, Diagnostic, Fix, LastYear, Severity } from './check';
export { fixAll, fixAllEdits } from './fix';
export { applyEdits, diffLines } from './edits';
export { localeOf, messages, say } from './messages';
export type { Locale } from './messages';
export type { Report, RowModel, SectionModel, TableModel, ValueCell } from './model';
export { statutes, indexOf } from './statute';
export type { Bilingual, Statute, TableSpec, RowSpec, ColumnSpec, SectionSpec } from './statute';
export type { Position, Range, TextEdit } from './text';
export { locate } from './locate';
export type { Located } from './locate';
export { explain } from './explain';
export { explainRow } from './explain';
