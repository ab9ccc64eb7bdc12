// Every sentence the core says, in Chinese (the default) and English.
import type { Figure } from './figures';
import type { Bilingual } from './statute';

export type Locale = 'zh-CN' | 'en';

export function localeOf(tag: string | undefined): Locale {
  return tag !== undefined && tag.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function say(locale: Locale, text: Bilingual): string {
  return locale === 'en' ? text.en : text.zh;
}

const list = (items: string[]) => items.join('、');
const listEn = (items: string[]) => items.join(', ');

export const messages = {
  rowSum: (row: string, column: string, expected: Figure, actual: Figure, parts: string) => ({
    zh: `「${row}」的「${column}」应为 ${expected}（${parts}），实为 ${actual}。`,
    en: `Row “${row}”: ${column} should be ${expected} (${parts}), but is ${actual}.`,
  }),
  columnSum: (row: string, column: string, expected: Figure, actual: Figure, parts: string) => ({
    zh: `「${column}」列的「${row}」应为 ${expected}（${parts}），实为 ${actual}。`,
    en: `Column “${column}”: ${row} should be ${expected} (${parts}), but is ${actual}.`,
  }),
  balance: (row: string, column: string, expected: Figure, actual: Figure, parts: string) => ({
    zh: `「${column}」列不满足“第一项加第二项之和，等于第三项加第四项之和”：「${row}」应为 ${expected}（${parts}），实为 ${actual}。`,
    en: `Column “${column}” breaks “item 一 + item 二 = item 三 + item 四”: ${row} should be ${expected} (${parts}), but is ${actual}.`,
  }),
  culprit: (cell: string, value: Figure) => ({
    zh: `更可能是「${cell}」有误：改为 ${value} 可同时满足相关勾稽关系。`,
    en: `More likely “${cell}” is wrong: ${value} there satisfies every identity involved.`,
  }),
  missingCell: (row: string, expected: number, actual: number, columns: string[]) => ({
    zh: `「${row}」缺少 ${expected - actual} 个数据（应有 ${expected} 个，实有 ${actual} 个）${columns.length ? `：${list(columns)}` : ''}。`,
    en: `Row “${row}” lacks ${expected - actual} value(s) (${expected} expected, ${actual} found)${columns.length ? `: ${listEn(columns)}` : ''}.`,
  }),
  extraCell: (row: string, expected: number, actual: number) => ({
    zh: `「${row}」多出 ${actual - expected} 个数据（应有 ${expected} 个，实有 ${actual} 个）。`,
    en: `Row “${row}” has ${actual - expected} value(s) too many (${expected} expected, ${actual} found).`,
  }),
  blankCell: (row: string, columns: string[]) => ({
    zh: `「${row}」的${list(columns)}为空白，按勾稽关系均为 0；可填写 0。`,
    en: `Row “${row}”: ${listEn(columns)} left blank, which every identity reads as 0; 0 may be written.`,
  }),
  splitNumber: (row: string, first: string, second: string, joined: string) => ({
    zh: `「${row}」中相邻的「${first}」「${second}」应为一个数 ${joined}（合为 ${joined} 后各项勾稽关系均成立，多为 PDF 转换时被拆开）。`,
    en: `Row “${row}”: the adjacent “${first}” and “${second}” are one number, ${joined} (joined, every identity holds; PDF extraction splits numbers so).`,
  }),
  deduced: (values: string) => ({
    zh: `由勾稽关系可确定：${values}。`,
    en: `The identities determine it: ${values}.`,
  }),
  invalidNumber: (row: string, column: string | undefined, text: string, unit: Bilingual) => ({
    zh: `「${row}」${column ? `的「${column}」` : '中'}填写为「${text}」，不是${unit.zh}。`,
    en: `Row “${row}”${column ? `, ${column}` : ''}: “${text}” is not ${unit.en}.`,
  }),
  units: {
    count: { zh: '数量（非负整数）', en: 'a count (a non-negative whole number)' },
    amount: { zh: '金额（非负数，可有小数）', en: 'an amount (non-negative, decimals allowed)' },
    signed: { zh: '整数', en: 'a whole number' },
  } as Record<string, Bilingual>,
  missingRow: (row: string, table: string) => ({
    zh: `${table}缺少法定统计行「${row}」。`,
    en: `Table “${table}” lacks the statutory row “${row}”.`,
  }),
  duplicateRow: (row: string) => ({
    zh: `统计行「${row}」在本表中重复出现，以第一次出现的为准。`,
    en: `Row “${row}” appears twice in this table; the first one counts.`,
  }),
  unknownRow: (line: string) => ({
    zh: `表格中的「${line}」不是法定统计行，也不是表头。`,
    en: `“${line}” in this table is neither a statutory row nor a header.`,
  }),
  label: (found: string, statutory: string) => ({
    zh: `「${found}」与法定表述「${statutory}」不一致。`,
    en: `“${found}” differs from the statutory wording “${statutory}”.`,
  }),
  missingTable: (table: string, section: string) => ({
    zh: `「${section}」缺少法定表格「${table}」。`,
    en: `Section “${section}” lacks the statutory table “${table}”.`,
  }),
  missingSection: (section: string) => ({
    zh: `缺少第「${section}」部分。`,
    en: `Section “${section}” is missing.`,
  }),
  sectionOrder: (section: string, after: string) => ({
    zh: `「${section}」应在「${after}」之前。`,
    en: `Section “${section}” belongs before “${after}”.`,
  }),
  narrative: (stated: number, what: Bilingual, value: number, cells: string) => ({
    zh: `正文称${what.zh} ${stated}，但表格中${cells}为 ${value}。`,
    en: `The text states ${stated} ${what.en}, but the table’s ${cells} is ${value}.`,
  }),
  carryover: (column: string, thisYear: number, lastYear: number, year: number, file: string) => ({
    zh: `「${column}」上年结转 ${thisYear} 件，与 ${year} 年报告（${file}）的“结转下年度继续办理” ${lastYear} 件不一致。`,
    en: `${column}: ${thisYear} carried over, but the ${year} report (${file}) carried forward ${lastYear}.`,
  }),
  sumOf: (parts: string[]) => ({ zh: list(parts), en: listEn(parts) }),
  fix: {
    setValue: (cell: string, value: Figure) => ({ zh: `将「${cell}」改为 ${value}`, en: `Set “${cell}” to ${value}` }),
    recomputeTable: (table: string) => ({ zh: `重新计算「${table}」的全部合计`, en: `Recompute every total in “${table}”` }),
    fixAll: { zh: '修复本文档中所有可确定的问题', en: 'Fix everything certain in this document' },
    label: (statutory: string) => ({ zh: `改为法定表述「${statutory}」`, en: `Use the statutory wording “${statutory}”` }),
    joinNumber: (joined: string) => ({ zh: `合并为 ${joined}`, en: `Join them into ${joined}` }),
    writeZeros: (row: string) => ({ zh: `在「${row}」的空白格填写 0`, en: `Write 0 in the blank cells of “${row}”` }),
    fillRow: (row: string) => ({ zh: `按勾稽关系补全「${row}」`, en: `Complete “${row}” from the identities` }),
    insertRow: (row: string) => ({ zh: `插入统计行「${row}」`, en: `Insert the row “${row}”` }),
    insertSection: (section: string) => ({ zh: `插入「${section}」部分标题`, en: `Insert the heading of section “${section}”` }),
  },
  notReport: {
    zh: '不是政府信息公开工作年度报告（未找到标题、法定章节或表格）。',
    en: 'Not a government information disclosure annual report (no title, statutory sections or tables found).',
  },
};

/** What the checks of the report as a whole say: prose, headings, sections, years and last year's report. */
export const reportMessages = {
  share: (stated: string, what: Bilingual, base: Bilingual, part: number, whole: number, expected: string) => ({
    zh: `正文称${what.zh}占${base.zh}的 ${stated}%，但按表格计算为 ${part} ÷ ${whole} = ${expected}%。`,
    en: `The text says ${what.en} are ${stated}% of ${base.en}, but the tables give ${part} ÷ ${whole} = ${expected}%.`,
  }),
  claimZero: (what: Bilingual, cells: string, value: number) => ({
    zh: `正文称${what.zh}，但表格中${cells}为 ${value}。`,
    en: `The text says ${what.en}, but the table’s ${cells} is ${value}.`,
  }),
  claimAll: (what: Bilingual, part: string, partValue: number, whole: string, wholeValue: number) => ({
    zh: `正文称${what.zh}，但表格中${part}为 ${partValue}，${whole}为 ${wholeValue}。`,
    en: `The text says ${what.en}, but the table’s ${part} is ${partValue} of ${whole} ${wholeValue}.`,
  }),
  sectionLabel: (found: string, statutory: string) => ({
    zh: `章节标题「${found}」与法定标题「${statutory}」不一致。`,
    en: `The heading “${found}” differs from the statutory title “${statutory}”.`,
  }),
  wrongMarker: (found: string, statutory: string) => ({
    zh: `「${found}」的序号与法定表述「${statutory}」不一致。`,
    en: `“${found}” is numbered differently from the statutory “${statutory}”.`,
  }),
  strayText: (found: string) => ({
    zh: `表格中的「${found}」不是法定表述，应删除。`,
    en: `“${found}” in the table is not statutory wording; delete it.`,
  }),
  doubledLabel: (found: string, statutory: string) => ({
    zh: `「${found}」重复了本行的行名「${statutory}」且有误，应删除。`,
    en: `“${found}” repeats the row’s label “${statutory}”, mis-spelt; delete it.`,
  }),
  headingNumber: (found: string, statutory: string, title: string) => ({
    zh: `「${title}」的序号写作「${found}」，应为「${statutory}」（章节序号中断或错位）。`,
    en: `“${title}” is numbered “${found}”; it should be “${statutory}” (the section numbering restarts or shifts).`,
  }),
  subtopicAsSection: (found: string, section: string) => ({
    zh: `「${found}」是「${section}」的子项，应以（一）（二）……编号，不应与法定章节同级。`,
    en: `“${found}” is a sub-topic of “${section}”: number it (一), (二) …, not as a section of its own.`,
  }),
  emptySection: (section: string) => ({
    zh: `「${section}」没有实际内容（空白或仅写“无”），应如实报告。`,
    en: `Section “${section}” says nothing (blank or only 无); report on it.`,
  }),
  silentOn: (section: string, what: Bilingual) => ({
    zh: `「${section}」未说明${what.zh}（即使未收取，也宜写明）。`,
    en: `Section “${section}” does not say ${what.en} (say so even if none were charged).`,
  }),
  periodYear: (stated: string, year: number) => ({
    zh: `数据统计期限写作 ${stated} 年，与标题的 ${year} 年不一致。`,
    en: `The statistics period says ${stated}, but the title’s year is ${year}.`,
  }),
  laterYear: (stated: number, year: number) => ({
    zh: `正文出现 ${stated} 年，晚于报告年度 ${year} 年的下一年：是否沿用了其他年份的报告？`,
    en: `The text mentions ${stated}, later than the year after the report’s year ${year}: copied from another year’s report?`,
  }),
  rollforward: (cell: string, expected: number, actual: number, formula: string, year: number, file: string) => ({
    zh: `「${cell}」应为 ${expected}（${formula}，上年数据见 ${year} 年报告 ${file}），实为 ${actual}。`,
    en: `${cell} should be ${expected} (${formula}; last year from the ${year} report ${file}), but is ${actual}.`,
  }),
  yearOverYear: (cell: string, now: number, then: number, year: number) => ({
    zh: `「${cell}」为 ${now}，${year} 年为 ${then}，变化超过五倍，请核实。`,
    en: `${cell} is ${now}, against ${then} in ${year}: a change of more than five times; please verify.`,
  }),
  similar: (percent: number, year: number, file: string) => ({
    zh: `正文有 ${percent}% 与 ${year} 年报告（${file}）相同，内容雷同（国办公开办函〔2021〕30号）。`,
    en: `${percent}% of the text is the same as in the ${year} report (${file}): the report repeats last year’s.`,
  }),
  fix: {
    title: (statutory: string) => ({ zh: `改为法定标题「${statutory}」`, en: `Use the statutory title “${statutory}”` }),
    remove: (found: string) => ({ zh: `删除「${found}」`, en: `Delete “${found}”` }),
    numeral: (statutory: string) => ({ zh: `改为「${statutory}」`, en: `Use “${statutory}”` }),
  },
};
