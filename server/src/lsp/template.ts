// The new report a drafter starts from: the six sections in the statutory format of
// 国办公开办函〔2021〕30号, each with a one-line hint of what it needs, the sub-heads of 总体情况,
// and every table with its headers as the format draws them and a 0 in every cell. As it stands it
// checks clean; the hints, in full-width brackets, are the drafter's to replace.
import { statutes, type TableSpec } from '../core';

const statute = statutes['2021'];

/** The five sub-heads the format gives 一、总体情况, each with what it covers. */
export const overviewTopics: [heading: string, hint: string][] = [
  ['（一）主动公开', '写明本年度主动公开政府信息的数量、渠道和重点领域。'],
  ['（二）依申请公开', '写明本年度收到和办理政府信息公开申请的情况，数字与第三部分的表格一致。'],
  ['（三）政府信息管理', '写明公文公开属性认定、发布前审查、政策解读等制度和做法。'],
  ['（四）政府信息公开平台建设', '写明政府网站、政务新媒体等公开平台的建设和运行维护情况。'],
  ['（五）监督保障', '写明工作考核、社会评议、责任追究和业务培训等情况。'],
];

/** What each section needs, by its numeral. */
const hints: Record<string, string> = {
  一: '概述本年度政府信息公开工作，按以下五个方面分述。',
  二: '按本年度实际情况填写以下各表，没有的填 0。',
  三: '按申请人类型和办理结果填写，每一列都须满足表头所注的勾稽关系。',
  四: '填写因政府信息公开工作被申请行政复议、提起行政诉讼的案件数，每组的总计等于前四项之和。',
  五: '写明政府信息公开工作存在的主要问题及改进情况；各级人民政府还应写明工作考核、社会评议和责任追究结果情况。',
  六: '写明是否依据《政府信息公开信息处理费管理办法》收取信息处理费、收取多少，以及其他需要报告的事项。',
};

const hint = (text: string) => `（${text}）`;

/** The line above the column headers where the format has one: table 三's note on its identity, over 申请人情况. */
const topLines: Record<string, string> = {
  applications: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
};

/**
 * The header lines of a table as the format draws them: a column's groups (行政诉讼 / 复议后起诉)
 * one line each above its label, a group's name over the first of its columns, a column with fewer
 * groups labelled on the line below its last group (自然人 beside 法人或其他组织).
 */
function headerLines(table: TableSpec, first: string): string[] {
  const groups = table.columns.map((c) => (c.group ? c.group.split(' / ') : []));
  const depth = Math.max(...groups.map((g) => g.length));
  const lines: string[] = [];
  for (let level = 0; level <= depth; level++) {
    const cells = table.columns.map((column, i) => {
      const own = groups[i];
      if (level === own.length) return column.label;
      if (level > own.length) return '';
      const previous = groups[i - 1];
      return previous && previous.slice(0, level + 1).join('/') === own.slice(0, level + 1).join('/') ? '' : own[level];
    });
    lines.push([level === 0 ? first : '', ...cells].join('\t').replace(/\t+$/, ''));
  }
  return lines;
}

function tableLines(table: TableSpec): string[] {
  const labelled = table.rows.some((r) => r.label !== '');
  const header = headerLines(table, table.caption ? '信息内容' : '').map((line) => (labelled ? line : line.slice(1)));
  const rows = table.rows.map((row) => [...(row.label ? [row.label] : []), ...(row.values ? table.columns.map(() => '0') : [])].join('\t'));
  return [...(table.caption ? [table.caption] : []), ...(topLines[table.key] ? [topLines[table.key]] : []), ...header, ...rows, ''];
}

/** A new report in the statutory format for `body` and `year` (either may be a snippet placeholder). */
export function reportTemplate(body: string, year: string): string {
  const lines = [`${body} ${year} 年政府信息公开工作年度报告`, ''];
  statute.sections.forEach((section, index) => {
    lines.push(`${section.numeral}、${section.title}`, '', hint(hints[section.numeral]), '');
    if (index === 0) for (const [heading, text] of overviewTopics) lines.push(heading, hint(text), '');
    for (const table of statute.tables.filter((t) => t.section === index)) lines.push(...tableLines(table));
  });
  return lines.join('\n');
}
