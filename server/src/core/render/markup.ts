// How a mark shows: a class for its severity, its messages as the title and as hidden text,
// the text the cell should hold, and (in the editor's preview) a button that applies the fix.
import type { Diagnostic } from '../check';
import { say, type Locale } from '../messages';
import { attributes, escapeHtml, hidden } from './html';
import { labels } from './labels';
import type { Mark } from './marks';

export interface RenderOptions {
  locale?: Locale;
  /** Offer a button on each marked element whose diagnostic has a preferred fix (the editor's preview). */
  fixButtons?: boolean;
}

export interface Style {
  locale: Locale;
  fixButtons: boolean;
}

export function styleOf(options: RenderOptions = {}): Style {
  return { locale: options.locale ?? 'zh-CN', fixButtons: options.fixButtons === true };
}

export function messageOf(mark: Mark): string {
  return mark.diagnostics.map((d) => d.message).join('\n');
}

/** Attributes that place an element in the text: a click moves the cursor there. */
export function placeOf(line: number, character: number): Record<string, number> {
  return { 'data-line': line, 'data-character': character };
}

/** The class and title of a marked element; extra classes are added either way. */
export function markAttributes(mark: Mark | undefined, classes: string[] = []): Record<string, string | undefined> {
  const all = mark ? [...classes, 'mark', mark.severity] : classes;
  return { class: all.length ? all.join(' ') : undefined, title: mark ? messageOf(mark) : undefined };
}

/** What follows the marked element's own text: the value it should hold, the message for screen readers, the fix button. */
export function markContent(mark: Mark | undefined, style: Style): string {
  if (!mark) return '';
  let out = '';
  if (mark.should !== undefined) out += ` <span class="should">${hidden(say(style.locale, labels.should) + ' ')}${escapeHtml(mark.should)}</span>`;
  out += hidden(` ${say(style.locale, labels.severity[mark.severity])}：${messageOf(mark)}`);
  return out + fixButton(mark.diagnostics, style);
}

function fixButton(diagnostics: Diagnostic[], style: Style): string {
  if (!style.fixButtons) return '';
  const d = diagnostics.find((x) => x.fixes.some((f) => f.preferred));
  if (!d) return '';
  const fix = d.fixes.find((f) => f.preferred)!;
  const { start, end } = d.range;
  return `<button type="button"${attributes({ class: 'fix', title: fix.title, 'data-range': `${start.line},${start.character},${end.line},${end.character}` })}>${escapeHtml(say(style.locale, labels.fix))}</button>`;
}

/** A list of findings, each a line a click moves the cursor to. */
export function findingsList(diagnostics: Diagnostic[], style: Style): string {
  if (diagnostics.length === 0) return '';
  const items = diagnostics.map((d) => {
    const place = placeOf(d.range.start.line, d.range.start.character);
    const where = style.locale === 'en' ? `line ${d.range.start.line + 1}` : `第 ${d.range.start.line + 1} 行`;
    return `<li${attributes({ class: `finding ${d.severity}`, ...place })}><span class="severity">${escapeHtml(say(style.locale, labels.severity[d.severity]))}</span> <span class="where">${where}</span> <code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}${fixButton([d], style)}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}
