// What a hover says: the statute's meaning of a row, column or section, and a total written out.
import { answerForTotal, cellName, columnName, gridOf, rowName } from './check';
import { figuresOf } from './check/grids';
import { formatUnits } from './figures';
import type { Located } from './locate';
import { messages, say, type Locale } from './messages';
import type { TableModel } from './model';
import { computed } from './solve';

const STATUTE = { zh: '《中华人民共和国政府信息公开条例》', en: 'Regulations on Government Information Disclosure' };

const DIGITS = '零一二三四五六七八九';

/** 五十一 → 51: the numerals of article and item numbers (below a hundred). */
function numberOf(numeral: string): number {
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['零', numeral];
  return (tens === '' ? 1 : DIGITS.indexOf(tens)) * 10 + (ones === '' ? 0 : DIGITS.indexOf(ones));
}

/** 第三十六条第（四）、（五）项 → Article 36(4), (5). */
function articleInEnglish(text: string): string {
  return text
    .replace(/第([一二三四五六七八九十]+)条/g, (_, n: string) => `Article ${numberOf(n)}`)
    .replace(/第?（([一二三四五六七八九十]+)）(?:项)?/g, (_, n: string) => `(${numberOf(n)})`)
    .replace(/、/g, ', ');
}

function article(locale: Locale, text: string): string {
  return locale === 'en' ? `${STATUTE.en}, ${articleInEnglish(text)}` : `${STATUTE.zh}${text}`;
}

/**
 * The sum a total stands for, written out with its parts: 总计 = 26 + 9 = 35. A cell a row lost is
 * shown with the value the identities give it; a wrong total names the answer the diagnostic gives.
 */
function sumWrittenOut(table: TableModel, row: number, column: number, locale: Locale): string | undefined {
  const figures = figuresOf(table);
  const grid = figures.solved() ?? gridOf(table, 'present');
  const identity = table.index.identities.find((i) => i.target.row === row && i.target.column === column && i.spec.reported)
    ?? table.index.identities.find((i) => i.target.row === row && i.target.column === column);
  if (!identity) return undefined;
  const text = (v: bigint | undefined) => (v === undefined ? '?' : formatUnits(v, figures.scale));
  const name = identity.spec.along === 'row' ? (c: { column: number }) => columnName(table, c.column) : (c: { row: number }) => rowName(table, c.row);
  const value = (c: { row: number; column: number }) => text(grid[c.row][c.column]);
  const terms = [...identity.plus.map((c) => ({ c, sign: '+' })), ...identity.minus.map((c) => ({ c, sign: '−' }))];
  const written = terms.map(({ c, sign }, i) => `${i === 0 && sign === '+' ? '' : ` ${sign} `}${value(c)}`).join('');
  const names = terms.map(({ c, sign }, i) => `${i === 0 && sign === '+' ? '' : ` ${sign} `}${name(c)}`).join('');
  const result = computed(identity, grid);
  const stated = grid[row][column];
  const verdict = result === undefined ? '' : result === stated
    ? ' ✓'
    : (locale === 'en' ? ` — but the cell says ${text(stated)}` : ` —— 但本格填写为 ${text(stated)}`);
  const found = answerForTotal(table, row, column);
  const answer = found?.answer.culprit ? `\n\n${say(locale, messages.culprit(cellName(table, found.answer.row, found.answer.column), formatUnits(found.answer.value, found.scale)))}` : '';
  return `${written} = ${text(result)}${verdict}${answer}\n\n(${names})`;
}

/** A statutory row: its name, what it means, the article it rests on and whatever else it rests on. */
export function explainRow(table: TableModel, row: number, locale: Locale): string {
  const spec = table.index.spec.rows[row];
  const grounds = [spec.article === '' ? undefined : article(locale, spec.article), spec.basis && say(locale, spec.basis)].filter((g) => g !== undefined);
  return [`**${rowName(table, row)}**`, say(locale, spec.meaning), ...grounds].join('\n\n');
}

export function explain(located: Located, locale: Locale): string {
  switch (located.kind) {
    case 'section': {
      const s = located.section.spec;
      return `**${s.numeral}、${s.title}**\n\n${say(locale, s.meaning)}\n\n${article(locale, s.article)}`;
    }
    case 'row':
      return explainRow(located.table, located.row.row!, locale);
    case 'column': {
      const table = located.table.index.spec;
      const spec = table.columns[located.column];
      const group = spec.group ? `${spec.group} · ` : '';
      return `**${group}${spec.label}**\n\n${say(locale, spec.meaning)}\n\n${say(locale, table.title)}${locale === 'en' ? ': ' : '：'}${article(locale, table.article)}`;
    }
    case 'value': {
      const { table, row, column, cell } = located;
      const rowLabel = rowName(table, row.row!);
      if (column === undefined) return `**${rowLabel}**: ${cell.text}`;
      const title = `**${rowLabel} × ${columnName(table, column)}** = ${cell.text}`;
      const sum = sumWrittenOut(table, row.row!, column, locale);
      return sum ? `${title}\n\n${sum}` : title;
    }
  }
}
