// What the prose of a report states that the tables must bear out: figures (收到申请45件),
// sums (予以公开及部分公开258件), shares (占33.9%) and statements (未收到申请, 均获维持).
// Both formats share these; a rule whose cells a format lacks is left out for that format.
import type { CellRef, ClaimRule, NarrativeRule, ShareBase } from './types';

/** A count in Arabic or Chinese numerals (45, 1,234, 九, 十二, 一百零五). */
export const NUMBER_SOURCE = '(\\d[\\d,]*|[零〇一二两三四五六七八九十百千]+)';
const UNIT = '\\s*(?:件|个|份|宗|起)';
const TOTAL = '(?:的)?(?:申请)?(?:共计|共|合计|总计|总数)?(?:为|是|达)?\\s*';

/** A pattern whose NUMBER is a count followed by its unit. */
function figure(source: string): RegExp {
  return new RegExp(source.replace('NUMBER', NUMBER_SOURCE + UNIT));
}

const application = (row: string, column = 'total'): CellRef => ({ table: 'applications', row, column });
const review = (column: string): CellRef => ({ table: 'review', row: 'cases', column });
const litigation = (outcome: string): CellRef[] => [review('direct' + outcome), review('after' + outcome)];
const NOT_AFTER_AND = '(?<![及和与、或])';

export const narrative: NarrativeRule[] = [
  {
    pattern: figure(`予以公开(?:和|及|与|、|或)部分公开${TOTAL}NUMBER`),
    cells: [application('disclosed'), application('partial')],
    what: { zh: '予以公开及部分公开', en: 'requests disclosed in full or in part' },
  },
  {
    pattern: figure(`上(?:一)?年(?:度)?结转(?:的|至本年度?)?(?:政府信息公开|依申请公开)?${TOTAL}NUMBER`),
    cells: [application('carried')],
    what: { zh: '上年结转申请', en: 'requests carried over from last year' },
  },
  {
    pattern: figure(`结转(?:至|到|入)?下(?:一)?年度?(?:继续)?(?:办理)?${TOTAL}NUMBER`),
    cells: [application('carryForward')],
    what: { zh: '结转下年度继续办理', en: 'requests carried into next year' },
  },
  {
    pattern: figure(`(?:新收|收到|接收|受理|接到)(?:到)?(?:各类|各种)?(?:政府信息公开|依申请公开|信息公开)?申请(?:共计|共|合计|数量为?|总数为?)?\\s*NUMBER`),
    cells: [application('new')],
    what: { zh: '本年新收申请', en: 'requests received this year' },
  },
  {
    pattern: figure(`(?:办结|办理|答复)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共计|共|合计)?\\s*NUMBER`),
    cells: [application('resultsTotal')],
    what: { zh: '本年度办理结果总计', en: 'requests answered this year' },
  },
  ...([
    ['disclosed', '予以公开', 'disclosed in full'],
    ['partial', '部分公开', 'disclosed in part'],
    ['denied', '不予公开', 'refused'],
    ['unable', '无法提供', 'that could not be provided'],
    ['notProcessed', '不予处理', 'not handled'],
    ['otherHandling', '其他处理', 'handled otherwise'],
  ] as const).map(([row, words, en]): NarrativeRule => ({
    pattern: figure(`${NOT_AFTER_AND}${words}(?:的)?(?:申请)?(?:共|为|是)?\\s*NUMBER`),
    cells: [application(row)],
    what: { zh: words, en: `requests ${en}` },
  })),
  {
    context: ['规范性文件'], notContext: ['规章'],
    pattern: /制发(?:行政)?(?:规范性文件)?\s*(\d+)\s*件/,
    cells: [{ table: 'active-1', row: 'normative', column: 'issued' }],
    what: { zh: '本年制发行政规范性文件', en: 'normative documents issued this year' },
  },
  {
    context: ['规范性文件'], notContext: ['规章'],
    pattern: /废止(?:失效)?\s*(\d+)\s*件/,
    cells: [{ table: 'active-1', row: 'normative', column: 'repealed' }],
    what: { zh: '本年废止行政规范性文件', en: 'normative documents repealed this year' },
  },
  {
    context: ['规范性文件'], notContext: ['规章'],
    pattern: /现行有效\s*(\d+)\s*件/,
    cells: [{ table: 'active-1', row: 'normative', column: 'inForce' }],
    what: { zh: '现行有效行政规范性文件', en: 'normative documents in force' },
  },
  {
    pattern: figure(`(?:被申请|收到|发生)?行政复议(?:案件|申请)?(?:共计|共)?\\s*NUMBER`),
    cells: [review('reviewTotal')],
    what: { zh: '行政复议案件', en: 'reconsideration cases' },
  },
  {
    pattern: figure(`(?:被提起|提起|发生|收到)?行政诉讼(?:案件)?(?:共计|共)?\\s*NUMBER`),
    cells: litigation('Total'),
    what: { zh: '行政诉讼案件（未经复议直接起诉与复议后起诉之和）', en: 'lawsuits (filed directly and after reconsideration)' },
  },
];

const NONE = '未(?:发生|收到|接到|接收|受理|出现|有)';
const NEAR = '[^，,。；;]{0,24}?';

export const claims: ClaimRule[] = [
  {
    pattern: new RegExp(`${NONE}(?:任何)?(?:政府信息公开|依申请公开|信息公开)?(?:相关)?申请`),
    claim: 'zero', cells: [application('new')],
    what: { zh: '未收到政府信息公开申请', en: 'that no request was received' },
  },
  {
    pattern: new RegExp(`${NONE}${NEAR}行政复议`),
    claim: 'zero', cells: [review('reviewTotal')],
    what: { zh: '未发生行政复议', en: 'that there was no reconsideration' },
  },
  {
    pattern: new RegExp(`${NONE}${NEAR}行政诉讼`),
    claim: 'zero', cells: litigation('Total'),
    what: { zh: '未发生行政诉讼', en: 'that there was no lawsuit' },
  },
  {
    context: ['复议'],
    pattern: /(?:均|全部|都)(?:获|被|予以)?维持/,
    claim: 'all', cells: [review('reviewUpheld')], whole: [review('reviewTotal')],
    what: { zh: '行政复议均获维持', en: 'that every reconsideration upheld the decision' },
  },
  {
    context: ['诉讼'],
    pattern: /(?:均|全部|都)(?:获|被|予以)?维持/,
    claim: 'all', cells: litigation('Upheld'), whole: litigation('Total'),
    what: { zh: '行政诉讼均获维持', en: 'that every lawsuit upheld the decision' },
  },
];

export const shareBases: ShareBase[] = [
  { words: ['办结', '办理', '答复', '处理'], cells: [application('resultsTotal')], what: { zh: '办理结果总计', en: 'requests answered' } },
  { words: ['收到', '新收', '受理', '接收', '申请总'], cells: [application('new')], what: { zh: '本年新收申请', en: 'requests received' } },
];

/** 本年度报告中所列数据统计期限自2024年1月1日起至2024年12月31日止. */
export const period = /统计期限[^。；\d]{0,6}(\d{4})\s*年\s*1\s*月\s*1\s*日[^。；\d]{0,6}(\d{4})\s*年\s*12\s*月\s*31\s*日/;
