// Reports that give each code its messages: the seeds, the sample, and the sample (a county
// bureau's report in seed 000's layout, consistent once its one wrong total is corrected) with one
// error injected at a time. test/core/messages.test.ts writes what they say into golden files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Code } from '../../server/src/core';

const root = path.join(__dirname, '..', '..');
const seeds = path.join(root, 'test', 'fixtures', 'seeds');
const seed = (n: string) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!), 'utf8');
const sample = fs.readFileSync(path.join(root, 'samples', '临河县自然资源局-2024.txt'), 'utf8');

/** The sample's lines with its one wrong total, （一）予以公开 · 总计 (line 40), corrected. */
const lines = sample.split('\n').map((l, i) => (i === 40 ? l.replace(/\t23\t$/, '\t22\t') : l));
const consistent = lines.join('\n');

/** The consistent sample with `from` replaced by `to` on one line (0-based). */
function edit(line: number, from: string | RegExp, to: string): string {
  const changed = lines.map((l, i) => (i === line ? l.replace(from, to) : l));
  if (changed[line] === lines[line]) throw new Error(`line ${line} holds no ${from}`);
  return changed.join('\n');
}

/** The consistent sample without lines [from, to). */
const drop = (from: number, to = from + 1) => [...lines.slice(0, from), ...lines.slice(to)].join('\n');

/** A district bureau's reports of 2024 and 2023 (test/fixtures/reports), consistent each and with each other. */
const reports = path.join(root, 'test', 'fixtures', 'reports');
const jiangbei = fs.readFileSync(path.join(reports, '江北区司法局-2024.txt'), 'utf8');
const jiangbei2023 = { text: fs.readFileSync(path.join(reports, '江北区司法局-2023.txt'), 'utf8'), path: 'reports/江北区司法局-2023.txt' };

/** The 2024 report with `from` replaced by `to` on the line that starts with `start`. */
function editJiangbei(start: string, from: string | RegExp, to: string): string {
  const changed = jiangbei.split('\n').map((l) => (l.startsWith(start) ? l.replace(from, to) : l)).join('\n');
  if (changed === jiangbei) throw new Error(`no line ${start} holding ${from}`);
  return changed;
}

/** The 2024 report with the text of a section (after `heading`, up to `next`) replaced. */
function sectionText(heading: string, next: string | undefined, text: string): string {
  const start = jiangbei.indexOf(heading) + heading.length;
  return jiangbei.slice(0, start) + text + jiangbei.slice(next ? jiangbei.indexOf(next) : jiangbei.length);
}

/** Last year's report of the sample's body: its 结转下年度继续办理 is this year's 上年结转, but for 自然人 (2, not 3). */
const lastYear = consistent.replace(/2024/g, '2023').split('\n')
  .map((l) => (l.startsWith('四、结转下年度继续办理') ? '四、结转下年度继续办理\t\t2\t0\t0\t0\t0\t0\t2\t' : l)).join('\n');

export interface MessageCase {
  name: string;
  text: string;
  /** Other years' reports, as the CLI and the workspace pass them. */
  others?: { text: string; path: string }[];
}

export const consistentSample = consistent;

export const messageCases: Record<Code, MessageCase[]> = {
  'row-sum': [
    { name: 'the sample: （一）予以公开 · 总计 is 23, the parts sum to 22', text: sample },
    { name: '（一）予以公开 · 自然人 is 19 instead of 17: the part cell is the likelier culprit', text: edit(40, '\t17\t', '\t19\t') },
    { name: 'table 四: 行政复议 · 总计 is 1 while its four outcomes are 0', text: edit(69, /^0\t0\t0\t0\t0/, '0\t0\t0\t0\t1') },
  ],
  'column-sum': [
    { name: '（七）总计 · 商业企业 is 9 instead of 8', text: edit(61, '\t8\t', '\t9\t') },
    { name: '（一）予以公开 · 自然人 is 19 instead of 17', text: edit(40, '\t17\t', '\t19\t') },
  ],
  balance: [
    { name: '四、结转下年度继续办理 · 自然人 is 6 instead of 4', text: edit(62, /^(四、结转下年度继续办理\t\t)4/, '$16') },
  ],
  'missing-cell': [
    { name: 'seed 001: rows of table 三 lost their 自然人 (and 商业企业) cells', text: seed('001') },
    { name: 'seed 004: rows that lost cells in unknown columns, and table 四', text: seed('004') },
    { name: '（二）部分公开 · 自然人 left blank', text: edit(41, /\t4\t1\t/, '\t\t1\t') },
    { name: '3. 补正后申请内容仍不明确 with its first value blank: which column cannot be told', text: edit(52, /^(\t\t3\. 补正后申请内容仍不明确\t)0/, '$1') },
    { name: '（二）部分公开 lost its 4 and its tab: the cells move left', text: edit(41, /\t4\t1\t/, '\t1\t') },
  ],
  'extra-cell': [
    { name: 'seed 004: rows of （六）其他处理 with eight values', text: seed('004') },
    { name: '2. 重复申请 with an eighth value', text: edit(54, /\t1$/, '\t1\t1') },
  ],
  'invalid-number': [
    { name: '4. 保护第三方合法权益: — and 1O for counts', text: edit(45, '\t2\t1\t0', '\t—\t1O\t0') },
    { name: '行政事业性收费: a negative amount', text: edit(31, '\t0', '\t-2.5') },
  ],
  'missing-row': [
    { name: '6. 属于四类过程性信息 left out', text: drop(47) },
    { name: '行政强制 left out of 第二十条第（六）项', text: drop(28) },
    { name: 'table 四 without its row of values', text: drop(69) },
  ],
  'duplicate-row': [
    { name: '5. 属于三类内部事务信息 given twice', text: [...lines.slice(0, 47), lines[46], ...lines.slice(47)].join('\n') },
  ],
  'unknown-row': [
    { name: 'seed 004: lines of bare zeros inside table 三', text: seed('004') },
    { name: 'a remark line inside table 二', text: [...lines.slice(0, 22), '备注：本年无变化\t1', ...lines.slice(22)].join('\n') },
  ],
  'missing-table': [
    { name: 'section 四 without its table', text: drop(66, 70) },
  ],
  'missing-section': [
    { name: 'section 六 left out', text: lines.slice(0, 75).join('\n') },
    { name: 'section 五 left out', text: drop(71, 75) },
  ],
  'section-order': [
    { name: 'section 五 after 六', text: [...lines.slice(0, 71), ...lines.slice(75), '', ...lines.slice(71, 75)].join('\n') },
  ],
  label: [
    { name: 'seed 001: (七)总记', text: seed('001') },
    { name: '7. 属于行政执法案卷 written 7. 属于行政执法卷宗', text: edit(48, '行政执法案卷', '行政执法卷宗') },
    { name: 'a misspelt section heading: 四、政府信息公开行政法复议、行政诉讼情况', text: jiangbei.replace('四、政府信息公开行政复议', '四、政府信息公开行政法复议') },
    { name: 'a stray digit: 22. 其他法律行政法规禁止公开', text: editJiangbei('\t\t2. 其他法律', '2. 其他法律', '22. 其他法律') },
    { name: 'a wrong sub-number: 3. 其他法律行政法规禁止公开 in place 2', text: editJiangbei('\t\t2. 其他法律', '2. 其他法律', '3. 其他法律') },
    { name: 'a doubled label: （七）总记 beside (七) 总计', text: editJiangbei('\t(七) 总计', '\t(七) 总计', '\t（七）总记\t(七) 总计') },
    { name: 'seed 001: debris of the PDF in the header of table 三', text: seed('001') },
  ],
  'narrative-mismatch': [
    { name: 'seed 001: the text says 9 answered, table 三 says 45', text: seed('001') },
    { name: 'the text says 56 received, table 三 says 57', text: consistent.replace('新接收政府信息公开申请 57 件', '新接收政府信息公开申请 56 件') },
  ],
  'split-number': [
    { name: '一、本年新收 · 自然人 41 split by extraction into 4 and 1', text: edit(38, '\t41\t9\t', '\t4\t1\t9\t') },
  ],
  'blank-cell': [
    { name: '3. 补正后申请内容仍不明确 · 商业企业 left blank', text: edit(52, /\t0\t0\t0\t0\t0\t0\t0$/, '\t0\t\t0\t0\t0\t0\t0') },
    { name: '2. 其他法律行政法规禁止公开 with 社会公益组织 and 法律服务机构 blank', text: edit(43, /\t0\t0\t0\t0\t0\t0$/, '\t0\t0\t\t\t0\t0') },
  ],
  rollforward: [
    { name: '行政规范性文件 · 现行有效 26, last year 23 + 3 − 1 = 25', text: editJiangbei('行政规范性文件', '3\t1\t25', '3\t1\t26').replace('现行有效25件', '现行有效26件'), others: [jiangbei2023] },
  ],
  'empty-section': [
    { name: 'section 五 says only 无', text: sectionText('#### 五、存在的主要问题及改进情况', '#### 六、其他需要报告的事项', '\n\n无\n\n') },
    { name: 'section 六 says only 无: nothing on 信息处理费', text: sectionText('#### 六、其他需要报告的事项', undefined, '\n\n无\n') },
  ],
  'heading-numbering': [
    { name: 'sections 五 and 六 numbered 四 and 五', text: jiangbei.replace('#### 五、存在的主要问题', '#### 四、存在的主要问题').replace('#### 六、其他需要', '#### 五、其他需要') },
    { name: 'sub-topics of 总体情况 numbered 二、 and 五、', text: jiangbei.replace('(二) 依申请公开：', '二、依申请公开：').replace('(五) 监督保障：', '五、监督保障：') },
  ],
  'year-mismatch': [
    { name: 'the statistics period says 2023 in the 2024 report', text: jiangbei.replace('自2024年1月1日起至2024年12月31日止', '自2023年1月1日起至2023年12月31日止') },
    { name: 'a 2020 report that speaks of 2024', text: jiangbei.replace('# 江北区司法局 2024 年', '# 江北区司法局 2020 年') },
  ],
  'unreadable-table': [
    { name: 'every cell of every table on a line of its own, as plain pdftotext gives a PDF', text: lines.map((l) => l.split('\t').filter((c) => c.trim() !== '').join('\n')).join('\n') },
  ],
  'year-over-year': [
    { name: '行政许可 560 decisions, 110 last year', text: editJiangbei('行政许可', '126', '560'), others: [jiangbei2023] },
  ],
  'similar-to-last-year': [
    { name: 'the 2024 text is last year’s with the figures changed', text: jiangbei, others: [{ text: jiangbei.replace('2024 年政府', '2023 年政府').replace(/40件/g, '24件'), path: 'reports/江北区司法局-2023.txt' }] },
  ],
  carryover: [
    { name: '上年结转 · 自然人 is 3, last year carried forward 2', text: consistent, others: [{ text: lastYear, path: 'reports/临河县自然资源局-2023.txt' }] },
  ],
};
