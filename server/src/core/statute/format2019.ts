// The format of 国办公开办函〔2019〕60号, for reports on 2019 and 2020. Sections, table 四 and
// most of table 三 are as in 2021 ((五) has the same five sub-rows); section 二 has other
// columns and rows, and in table 三 (六)其他处理 is a single value row: 23 value rows (FORMAT §3).
import type { ColumnSpec, RowSpec, Statute, TableSpec } from './types';
import { applicationRows, applicationTable, confirmationRow, crossYear, notProcessedSubs, reviewTable, sections } from './format2021';

const count = 'count' as const;
const lastYearItems: ColumnSpec = { key: 'lastYearItems', label: '上一年项目数量', unit: count, meaning: { zh: '上一年度的事项数量。', en: 'Items last year.' } };
const changeThisYear: ColumnSpec = { key: 'change', label: '本年增/减', aliases: ['本年增减'], unit: 'signed', meaning: { zh: '本年增加（正数）或减少（负数）的事项数量。', en: 'Items added (positive) or removed (negative) this year.' } };
const decisions: ColumnSpec = { key: 'decisions', label: '处理决定数量', unit: count, meaning: { zh: '本年作出的处理决定数量。', en: 'Decisions made this year.' } };

function row(key: string, label: string, article: string, zh: string, en: string): RowSpec {
  return { key, label, values: true, article, meaning: { zh, en } };
}

function activeTable(item: string, columns: ColumnSpec[], rows: RowSpec[], zh: string, en: string): TableSpec {
  const article = `第二十条第（${item}）项`;
  return {
    key: `active-${'一二三四五六七八九'.indexOf(item) + 1}`, section: 1, caption: article, headerWords: ['信息内容'],
    title: { zh: `主动公开：${article}`, en: `Proactive disclosure: Article 20 item (${item})` },
    columns, rows, identities: [], article, meaning: { zh, en },
  };
}

const activeTables: TableSpec[] = [
  activeTable('一', [
    { key: 'made', label: '本年新制作数量', unit: count, meaning: { zh: '本年新制作的件数。', en: 'Made this year.' } },
    { key: 'published', label: '本年新公开数量', unit: count, meaning: { zh: '本年新公开的件数。', en: 'Published this year.' } },
    { key: 'publishedTotal', label: '对外公开总数量', unit: count, meaning: { zh: '对外公开的总件数。', en: 'Published in all.' } },
  ], [
    row('rules', '规章', '第二十条第（一）项', '本机关制定的规章。', 'Rules made by the body.'),
    row('normative', '规范性文件', '第二十条第（一）项', '本机关制定的规范性文件。', 'Normative documents issued by the body.'),
  ], '主动公开行政法规、规章和规范性文件。', 'Regulations, rules and normative documents.'),
  activeTable('五', [lastYearItems, changeThisYear, decisions], [
    row('licensing', '行政许可', '第二十条第（五）项', '办理行政许可的事项与处理决定。', 'Administrative licensing.'),
    row('otherServices', '其他对外管理服务事项', '第二十条第（五）项', '其他对外管理服务事项。', 'Other external management and service matters.'),
  ], '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。', 'Licensing and other services.'),
  activeTable('六', [lastYearItems, changeThisYear, decisions], [
    row('penalty', '行政处罚', '第二十条第（六）项', '实施行政处罚的事项与处理决定。', 'Administrative penalties.'),
    row('enforcement', '行政强制', '第二十条第（六）项', '实施行政强制的事项与处理决定。', 'Administrative enforcement.'),
  ], '实施行政处罚、行政强制的依据、条件、程序以及处罚决定。', 'Penalties and enforcement.'),
  activeTable('八', [lastYearItems, changeThisYear], [
    row('fees', '行政事业性收费', '第二十条第（八）项', '行政事业性收费项目及其依据、标准。', 'Administrative fees.'),
  ], '行政事业性收费项目及其依据、标准。', 'Administrative fees, their grounds and rates.'),
  activeTable('九', [
    { key: 'purchases', label: '采购项目数量', unit: count, meaning: { zh: '政府集中采购项目数量。', en: 'Procurement projects.' } },
    // The format names no unit; real cells read 251000元 or 73802895.90元.
    { key: 'purchaseAmount', label: '采购总金额', unit: 'amount', suffixes: ['元', '万元'], meaning: { zh: '政府集中采购总金额（格式未规定单位，以填报单位所注为准）。', en: 'Total central procurement (the format names no unit; the one the body writes holds).' } },
  ], [
    row('procurement', '政府集中采购', '第二十条第（九）项', '政府集中采购项目的目录、标准及实施情况。', 'Central government procurement.'),
  ], '政府集中采购项目的目录、标准及实施情况。', 'Central procurement: catalogue, standards, execution.'),
];

const ISSUED_BY = '国办公开办函〔2019〕60号';
const applications = applicationTable(applicationRows(notProcessedSubs.concat([confirmationRow(ISSUED_BY)]), [
  { key: 'otherHandling', label: '（六）其他处理', group: 'results', values: true, article: '第三十六条', meaning: { zh: '其他处理情形（2019年格式为单一数据行）。', en: 'Other handling (a single value row in the 2019 format).' } },
]));

export const format2019: Statute = {
  version: '2019',
  issuedBy: ISSUED_BY,
  sections,
  tables: [...activeTables, applications, reviewTable],
  ...crossYear,
  rollforward: [{ tables: ['active-5', 'active-6', 'active-8'], target: 'lastYearItems', last: ['lastYearItems', 'change'] }],
  yearOverYear: [...crossYear.yearOverYear, ...activeTables.map((t) => ({ table: t.key, columns: t.columns.filter((c) => c.unit !== 'signed').map((c) => c.key) }))],
};
