// The review page: one self-contained HTML page for every file of a run, written as a stream.
// reviewPageStart, then reviewFileSection for each file as it is checked, then reviewPageEnd with
// the summary: written last, shown first (CSS order), sortable and filterable by a small inline script.
import type { Diagnostic } from '../check';
import { say, type Locale } from '../messages';
import type { Report } from '../model';
import type { FormatVersion } from '../statute';
import { attributes, element, escapeHtml, idOf } from './html';
import { labels } from './labels';
import { findingsList, styleOf } from './markup';
import { renderReport } from './report';
import { reportStyle } from './style';

export interface ReviewEntry {
  /** The file as the run names it; also what links to it (lastYear) name. */
  path: string;
  report: Report;
  diagnostics: Diagnostic[];
  /** The path of last year's report of the same body, where the run holds one. */
  lastYear?: string;
  /** Why the file was not checked (not a report, unreadable), where it was not. */
  note?: string;
}

export interface ReviewSummaryEntry {
  path: string;
  organization?: string;
  year?: number;
  format?: FormatVersion;
  errors: number;
  warnings: number;
  note?: string;
}

export type ReviewResult = 'pass' | 'fail' | 'skipped';

export function reviewSummaryOf(entry: ReviewEntry): ReviewSummaryEntry {
  const count = (severity: string) => entry.diagnostics.filter((d) => d.severity === severity).length;
  const note = entry.note ?? (entry.report.statute ? undefined : say('zh-CN', labels.notReport));
  return {
    path: entry.path, organization: entry.report.organization, year: entry.report.year, format: entry.report.statute?.statute.version,
    errors: count('error'), warnings: count('warning'), note,
  };
}

export function reviewResult(summary: ReviewSummaryEntry): ReviewResult {
  return summary.errors > 0 ? 'fail' : summary.note !== undefined || summary.format === undefined ? 'skipped' : 'pass';
}

const pageStyle = `
body.review { margin: 0; }
.review .page { display: flex; flex-direction: column; gap: 1.5em; padding: 1em 1.5em; max-width: 80em; margin: 0 auto; }
.review .page-title { order: -2; }
.review .summary { order: -1; }
.review h1 { font-size: 1.5em; margin: .2em 0; }
.review table.summary-table { border-collapse: collapse; width: 100%; }
.review table.summary-table th, .review table.summary-table td { border: 1px solid var(--line); padding: .25em .5em; text-align: left; }
.review table.summary-table td.count { text-align: right; font-variant-numeric: tabular-nums; }
.review table.summary-table thead th { background: var(--head); }
.review table.summary-table thead button { all: unset; cursor: pointer; font-weight: 600; }
.review table.summary-table thead button:focus-visible { outline: 2px solid var(--focus); }
.review th[aria-sort=ascending] button::after { content: " ▲"; }
.review th[aria-sort=descending] button::after { content: " ▼"; }
.review .result { font-weight: 700; white-space: nowrap; }
.review .result.fail { color: var(--error); }
.review .result.fail::before { content: "✗ "; }
.review .result.pass::before { content: "✓ "; }
.review a { color: var(--link); }
.review section.report-file { border-top: 2px solid var(--line); padding-top: .6em; content-visibility: auto; contain-intrinsic-size: auto 2400px; }
.review section.report-file.fail { border-left: 4px solid var(--error); padding-left: .8em; }
.review section.report-file > h2 { font-size: 1.2em; word-break: break-all; }
.review dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .4em 0; }
.review dl.facts dt { font-weight: 600; }
.review dl.facts dd { margin: 0; }
.review .xxgk-report { border: 1px solid var(--line); padding: .4em 1em; margin: .6em 0; max-height: 60em; overflow: auto; }
body.only-failing [data-result]:not([data-result=fail]) { display: none; }
`;

/** The page up to the first file: head, style, and the opening of the reports' list. */
export function reviewPageStart(locale: Locale = 'zh-CN'): string {
  const title = escapeHtml(say(locale, labels.review.title));
  return `<!DOCTYPE html>\n<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${title}</title><style>${reportStyle}${pageStyle}</style></head><body class="review"><div class="page"><header class="page-title"><h1>${title}</h1></header><main class="reports">\n`;
}

function facts(summary: ReviewSummaryEntry, locale: Locale): string {
  const l = labels.review;
  const rows: [string, string][] = [
    [say(locale, l.body), escapeHtml(summary.organization ?? '—')],
    [say(locale, l.year), summary.year === undefined ? '—' : String(summary.year)],
    [say(locale, l.format), summary.format ?? '—'],
    [say(locale, l.errors), String(summary.errors)],
    [say(locale, l.warnings), String(summary.warnings)],
    [say(locale, l.result), resultText(summary, locale)],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function resultText(summary: ReviewSummaryEntry, locale: Locale): string {
  const result = reviewResult(summary);
  const text = result === 'fail' ? labels.review.fail : result === 'pass' ? labels.review.pass : labels.review.skipped;
  return `<span class="result ${result}">${escapeHtml(say(locale, text))}</span>${summary.note ? ` <span class="note">${escapeHtml(summary.note)}</span>` : ''}`;
}

/** One file: its facts, its tables rendered with their marks, its findings listed, last year's report linked. */
export function reviewFileSection(entry: ReviewEntry, locale: Locale = 'zh-CN'): string {
  const summary = reviewSummaryOf(entry);
  const l = labels.review;
  const lastYear = entry.lastYear === undefined ? '' : `<p class="last-year">${escapeHtml(say(locale, l.lastYear))}：<a href="#${idOf(entry.lastYear)}">${escapeHtml(entry.lastYear)}</a></p>`;
  const findings = entry.diagnostics.length ? findingsList(entry.diagnostics, styleOf({ locale })) : `<p>${escapeHtml(say(locale, l.noFindings))}</p>`;
  const body = entry.report.statute ? renderReport(entry.report, entry.diagnostics, { locale }) : '';
  const inner = `<h2>${escapeHtml(entry.path)}</h2>${facts(summary, locale)}${lastYear}<h3>${escapeHtml(say(locale, l.findings))}</h3>${findings}${body}`;
  return element('section', { class: `report-file ${reviewResult(summary)}`, id: idOf(entry.path), 'data-result': reviewResult(summary) }, inner) + '\n';
}

const script = `(function () {
  var table = document.getElementById('summary-table');
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  Array.prototype.forEach.call(heads, function (th, i) {
    th.querySelector('button').addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var keyed = Array.prototype.map.call(body.rows, function (row) { return { row: row, key: row.cells[i].getAttribute('data-sort') }; });
      keyed.sort(function (a, b) { return (ascending ? 1 : -1) * collator.compare(a.key, b.key); });
      var sorted = document.createDocumentFragment();
      keyed.forEach(function (k) { sorted.appendChild(k.row); });
      body.appendChild(sorted);
    });
  });
  var only = document.getElementById('only-failing');
  function filter() { document.body.classList.toggle('only-failing', only.checked); }
  only.addEventListener('change', filter);
  filter();
})();`;

/** The summary of every file (shown first), the sort and filter script, and the page's end. */
export function reviewPageEnd(summaries: ReviewSummaryEntry[], locale: Locale = 'zh-CN'): string {
  const l = labels.review;
  const columns = [l.file, l.body, l.year, l.format, l.errors, l.warnings, l.result];
  const head = columns.map((c) => `<th scope="col"><button type="button">${escapeHtml(say(locale, c))}</button></th>`).join('');
  const rows = summaries.map((s) => {
    const result = reviewResult(s);
    const cells = [
      element('td', { 'data-sort': s.path }, `<a href="#${idOf(s.path)}">${escapeHtml(s.path)}</a>`),
      element('td', { 'data-sort': s.organization ?? '' }, escapeHtml(s.organization ?? '—')),
      element('td', { 'data-sort': s.year ?? '' }, s.year === undefined ? '—' : String(s.year)),
      element('td', { 'data-sort': s.format ?? '' }, s.format ?? '—'),
      element('td', { class: 'count', 'data-sort': s.errors }, String(s.errors)),
      element('td', { class: 'count', 'data-sort': s.warnings }, String(s.warnings)),
      element('td', { 'data-sort': result === 'fail' ? 0 : result === 'skipped' ? 1 : 2 }, resultText(s, locale)),
    ];
    return `<tr${attributes({ 'data-result': result })}>${cells.join('')}</tr>`;
  }).join('');
  const failing = summaries.filter((s) => reviewResult(s) === 'fail').length;
  return `</main><section class="summary" id="summary" aria-labelledby="summary-title"><h2 id="summary-title">${escapeHtml(say(locale, l.summary))}</h2>`
    + `<p>${escapeHtml(say(locale, l.counts(summaries.length, failing)))} · <label><input type="checkbox" id="only-failing"> ${escapeHtml(say(locale, l.onlyFailing))}</label></p>`
    + `<table class="summary-table" id="summary-table"><caption class="vh">${escapeHtml(say(locale, l.sortHint))}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`
    + `</div><script>${script}</script></body></html>\n`;
}
