// A report rendered: its title, each section's heading, prose and tables in the order of the text,
// the figures of the prose that disagree with a table marked, and whatever finding no element
// shows listed at the end.
import type { Diagnostic } from '../check';
import { say } from '../messages';
import type { Report } from '../model';
import { attributes, element, escapeHtml } from './html';
import { labels } from './labels';
import { Marks, worst } from './marks';
import { findingsList, markAttributes, markContent, placeOf, styleOf, type RenderOptions } from './markup';
import { renderTable, type TableContext } from './table';

/** The report as HTML (a fragment: an <article>), for the preview and the review page. */
export function renderReport(report: Report, diagnostics: Diagnostic[], options: RenderOptions = {}): string {
  const style = styleOf(options);
  const lang = style.locale === 'en' ? 'en' : 'zh-CN';
  if (!report.statute) return `<article class="xxgk-report" lang="${lang}"><p class="not-report">${escapeHtml(say(style.locale, labels.notReport))}</p></article>`;
  const ctx: TableContext = { report, marks: new Marks(diagnostics), style };
  let html = '';
  const headings = new Map(report.sections.map((s) => [s.line, s]));
  const tables = new Map(report.tables.map((t) => [t.firstLine, t]));
  const prose = new Set(report.prose);
  for (let line = 0; line < report.lines.length; line++) {
    const section = headings.get(line);
    const table = tables.get(line);
    if (line === report.titleLine) html += heading(ctx, 'h1', line, line);
    else if (section) {
      html += heading(ctx, 'h2', section.line, section.lastHeadingLine);
      line = section.lastHeadingLine;
    } else if (table) {
      html += renderTable(ctx, table);
      line = table.lastLine;
    } else if (prose.has(line)) html += paragraph(ctx, line);
  }
  const rest = ctx.marks.unplaced();
  const others = rest.length ? `<section class="other-findings"><h2>${escapeHtml(say(style.locale, labels.otherFindings))}</h2>${findingsList(rest, style)}</section>` : '';
  return `<article class="xxgk-report" lang="${lang}">${html}${others}</article>`;
}

function heading(ctx: TableContext, tag: 'h1' | 'h2', first: number, last: number): string {
  const text = ctx.report.lines.slice(first, last + 1).map((l) => l.text.replace(/^[\s\u3000]*#+[\s\u3000]*/, '').trim()).join('');
  const diagnostics: Diagnostic[] = [];
  for (let line = first; line <= last; line++) diagnostics.push(...(ctx.marks.rest(line)?.diagnostics ?? []));
  const mark = diagnostics.length ? { diagnostics, severity: worst(diagnostics) } : undefined;
  return element(tag, [placeOf(first, 0), markAttributes(mark)], escapeHtml(text) + markContent(mark, ctx.style));
}

const LEADING_SPACE = /^[\s\u3000]*/;

function paragraph(ctx: TableContext, line: number): string {
  const text = ctx.report.lines[line].text;
  let out = '';
  // Leading spaces left out of the source, not trimmed off the HTML: that would copy it whole.
  let at = LEADING_SPACE.exec(text)![0].length;
  for (const span of ctx.marks.spans(line, text.length)) {
    const mark = { diagnostics: [span.diagnostic], severity: span.diagnostic.severity, should: span.diagnostic.expected === undefined ? undefined : String(span.diagnostic.expected) };
    out += escapeHtml(text.slice(at, span.start));
    out += element('mark', [placeOf(line, span.start), markAttributes(mark, ['figure'])], escapeHtml(text.slice(span.start, span.end)) + markContent(mark, ctx.style));
    at = span.end;
  }
  out += escapeHtml(text.slice(at));
  return `<p${attributes(placeOf(line, 0))}>${out}</p>`;
}
