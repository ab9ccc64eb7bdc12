// What xxgk-lint itself says about files and the run (the findings' messages are the core's).
import type { Bilingual } from '../core';
import type { Kind } from './files';

const KIND_NAMES: Record<Exclude<Kind, 'text'>, Bilingual> = {
  pdf: { zh: 'PDF', en: 'PDF' },
  docx: { zh: 'Word', en: 'Word' },
  html: { zh: '网页', en: 'web page' },
};

export const cliMessages = {
  noSuchPath: (p: string): Bilingual => ({ zh: `找不到文件或文件夹：${p}`, en: `No such file or folder: ${p}` }),
  cannotWrite: (p: string): Bilingual => ({ zh: `无法写入文件：${p}`, en: `Cannot write ${p}` }),
  notReportAdvice: (kind: Kind): Bilingual => kind === 'text'
    ? { zh: '如果它是年度报告，请确认开头有“××××年……政府信息公开工作年度报告”的标题和六个法定章节标题。', en: 'If it is an annual report, check that it opens with its title (…政府信息公开工作年度报告 for a year) and has the six statutory section headings.' }
    : { zh: '如果它是年度报告，请用 --to-text 查看转换所得的文本并核对标题和章节。', en: 'If it is an annual report, look at the converted text with --to-text and check its title and sections.' },
  fixNotConverted: (kind: Exclude<Kind, 'text'>): Bilingual => ({
    zh: `未修正：--fix 不改写${KIND_NAMES[kind].zh}文件。请用 xxgk-lint --to-text 文件 > 报告.txt 转为文本，再对文本使用 --fix。`,
    en: `Not fixed: --fix never rewrites a ${KIND_NAMES[kind].en} file. Convert it with xxgk-lint --to-text FILE > report.txt and run --fix on the text.`,
  }),
  fixUnfaithful: {
    zh: '未修正：此文件的部分字节无法原样读回，改写会改动修正以外的内容，因此没有写入任何内容。请先修好这些字节（或另存为 UTF-8），再使用 --fix。',
    en: 'Not fixed: some bytes of this file do not read back as they are, so rewriting it would change more than the fixes; nothing was written. Repair those bytes (or save the file as UTF-8), then run --fix.',
  } satisfies Bilingual,
  readerFailed: {
    zh: '转换此文件时转换程序意外退出（可能是文件过大或已损坏），未能检查。请用 xxgk-lint --to-text 单独转换此文件，或重新导出后再检查。',
    en: 'The converter stopped unexpectedly on this file (it may be too large or damaged), so it was not checked. Convert it alone with xxgk-lint --to-text, or export it again, then check it.',
  } satisfies Bilingual,
  readerTimedOut: (seconds: number): Bilingual => ({
    zh: `转换此文件超过 ${seconds} 秒仍未完成，已停止转换，未能检查（文件可能已损坏或结构异常）。请从原始 Word 文件重新导出 PDF，或把报告另存为文本文件后再检查。`,
    en: `Converting this file took longer than ${seconds} seconds and was stopped, so it was not checked (the file may be damaged or unusually built). Export the PDF again from the original Word file, or save the report as a text file, then check it.`,
  }),
  converted: (done: number, total: number): Bilingual => ({ zh: `正在读取：已转换 ${done}/${total} 个 PDF、Word 或网页文件`, en: `Reading: ${done} of ${total} PDF, Word or web files converted` }),
  checked: (done: number, total: number): Bilingual => ({ zh: `正在检查：已检查 ${done}/${total} 个文件`, en: `Checking: ${done} of ${total} files checked` }),
  noReport: (files: number): Bilingual => files === 0
    ? { zh: '没有找到可检查的文件（.txt .md .pdf .docx .html .htm）：未检查任何年度报告。', en: 'No file to check was found (.txt .md .pdf .docx .html .htm): no annual report was checked.' }
    : { zh: `给出的 ${files} 个文件中没有一份可检查的政府信息公开工作年度报告，未检查任何报告（各文件的原因见输出）。`, en: `None of the ${files} file(s) given is an annual report that could be checked: no report was checked (each file's reason is in the output).` },
};
