// HTML text and attributes: everything a report holds is escaped, so `<script>` in a label is text.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}

export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Attributes from records, in order: undefined and false are left out, true is written bare. Several
 * records (a place, a mark) are written one after the other rather than merged into a new object,
 * which a page of thousands of elements would pay for each; no two of them name the same attribute.
 */
export function attributes(...records: Attributes[]): string {
  let out = '';
  for (const values of records) {
    for (const name in values) {
      const value = values[name];
      if (value === undefined || value === false) continue;
      out += value === true ? ` ${name}` : ` ${name}="${typeof value === 'number' ? value : escapeHtml(value)}"`;
    }
  }
  return out;
}

/** An element with escaped attributes (one record, or several in order) around inner HTML that is already safe. */
export function element(tag: string, values: Attributes | Attributes[], inner: string): string {
  return `<${tag}${Array.isArray(values) ? attributes(...values) : attributes(values)}>${inner}</${tag}>`;
}

/**
 * The HTML of each item, one after the other. Joined by concatenation, not Array#join: join copies
 * every piece into a new flat string at each level of nesting (cell, row, table, report), where
 * concatenation links them and the text is copied once, when the page is written.
 */
export function concatenated<T>(items: readonly T[], html: (item: T, index: number) => string): string {
  let out = '';
  for (let i = 0; i < items.length; i++) out += html(items[i], i);
  return out;
}

/** Text a screen reader reads and the eye does not see (the title attribute is not read everywhere). */
export function hidden(text: string): string {
  return text === '' ? '' : `<span class="vh">${escapeHtml(text)}</span>`;
}

/** A stable id for a file of a review page, from its path (ids must not depend on escaping). */
export function idOf(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return 'f' + hash.toString(16).padStart(8, '0');
}
