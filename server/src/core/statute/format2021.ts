// The format of 国办公开办函〔2021〕30号, for reports on 2021 and later.
// Articles are those of the 中华人民共和国政府信息公开条例 (2019 revision).
import { claims, narrative, period, shareBases } from './narrative';
import type { Bilingual, ColumnSpec, IdentitySpec, RowSpec, SectionSpec, Statute, TableSpec } from './types';

export const sections: SectionSpec[] = [
  {
    numeral: '一', title: '总体情况', aliases: [], article: '第五十条',
    subtopics: ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '平台建设', '监督保障'],
    meaning: { zh: '本年度政府信息公开工作的总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障。', en: 'An overview of the year: proactive disclosure, disclosure on request, information management, platforms, oversight.' },
  },
  {
    numeral: '二', title: '主动公开政府信息情况', aliases: ['行政机关主动公开政府信息情况'], article: '第五十条第（一）项',
    meaning: { zh: '行政机关主动公开政府信息的情况（条例第二十条所列信息）。', en: 'Information the body disclosed on its own initiative (the items of Article 20).' },
  },
  {
    numeral: '三', title: '收到和处理政府信息公开申请情况', aliases: ['行政机关收到和处理政府信息公开申请情况'], article: '第五十条第（二）项',
    meaning: { zh: '收到和处理政府信息公开申请的情况，按申请人类型和办理结果统计。', en: 'Applications for disclosure received and handled, by kind of applicant and by outcome.' },
  },
  {
    numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', aliases: ['因政府信息公开工作被申请行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'], article: '第五十条第（三）项',
    meaning: { zh: '因政府信息公开工作被申请行政复议、提起行政诉讼的情况。', en: 'Administrative reconsiderations and lawsuits brought over the body’s disclosure work.' },
  },
  {
    numeral: '五', title: '存在的主要问题及改进情况', aliases: ['政府信息公开工作存在的主要问题及改进情况'], article: '第五十条第（四）项', mustSaySomething: true,
    meaning: { zh: '政府信息公开工作存在的主要问题及改进情况；各级人民政府的报告还应包括工作考核、社会评议和责任追究结果情况。', en: 'The main problems and how they were addressed; governments also report assessment, public evaluation and accountability.' },
  },
  {
    numeral: '六', title: '其他需要报告的事项', aliases: [], article: '第五十条第（五）项', mustSaySomething: true,
    meaning: { zh: '其他需要报告的事项，如依据《政府信息公开信息处理费管理办法》收取信息处理费的情况。', en: 'Anything else to report, such as information processing fees charged.' },
  },
];

const count = 'count' as const;

function activeTable(key: string, item: string, article: string, columns: ColumnSpec[], rows: RowSpec[], zh: string, en: string): TableSpec {
  return {
    key, section: 1, caption: `第二十条第（${item}）项`, headerWords: ['信息内容'],
    title: { zh: `主动公开：第二十条第（${item}）项`, en: `Proactive disclosure: Article 20 item (${item})` },
    columns, rows, identities: [], article, meaning: { zh, en },
  };
}

const decisionsThisYear: ColumnSpec = {
  key: 'decisions', label: '本年处理决定数量', unit: count,
  meaning: { zh: '本年作出的处理决定数量。', en: 'Decisions made this year.' },
};

export const activeTables: TableSpec[] = [
  activeTable('active-1', '一', '第二十条第（一）项', [
    { key: 'issued', label: '本年制发件数', unit: count, meaning: { zh: '本年新制定发布的件数。', en: 'Issued this year.' } },
    { key: 'repealed', label: '本年废止件数', unit: count, meaning: { zh: '本年废止的件数。', en: 'Repealed this year.' } },
    { key: 'inForce', label: '现行有效件数', unit: count, meaning: { zh: '截至年底现行有效的件数。', en: 'In force at the end of the year.' } },
  ], [
    { key: 'rules', label: '规章', values: true, article: '第二十条第（一）项', meaning: { zh: '本机关制定的规章。', en: 'Rules (规章) made by the body.' } },
    { key: 'normative', label: '行政规范性文件', aliases: ['规范性文件'], values: true, article: '第二十条第（一）项', meaning: { zh: '本机关制定的行政规范性文件。', en: 'Administrative normative documents issued by the body.' } },
  ], '主动公开行政法规、规章和行政规范性文件。', 'Proactive disclosure of regulations, rules and normative documents.'),
  activeTable('active-5', '五', '第二十条第（五）项', [decisionsThisYear], [
    { key: 'licensing', label: '行政许可', values: true, article: '第二十条第（五）项', meaning: { zh: '办理行政许可的处理决定。', en: 'Administrative licensing decisions.' } },
  ], '主动公开办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。', 'Licensing: grounds, conditions, procedures and results.'),
  activeTable('active-6', '六', '第二十条第（六）项', [decisionsThisYear], [
    { key: 'penalty', label: '行政处罚', values: true, article: '第二十条第（六）项', meaning: { zh: '实施行政处罚的处理决定。', en: 'Administrative penalty decisions.' } },
    { key: 'enforcement', label: '行政强制', values: true, article: '第二十条第（六）项', meaning: { zh: '实施行政强制的处理决定。', en: 'Administrative enforcement decisions.' } },
  ], '主动公开实施行政处罚、行政强制的依据、条件、程序以及具有一定社会影响的处罚决定。', 'Penalties and enforcement: grounds, conditions, procedures and notable decisions.'),
  activeTable('active-8', '八', '第二十条第（八）项', [
    { key: 'feeAmount', label: '本年收费金额（单位：万元）', aliases: ['本年收费金额'], unit: 'amount', meaning: { zh: '本年收取的行政事业性收费金额，单位万元，可有小数。', en: 'Fees collected this year, in units of 10,000 yuan; decimals allowed.' } },
  ], [
    { key: 'fees', label: '行政事业性收费', values: true, article: '第二十条第（八）项', meaning: { zh: '行政事业性收费项目及其依据、标准。', en: 'Administrative fees, their grounds and rates.' } },
  ], '主动公开行政事业性收费项目及其依据、标准。', 'Administrative fees, their grounds and rates.'),
];

export const applicantColumns: ColumnSpec[] = [
  { key: 'natural', label: '自然人', unit: count, meaning: { zh: '以个人名义提出的申请。', en: 'Applications by natural persons.' } },
  { key: 'business', label: '商业企业', group: '法人或其他组织', unit: count, meaning: { zh: '商业企业提出的申请。', en: 'Applications by commercial enterprises.' } },
  { key: 'research', label: '科研机构', group: '法人或其他组织', unit: count, meaning: { zh: '科研机构提出的申请。', en: 'Applications by research institutions.' } },
  { key: 'publicInterest', label: '社会公益组织', group: '法人或其他组织', unit: count, meaning: { zh: '社会公益组织提出的申请。', en: 'Applications by public-interest organisations.' } },
  { key: 'legalService', label: '法律服务机构', group: '法人或其他组织', unit: count, meaning: { zh: '律师事务所等法律服务机构提出的申请。', en: 'Applications by legal service providers.' } },
  { key: 'other', label: '其他', group: '法人或其他组织', unit: count, meaning: { zh: '其他法人或非法人组织提出的申请。', en: 'Applications by other organisations.' } },
  { key: 'total', label: '总计', unit: count, meaning: { zh: '各类申请人之和。', en: 'The sum over all kinds of applicant.' } },
];
export const applicantParts = applicantColumns.filter((c) => c.key !== 'total').map((c) => c.key);

type Sub = [key: string, label: string, article: string, zh: string, en: string, aliases?: string[], basis?: Bilingual];
function subRows(group: string, subs: Sub[]): RowSpec[] {
  return subs.map(([key, label, article, zh, en, aliases, basis]) => ({ key, label, group, values: true, article, basis, meaning: { zh, en }, aliases }));
}

/** 5.要求行政机关确认或重新出具已获取信息: a category of the format itself, in both versions. */
export function confirmationRow(issuedBy: string): Sub {
  return ['notProcessed5', '5.要求行政机关确认或重新出具已获取信息', '', '要求行政机关确认或重新出具已获取信息的，不作为政府信息公开申请处理。', 'Asking the body to confirm or reissue information already obtained: not handled as a disclosure request.', undefined, {
    zh: `条例无对应条款（第三十九条只列信访举报投诉和公开出版物）：此项是年度报告格式（${issuedBy}）自设的统计类别。`,
    en: `No article of the Regulations (Article 39 lists only petitions and published material): a category of the report format itself (${issuedBy}).`,
  }];
}

export const deniedRows = subRows('denied', [
  ['denied1', '1.属于国家秘密', '第十四条', '依法确定为国家秘密的政府信息，不予公开。', 'State secrets: not disclosed.'],
  ['denied2', '2.其他法律行政法规禁止公开', '第十四条', '法律、行政法规禁止公开的政府信息，不予公开。', 'Disclosure forbidden by other laws and regulations.'],
  ['denied3', '3.危及“三安全一稳定”', '第十四条', '公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。', 'Would endanger national, public or economic security or social stability.'],
  ['denied4', '4.保护第三方合法权益', '第十五条', '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害的，不予公开（第三方同意或公共利益需要的除外）。', 'Would harm a third party’s lawful rights (trade secrets, privacy).'],
  ['denied5', '5.属于三类内部事务信息', '第十六条第一款', '人事管理、后勤管理、内部工作流程等内部事务信息，可以不予公开。', 'Internal affairs: personnel, logistics, internal workflow.'],
  ['denied6', '6.属于四类过程性信息', '第十六条第二款', '讨论记录、过程稿、磋商信函、请示报告等过程性信息，可以不予公开。', 'Process information: minutes, drafts, consultations, requests for instructions.'],
  ['denied7', '7.属于行政执法案卷', '第十六条第二款', '行政执法案卷信息，可以不予公开。', 'Administrative enforcement case files.'],
  ['denied8', '8.属于行政查询事项', '第三十六条第（七）项', '工商、不动产登记资料等有关法律、行政法规对信息获取有特别规定的，依照其规定办理。', 'Records with their own access procedure under other laws (company and real-estate registers).'],
]);

export const unableRows = subRows('unable', [
  ['unable1', '1.本机关不掌握相关政府信息', '第三十六条第（四）、（五）项', '经检索没有所申请公开的信息，或不属于本机关负责公开的，告知申请人。', 'The body does not hold the information, or another body is responsible.'],
  ['unable2', '2.没有现成信息需要另行制作', '第三十八条', '需要行政机关对现有政府信息进行加工、分析的，可以不予提供。', 'Would require creating or analysing information that does not exist as such.'],
  ['unable3', '3.补正后申请内容仍不明确', '第三十条', '申请内容不明确，经补正后仍不明确的。', 'The request stayed unclear after the applicant was asked to clarify it.'],
]);

export const notProcessedSubs: Sub[] = [
  ['notProcessed1', '1.信访举报投诉类申请', '第三十九条第一款', '以政府信息公开申请的形式进行信访、投诉、举报等活动的，告知申请人不作为政府信息公开申请处理。', 'Petitions and complaints filed as disclosure requests.'],
  ['notProcessed2', '2.重复申请', '第三十六条第（六）项', '已就申请作出答复、申请人重复申请公开相同政府信息的，告知不予重复处理。', 'Repeated requests for the same information.'],
  ['notProcessed3', '3.要求提供公开出版物', '第三十九条第二款', '要求提供政府公报、报刊、书籍等公开出版物的，可以告知获取途径。', 'Requests for published material.'],
  ['notProcessed4', '4.无正当理由大量反复申请', '第三十五条', '申请数量、频次明显超过合理范围的，可以要求说明理由或延迟答复。', 'Large numbers of repeated requests without good reason.'],
];

export const otherHandlingSubs: Sub[] = [
  ['otherHandling1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '第三十条', '申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理。', 'The applicant did not clarify in time: the request lapses.'],
  ['otherHandling2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '第四十二条', '申请人逾期未缴纳信息处理费的，行政机关不再处理。', 'The applicant did not pay the processing fee in time: the request lapses.', undefined, {
    zh: '逾期未缴费不再处理的规定见《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），该办法依条例第四十二条制定。',
    en: 'The lapse rule is in the Measures on Information Processing Fees (国办函〔2020〕109号), made under Article 42.',
  }],
  ['otherHandling3', '3.其他', '第三十六条', '其他处理情形。', 'Other handling.'],
];

export function applicationRows(notProcessed: Sub[], otherHandling: RowSpec[]): RowSpec[] {
  return [
    { key: 'new', label: '一、本年新收政府信息公开申请数量', values: true, article: '第二十七条', meaning: { zh: '本年度新收到的政府信息公开申请数量。', en: 'Requests received this year.' } },
    { key: 'carried', label: '二、上年结转政府信息公开申请数量', values: true, article: '第三十三条', meaning: { zh: '上一年度收到、跨年度办理的申请数量，应等于上年报告“结转下年度继续办理”。', en: 'Requests carried over from last year; equals last year’s “carried forward”.' } },
    { key: 'results', label: '三、本年度办理结果', values: false, article: '第三十六条', meaning: { zh: '本年度办结的申请，按办理结果统计。', en: 'Requests answered this year, by outcome.' } },
    { key: 'disclosed', label: '（一）予以公开', group: 'results', values: true, article: '第三十六条第（一）、（二）项', meaning: { zh: '所申请信息已主动公开或可以公开，予以提供或告知获取途径。', en: 'Disclosed in full.' } },
    { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', aliases: ['（二）部分公开'], group: 'results', values: true, article: '第三十七条', meaning: { zh: '申请信息中含有不应公开的内容，但能够作区分处理的，提供可以公开的部分。', en: 'Partly disclosed, the exempt parts separated out.' } },
    { key: 'denied', label: '（三）不予公开', group: 'results', values: false, article: '第三十六条第（三）项', meaning: { zh: '依据条例规定决定不予公开，告知申请人并说明理由。', en: 'Refused, with reasons.' } },
    ...deniedRows,
    { key: 'unable', label: '（四）无法提供', group: 'results', values: false, article: '第三十六条第（四）项', meaning: { zh: '因信息不存在、需另行制作或申请不明确而无法提供。', en: 'Could not be provided.' } },
    ...unableRows,
    { key: 'notProcessed', label: '（五）不予处理', group: 'results', values: false, article: '第三十九条', meaning: { zh: '不作为政府信息公开申请处理的情形。', en: 'Not handled as a disclosure request.' } },
    ...subRows('notProcessed', notProcessed),
    ...otherHandling,
    { key: 'resultsTotal', label: '（七）总计', group: 'results', values: true, article: '第三十六条', meaning: { zh: '本年度办理结果之和：（一）至（六）各项相加。', en: 'The sum of all outcomes (一) to (六).' } },
    { key: 'carryForward', label: '四、结转下年度继续办理', values: true, article: '第三十三条', meaning: { zh: '本年收到、尚在答复期限内需下年度继续办理的申请。', en: 'Requests still open at year end, carried into next year.' } },
  ];
}

/** The identities of table 三, over the value rows a format declares. */
export function applicationIdentities(rows: RowSpec[]): IdentitySpec[] {
  const resultParts = rows.filter((r) => r.values && r.group !== undefined && r.key !== 'resultsTotal').map((r) => r.key);
  return [
    { code: 'row-sum', along: 'row', over: 'values', target: 'total', plus: applicantParts, reported: true },
    { code: 'column-sum', along: 'column', over: applicantParts, target: 'resultsTotal', plus: resultParts, reported: true },
    { code: 'column-sum', along: 'column', over: ['total'], target: 'resultsTotal', plus: resultParts, reported: false },
    { code: 'balance', along: 'column', over: applicantParts, target: 'carryForward', plus: ['new', 'carried'], minus: ['resultsTotal'], reported: true },
    { code: 'balance', along: 'column', over: ['total'], target: 'carryForward', plus: ['new', 'carried'], minus: ['resultsTotal'], reported: false },
  ];
}

export function applicationTable(rows: RowSpec[]): TableSpec {
  return {
    key: 'applications', section: 2,
    title: { zh: '收到和处理政府信息公开申请情况', en: 'Applications received and handled' },
    headerWords: ['申请人情况', '法人或其他组织', '本列数据的勾稽关系为'], header: '申请人情况',
    columns: applicantColumns, rows, identities: applicationIdentities(rows), article: '第五十条第（二）项',
    meaning: { zh: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。', en: 'In every column: item 一 plus item 二 equals item 三 (七) plus item 四.' },
  };
}

const ISSUED_BY = '国办公开办函〔2021〕30号';
const applications = applicationTable(applicationRows(notProcessedSubs.concat([confirmationRow(ISSUED_BY)]), [
  { key: 'otherHandling', label: '（六）其他处理', group: 'results', values: false, formerValueRow: true, article: '第三十六条', meaning: { zh: '其他处理情形。', en: 'Other handling.' } },
  ...subRows('otherHandling', otherHandlingSubs),
]));

const outcomeColumns: [string, string, string, string][] = [
  ['Upheld', '结果维持', '复议机关或法院维持原行为。', 'Upheld.'],
  ['Corrected', '结果纠正', '原行为被撤销、变更、确认违法或责令履行。', 'Corrected: revoked, varied, found unlawful or ordered to act.'],
  ['Other', '其他结果', '驳回、撤回、调解、终止等其他结果。', 'Other outcomes: dismissed, withdrawn, settled, terminated.'],
  ['Pending', '尚未审结', '年底尚未审结。', 'Not yet decided at year end.'],
  ['Total', '总计', '本组四项之和。', 'The sum of the group’s four.'],
];
const reviewGroups: [key: string, group: string, zh: string, en: string][] = [
  ['review', '行政复议', '行政复议', 'Administrative reconsideration'],
  ['direct', '行政诉讼 / 未经复议直接起诉', '未经复议直接提起的行政诉讼', 'Lawsuits filed directly'],
  ['after', '行政诉讼 / 复议后起诉', '经复议后提起的行政诉讼', 'Lawsuits filed after reconsideration'],
];

export const reviewTable: TableSpec = {
  key: 'review', section: 3,
  title: { zh: '政府信息公开行政复议、行政诉讼情况', en: 'Reconsideration and litigation' },
  headerWords: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'],
  columns: reviewGroups.flatMap(([g, group, gzh, gen]) => outcomeColumns.map(([k, label, zh, en]) => ({
    key: g + k, label, group, unit: count, meaning: { zh: `${gzh}：${zh}`, en: `${gen}: ${en}` },
  }))),
  rows: [{ key: 'cases', label: '', values: true, article: '第五十一条', meaning: { zh: '认为行政机关在政府信息公开工作中侵犯其合法权益，申请行政复议或提起行政诉讼的案件数。', en: 'Cases in which a party challenged the body’s disclosure work by reconsideration or lawsuit.' } }],
  identities: reviewGroups.map(([g]) => ({
    code: 'row-sum' as const, along: 'row' as const, over: 'values' as const, target: g + 'Total',
    plus: outcomeColumns.slice(0, 4).map(([k]) => g + k), reported: true,
  })),
  article: '第五十一条',
  meaning: { zh: '每组的总计等于结果维持、结果纠正、其他结果、尚未审结四项之和。', en: 'Each group’s total is the sum of its four outcomes.' },
};

/** What both formats compare with last year's report besides their own table 二. */
export const crossYear = {
  narrative, claims, shareBases, period,
  carryover: { table: 'applications', thisYear: 'carried', lastYear: 'carryForward' },
  yearOverYear: [{ table: 'applications', columns: ['total'] }, { table: 'review', columns: ['reviewTotal', 'directTotal', 'afterTotal'] }],
};

export const format2021: Statute = {
  version: '2021',
  issuedBy: ISSUED_BY,
  sections,
  tables: [...activeTables, applications, reviewTable],
  ...crossYear,
  // 国办函〔2020〕109号 applies from 2021: 六 reports whether 信息处理费 was charged.
  mentions: [{ section: 5, words: ['信息处理费', '处理费', '收费'], what: { zh: '信息处理费的收取情况', en: 'whether information processing fees were charged' } }],
  rollforward: [{ tables: ['active-1'], target: 'inForce', last: ['inForce'], plus: ['issued'], minus: ['repealed'] }],
  yearOverYear: [...crossYear.yearOverYear, ...activeTables.map((t) => ({ table: t.key }))],
};
