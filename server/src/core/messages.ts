// Every sentence the core says, in Chinese (the default) and English. Each message names the cell,
// what it holds, what it should hold and what to do; each fix title says what it will write.
import type { Figure } from './figures';
import type { Bilingual } from './statute';

export type Locale = 'zh-CN' | 'en';

export function localeOf(tag: string | undefined): Locale {
  return tag !== undefined && tag.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function say(locale: Locale, text: Bilingual): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A cell by its column's name, and the value it gets. */
export interface CellValue {
  column: string;
  value: Figure;
}

const list = (items: string[]) => items.join('、');
const listEn = (items: string[]) => items.join(', ');
// Quoted items stand side by side without 、 (GB/T 15834).
const quoted = (items: string[]) => items.map((i) => `「${i}」`).join('');
const quotedEn = (items: string[]) => listEn(items.map((i) => `“${i}”`));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The value a total should have and the cells it sums, as a reader checks it by hand. */
function should(expected: Figure, parts: string, actual: Figure): Bilingual {
  return { zh: `应为 ${expected}（${parts}），实际填写为 ${actual}`, en: `should be ${expected} (${parts}) but is ${actual}` };
}

/** Cells and the values they get: 「自然人」为 35、「商业企业」为 0; a whole row of one value in a few words. */
function cellValues(cells: CellValue[], whole: boolean): Bilingual {
  if (whole && cells.length > 1 && cells.every((c) => c.value === cells[0].value)) {
    return { zh: `本行 ${cells.length} 个数据均为 ${cells[0].value}`, en: `${cells[0].value} for all ${cells.length} values of the row` };
  }
  return {
    zh: (whole ? '本行' : '') + list(cells.map((c) => `「${c.column}」为 ${c.value}`)),
    en: (whole ? 'the row as ' : '') + listEn(cells.map((c) => `${c.column} = ${c.value}`)),
  };
}

/** The columns of an unlabelled row by their groups: 行政复议、… 各栏的结果维持、…、总计. */
function columnsByGroup(columns: string[]): Bilingual {
  const groups = [...new Set(columns.map((c) => c.split(' · ')[0]))];
  const labels = [...new Set(columns.map((c) => c.split(' · ').pop()!))];
  if (groups.length === columns.length) return { zh: quoted(columns), en: quotedEn(columns) };
  return {
    zh: `${quoted(groups)}各栏的${quoted(labels)}，共 ${columns.length} 个数据`,
    en: `${quotedEn(labels)} under each of ${quotedEn(groups)}, ${columns.length} values in all`,
  };
}

export const messages = {
  rowSum: (row: string, column: string, expected: Figure, actual: Figure, parts: string) => {
    const s = should(expected, parts, actual);
    return {
      zh: `「${row}」的「${column}」${s.zh}。请核对本行各项数据；各项无误的，将「${column}」改为 ${expected}。`,
      en: `Row “${row}”: ${column} ${s.en}. Check the row’s values; if they are right, set ${column} to ${expected}.`,
    };
  },
  columnSum: (row: string, column: string, expected: Figure, actual: Figure, parts: string) => {
    const s = should(expected, parts, actual);
    return {
      zh: `「${column}」列的「${row}」${s.zh}。请核对本列各项数据；各项无误的，将其改为 ${expected}。`,
      en: `Column “${column}”: ${row} ${s.en}. Check the column’s values; if they are right, set it to ${expected}.`,
    };
  },
  balance: (row: string, column: string, expected: Figure, actual: Figure, parts: string) => {
    const s = should(expected, parts, actual);
    return {
      zh: `「${column}」列不符合“第一项加第二项之和，等于第三项加第四项之和”：「${row}」${s.zh}。请核对本列各项数据；各项无误的，将其改为 ${expected}。`,
      en: `Column “${column}” breaks “item 一 + item 二 = item 三 + item 四”: ${row} ${s.en}. Check the column’s values; if they are right, set it to ${expected}.`,
    };
  },
  culprit: (cell: string, value: Figure) => ({
    zh: `从相关的合计看，更可能是「${cell}」填错了：将它改为 ${value}，各项合计即全部相符。`,
    en: `Judging by the other sums, more likely “${cell}” is wrong: with ${value} there, every sum involved holds.`,
  }),
  missingCell: (row: string, expected: number, actual: number, columns: string[]) => {
    const lost = expected - actual;
    const which = columns.length ? { zh: `缺少${quoted(columns)}`, en: `${quotedEn(columns)} ${columns.length === 1 ? 'is' : 'are'} missing` }
      : actual === 0 ? { zh: '', en: 'none is filled in' }
        : { zh: `缺少 ${lost} 个，无法确定缺的是哪${lost === 1 ? '一列' : '几列'}`, en: `which ${lost === 1 ? 'column lacks its value' : `${lost} columns lack their values`} cannot be told` };
    return {
      zh: actual === 0 && !columns.length ? `「${row}」没有填写数据，应有 ${expected} 个。请对照原表补齐。` : `「${row}」只有 ${actual} 个数据，应有 ${expected} 个，${which.zh}。请对照原表补齐。`,
      en: `Row “${row}” has ${actual} of its ${expected} values; ${which.en}. Fill ${lost === 1 ? 'it' : 'them'} in from the original table.`,
    };
  },
  extraCell: (row: string, expected: number, actual: number) => ({
    zh: `「${row}」有 ${actual} 个数据，比表格的 ${expected} 列多出 ${actual - expected} 个。请删去多余的数据。`,
    en: `Row “${row}” has ${actual} values for the table’s ${expected} columns: ${plural(actual - expected, 'value')} too many. Delete the extra ${actual - expected === 1 ? 'one' : 'ones'}.`,
  }),
  blankCell: (row: string, columns: string[]) => ({
    zh: `「${row}」的${quoted(columns)}为空白，按勾稽关系${columns.length > 1 ? "均" : ""}应为 0。请填写 0。`,
    en: `Row “${row}”: ${quotedEn(columns)} left blank, which every sum reads as 0. Write 0 there.`,
  }),
  splitNumber: (row: string, first: string, second: string, joined: string) => ({
    zh: `「${row}」中相邻的「${first}」「${second}」两格应为一个数 ${joined}：合为 ${joined} 后各项合计均相符（多为从 PDF 转换时被拆开）。请将两格合并为 ${joined}。`,
    en: `Row “${row}”: the adjacent “${first}” and “${second}” are one number, ${joined}: joined, every sum holds (PDF extraction splits numbers so). Join them into ${joined}.`,
  }),
  /** What the identities determine of a row that lost or gained cells; `whole` when its columns were unknown. */
  deduced: (cells: CellValue[], whole: boolean) => {
    const v = cellValues(cells, whole);
    return {
      zh: `按勾稽关系可以确定${v.zh}，可用快速修正一键改正。`,
      en: `The sums give ${v.en}; a quick fix writes ${cells.length === 1 ? 'it' : 'them'}.`,
    };
  },
  invalidNumber: (row: string, column: string | undefined, text: string, unit: Bilingual) => ({
    zh: `「${row}」${column ? `的「${column}」` : '中'}填写为「${text}」，应填${unit.zh}，没有的填 0。`,
    en: `Row “${row}”${column ? `, ${column}` : ''}: “${text}” is not ${unit.en}. Write one, 0 where there is none.`,
  }),
  units: {
    count: { zh: '数量（非负整数）', en: 'a count (a non-negative whole number)' },
    amount: { zh: '金额（非负数，可有小数）', en: 'an amount (non-negative, decimals allowed)' },
    signed: { zh: '整数', en: 'a whole number' },
  } as Record<string, Bilingual>,
  /** `columns` for a row without a label (table 四's): its cells are what is missing. */
  missingRow: (row: string, table: string, columns?: string[]) => {
    if (columns) {
      const c = columnsByGroup(columns);
      return {
        zh: `表格「${table}」缺少表头下的数据行：${c.zh}都没有填写。请在表头下补上这一行，没有案件的填 0。`,
        en: `Table “${table}” lacks its row of values under the header: ${c.en}. Add the row under the header, 0 where there were no cases.`,
      };
    }
    return {
      zh: `表格「${table}」缺少法定统计行「${row}」。请按法定格式补上这一行，没有的填 0。`,
      en: `Table “${table}” lacks the statutory row “${row}”. Add it as the format has it, 0 where there is none.`,
    };
  },
  duplicateRow: (row: string) => ({
    zh: `统计行「${row}」在本表中出现了两次，校验只采用第一次的数据。请核对后删去多余的一行。`,
    en: `Row “${row}” appears twice in this table; only the first is checked. Delete the one that does not belong.`,
  }),
  unreadableTable: (table: string) => ({
    zh: `表格「${table}」的数字每格单独成行、与行名分开（PDF 不带版式复制或 pdftotext 未加 -layout 时常见），无法还原各行各列，本表未作校验。请直接检查 PDF 原件，或用 pdftotext -layout 重新取得文本。`,
    en: `Table “${table}” has each figure on a line of its own, apart from its row’s label (as a PDF copied without its layout, or pdftotext without -layout, gives it): its rows and columns cannot be rebuilt, and it was not checked. Check the PDF itself, or take the text again with pdftotext -layout.`,
  }),
  unknownRow: (line: string) => ({
    zh: `表格中的「${line}」既不是法定统计行，也不是表头，校验时未采用。请改为法定行名，或移到表格之外。`,
    en: `“${line}” in this table is neither a statutory row nor a header and is not checked. Use a statutory row label, or move it out of the table.`,
  }),
  label: (found: string, statutory: string) => ({
    zh: `行名「${found}」与法定表述「${statutory}」不一致，请改为法定表述。`,
    en: `The label “${found}” differs from the statutory wording “${statutory}”; use the statutory wording.`,
  }),
  missingTable: (table: string, section: string) => ({
    zh: `「${section}」缺少法定表格「${table}」。请按法定格式补上该表，没有的数据填 0。`,
    en: `Section “${section}” lacks the statutory table “${table}”. Add it as the format has it, 0 where there is none.`,
  }),
  missingSection: (section: string) => ({
    zh: `缺少「${section}」。请按法定格式补上这一部分的标题和内容。`,
    en: `Section “${section}” is missing. Add its heading and its text as the format has them.`,
  }),
  sectionOrder: (section: string, after: string) => ({
    zh: `「${section}」应排在「${after}」之前。请按法定顺序（一至六）调整各部分。`,
    en: `Section “${section}” belongs before “${after}”. Put the sections in statutory order (一 to 六).`,
  }),
  narrative: (stated: number, what: Bilingual, value: number, cells: string) => ({
    zh: `正文称${what.zh}为 ${stated}，而表格中「${cells}」为 ${value}。请核对后改正有误的一处。`,
    en: `The text gives ${stated} ${what.en}, but the table’s “${cells}” holds ${value}. Check both and correct the wrong one.`,
  }),
  carryover: (column: string, thisYear: number, lastYear: number, year: number, file: string) => ({
    zh: `「上年结转」的「${column}」为 ${thisYear}，而 ${year} 年报告（${file}）「结转下年度继续办理」的「${column}」为 ${lastYear}，两者应相等。请核对后改为 ${lastYear}。`,
    en: `${column}: ${thisYear} carried over from last year, but the ${year} report (${file}) carried forward ${lastYear}; the two should be equal. Check both, and set this year’s to ${lastYear}.`,
  }),
  /**
   * The cells a total sums: 自然人、商业企业之和; a run of rows 「（一）予以公开」至「（六）其他处理 3.其他」;
   * with a difference, a formula. A group the target's column shares (行政复议 · ) is said once, by the target.
   */
  sumOf: (parts: string[]) => {
    const group = parts[0].includes(' · ') ? parts[0].slice(0, parts[0].indexOf(' · ') + 3) : '';
    const names = group && parts.every((p) => p.startsWith(group)) ? parts.map((p) => p.slice(group.length)) : parts;
    const run = names.length === 1 && names[0].split(' … ');
    if (run && run.length === 2) {
      return { zh: `「${run[0]}」至「${run[1]}」各项之和`, en: `the sum of “${run[0]}” to “${run[1]}”` };
    }
    if (!names.some((p) => p.startsWith('−'))) return { zh: `${list(names)}之和`, en: `the sum of ${listEn(names)}` };
    const formula = (q: (name: string) => string) => names.map((p, i) => (p.startsWith('−') ? ` − ${q(p.slice(1))}` : i === 0 ? q(p) : ` + ${q(p)}`)).join('');
    return { zh: formula((n) => `「${n}」`), en: formula((n) => `“${n}”`) };
  },
  fix: {
    setValue: (cell: string, value: Figure) => ({ zh: `将「${cell}」改为 ${value}`, en: `Set “${cell}” to ${value}` }),
    recomputeTable: (table: string) => ({ zh: `重新计算「${table}」的全部合计`, en: `Recompute every total in “${table}”` }),
    fixAll: { zh: '修正本文档中所有可确定的问题', en: 'Fix everything certain in this document' },
    label: (statutory: string) => ({ zh: `改为法定表述「${statutory}」`, en: `Use the statutory wording “${statutory}”` }),
    joinNumber: (joined: string) => ({ zh: `将两格合并为 ${joined}`, en: `Join the two cells into ${joined}` }),
    writeZeros: (row: string) => ({ zh: `将「${row}」的空白格填为 0`, en: `Write 0 in the blank cells of “${row}”` }),
    /** The deduced cells written into a row that lost or gained cells; `whole` when its columns were unknown. */
    fillRow: (row: string, cells: CellValue[], whole: boolean) => {
      if (whole) {
        const same = cells.every((c) => c.value === cells[0].value);
        return same
          ? { zh: `将「${row}」整行改为 ${cells.length} 个 ${cells[0].value}`, en: `Rewrite row “${row}”: ${cells[0].value} in all ${cells.length} columns` }
          : { zh: `将「${row}」整行改为：${cells.map((c) => c.value).join(' ')}`, en: `Rewrite row “${row}” as ${cells.map((c) => c.value).join(' ')}` };
      }
      return {
        zh: `将${list(cells.map((c) => `「${c.column}」补为 ${c.value}`))}`,
        en: `Fill in ${listEn(cells.map((c) => `${c.column} = ${c.value}`))}`,
      };
    },
    /** A missing row with the values the identities give (undefined where they do not). */
    insertRow: (row: string, values: (Figure | undefined)[], columns?: string[]) => {
      const known = values.filter((v): v is Figure => v !== undefined);
      const what = columns ? { zh: '表头下的数据行', en: 'the row of values under the header' } : { zh: `统计行「${row}」`, en: `the row “${row}”` };
      const filled = known.length === values.length
        ? { zh: `，数据按勾稽关系填为 ${known.join('、')}`, en: `, with the values the sums give: ${known.join(', ')}` }
        : known.length > 0
          ? { zh: '，可确定的数据已填入，其余待填写', en: ', the values the sums give filled in, the rest left blank' }
          : { zh: '，数据待填写', en: ', its values left blank' };
      return { zh: `插入${what.zh}${filled.zh}`, en: `Insert ${what.en}${filled.en}` };
    },
    insertSection: (section: string) => ({ zh: `插入部分标题「${section}」`, en: `Insert the heading of section “${section}”` }),
  },
  /** What a caller adds its advice to: the CLI says what to check in the file it read. */
  notReport: {
    zh: '不是政府信息公开工作年度报告（未找到标题、法定章节或表格），未作校验。',
    en: 'Not a government information disclosure annual report (no title, statutory sections or tables found), so not checked.',
  },
};

/** What the checks of the report as a whole say: prose, headings, sections, years and last year's report. */
export const reportMessages = {
  share: (stated: string, what: Bilingual, base: Bilingual, part: number, whole: number, expected: string) => ({
    zh: `正文称${what.zh}占${base.zh}的 ${stated}%，而按表格计算为 ${part} ÷ ${whole} = ${expected}%。请核对后改正有误的一处。`,
    en: `The text says ${what.en} are ${stated}% of ${base.en}, but the tables give ${part} ÷ ${whole} = ${expected}%. Check both and correct the wrong one.`,
  }),
  claimZero: (what: Bilingual, cells: string, value: number) => ({
    zh: `正文称${what.zh}，而表格中「${cells}」为 ${value}。请核对后改正有误的一处。`,
    en: `The text says ${what.en}, but the table’s “${cells}” is ${value}. Check both and correct the wrong one.`,
  }),
  claimAll: (what: Bilingual, part: string, partValue: number, whole: string, wholeValue: number) => ({
    zh: `正文称${what.zh}，而表格中「${part}」为 ${partValue}，「${whole}」为 ${wholeValue}。请核对后改正有误的一处。`,
    en: `The text says ${what.en}, but the table’s “${part}” is ${partValue} of “${whole}” ${wholeValue}. Check both and correct the wrong one.`,
  }),
  sectionLabel: (found: string, statutory: string) => ({
    zh: `部分标题「${found}」与法定标题「${statutory}」不一致，请改为法定标题。`,
    en: `The heading “${found}” differs from the statutory title “${statutory}”; use the statutory title.`,
  }),
  wrongMarker: (found: string, statutory: string) => ({
    zh: `「${found}」的序号与法定表述「${statutory}」不一致，请改为法定表述。`,
    en: `“${found}” is numbered differently from the statutory “${statutory}”; use the statutory wording.`,
  }),
  strayText: (found: string) => ({
    zh: `表格中的「${found}」不是法定表述（多为从 PDF 转换时带入），请删除。`,
    en: `“${found}” in the table is not statutory wording (PDF extraction often leaves such); delete it.`,
  }),
  doubledLabel: (found: string, statutory: string) => ({
    zh: `「${found}」是本行行名「${statutory}」的重复，且有错字，请删除。`,
    en: `“${found}” repeats the row’s label “${statutory}”, mis-spelt; delete it.`,
  }),
  headingNumber: (found: string, statutory: string, title: string) => ({
    zh: `「${title}」的序号写作「${found}」，应为「${statutory}」（部分序号中断或错位），请改为「${statutory}」。`,
    en: `“${title}” is numbered “${found}”; it should be “${statutory}” (the section numbering restarts or shifts). Number it “${statutory}”.`,
  }),
  subtopicAsSection: (found: string, section: string) => ({
    zh: `「${found}」是「${section}」的分项，应以（一）（二）……编号，不应与六个法定部分同级。`,
    en: `“${found}” is a sub-topic of “${section}”: number it (一), (二) …, not as a section of its own.`,
  }),
  emptySection: (section: string) => ({
    zh: `「${section}」没有实际内容（空白或仅写“无”），请如实写明本年度的情况。`,
    en: `Section “${section}” says nothing (blank or only 无); write what the year’s work was.`,
  }),
  silentOn: (section: string, what: Bilingual) => ({
    zh: `「${section}」未说明${what.zh}，即使未收取也宜写明。`,
    en: `Section “${section}” does not say ${what.en} (say so even if none were charged).`,
  }),
  periodYear: (stated: string, year: number) => ({
    zh: `数据统计期限写作 ${stated} 年，与标题的 ${year} 年不一致，请核对标题或统计期限。`,
    en: `The statistics period says ${stated}, but the title’s year is ${year}; check the title or the period.`,
  }),
  laterYear: (stated: number, year: number) => ({
    zh: `正文写到 ${stated} 年，晚于报告年度（${year} 年）的下一年，可能沿用了其他年份的报告，请核对年份。`,
    en: `The text mentions ${stated}, later than the year after the report’s year ${year}: it may be copied from another year’s report. Check the years.`,
  }),
  rollforward: (cell: string, expected: number, actual: number, formula: string, year: number, file: string) => ({
    zh: `「${cell}」应为 ${expected}（${formula}，上年数据见 ${year} 年报告（${file}）），实际填写为 ${actual}，与上年报告不衔接。请核对本表和上年报告后改正。`,
    en: `${cell} should be ${expected} (${formula}; last year’s from the ${year} report ${file}) but is ${actual}: it does not follow from last year’s report. Check both and correct it.`,
  }),
  yearOverYear: (cell: string, now: number, then: number, year: number) => ({
    zh: `「${cell}」为 ${now}，${year} 年为 ${then}，变化超过五倍，请核实。`,
    en: `${cell} is ${now}, against ${then} in ${year}: a change of more than five times; please verify.`,
  }),
  similar: (percent: number, year: number, file: string) => ({
    zh: `正文有 ${percent}% 与 ${year} 年报告（${file}）相同，内容雷同（国办公开办函〔2021〕30号）。请按本年度的实际情况撰写。`,
    en: `${percent}% of the text is the same as in the ${year} report (${file}): the report repeats last year’s. Write about this year’s work.`,
  }),
  fix: {
    title: (statutory: string) => ({ zh: `改为法定标题「${statutory}」`, en: `Use the statutory title “${statutory}”` }),
    remove: (found: string) => ({ zh: `删除「${found}」`, en: `Delete “${found}”` }),
    numeral: (statutory: string) => ({ zh: `改为「${statutory}」`, en: `Use “${statutory}”` }),
  },
};
