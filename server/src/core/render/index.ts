// The renderer: a report and its diagnostics in, HTML out. Pure: no editor, no file system.
export { renderReport } from './report';
export type { RenderOptions } from './markup';
export { reportStyle } from './style';
export { reviewPageStart, reviewFileSection, reviewPageEnd, reviewSummaryOf } from './review';
export type { ReviewEntry, ReviewSummaryEntry } from './review';
