// CSV for reviewers in Excel: one row per finding (and per note), UTF-8 with BOM, RFC 4180 quoting.
import type { Locale, Severity } from '../../core';
import { pageOf, type Writer, type WriterOptions } from './result';

const HEADER: Record<Locale, string[]> = {
  'zh-CN': ['文件', '机关', '年度', '行', '页', '代码', '级别', '说明'],
  en: ['file', 'body', 'year', 'line', 'page', 'code', 'severity', 'message'],
};
const SEVERITY: Record<Locale, Record<Severity | 'note', string>> = {
  'zh-CN': { error: '错误', warning: '警告', information: '信息', hint: '提示', note: '说明' },
  en: { error: 'error', warning: 'warning', information: 'information', hint: 'hint', note: 'note' },
};

/** RFC 4180: quote a field holding a comma, quote or line break; a leading = + - @ is kept text in a spreadsheet. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: (string | number | undefined)[]) => `${fields.map(csvField).join(',')}\r\n`;

export function csvWriter({ out, locale }: WriterOptions): Writer {
  out(`\ufeff${row(HEADER[locale])}`);
  return {
    file(r) {
      // A file's rows in one write, not one each.
      const about = [r.path, r.organization, r.year];
      let rows = '';
      for (const note of r.notes) rows += row([...about, undefined, undefined, undefined, SEVERITY[locale].note, note]);
      for (const d of r.diagnostics) rows += row([...about, d.range.start.line + 1, pageOf(r, d), d.code, SEVERITY[locale][d.severity], d.message]);
      if (rows !== '') out(rows);
    },
    end() {},
  };
}
