// The words of the rendered report and of the review page, Chinese first.
import type { Bilingual } from '../statute';
import type { Severity } from '../check';

export const labels = {
  blank: { zh: '空白单元格', en: 'Blank cell' },
  lost: { zh: '缺失，按勾稽关系推定为', en: 'Lost; the identities give' },
  should: { zh: '应为', en: 'should be' },
  unaligned: { zh: '数据个数与列数不符，无法确定各数所在列', en: 'The values do not match the columns; where each belongs is unknown' },
  missingRow: { zh: '（缺失）', en: '(missing)' },
  missingTable: { zh: '本部分缺少法定表格', en: 'This section lacks its statutory table' },
  otherFindings: { zh: '其他问题', en: 'Other findings' },
  fix: { zh: '修正', en: 'Fix' },
  notReport: { zh: '不是政府信息公开工作年度报告', en: 'Not an annual report' },
  severity: {
    error: { zh: '错误', en: 'Error' },
    warning: { zh: '警告', en: 'Warning' },
    information: { zh: '提示', en: 'Information' },
    hint: { zh: '提示', en: 'Hint' },
  } as Record<Severity, Bilingual>,
  review: {
    title: { zh: '政府信息公开工作年度报告审核结果', en: 'Annual report review' },
    summary: { zh: '汇总', en: 'Summary' },
    file: { zh: '文件', en: 'File' },
    body: { zh: '报告机关', en: 'Body' },
    year: { zh: '年度', en: 'Year' },
    format: { zh: '格式', en: 'Format' },
    errors: { zh: '错误', en: 'Errors' },
    warnings: { zh: '警告', en: 'Warnings' },
    result: { zh: '结论', en: 'Result' },
    pass: { zh: '通过', en: 'Pass' },
    fail: { zh: '不通过', en: 'Fail' },
    skipped: { zh: '未检查', en: 'Not checked' },
    onlyFailing: { zh: '只看不通过的报告', en: 'Only the failing reports' },
    sortHint: { zh: '点击表头排序', en: 'Click a header to sort' },
    findings: { zh: '发现的问题', en: 'Findings' },
    noFindings: { zh: '未发现问题。', en: 'Nothing found.' },
    line: { zh: '行', en: 'Line' },
    code: { zh: '代码', en: 'Code' },
    message: { zh: '说明', en: 'Message' },
    lastYear: { zh: '上年度报告', en: 'Last year’s report' },
    counts: (files: number, failing: number) => ({ zh: `共 ${files} 份，不通过 ${failing} 份`, en: `${files} files, ${failing} failing` }),
  },
};
