// Every reason a file is not converted, in the words a drafter needs: what is wrong, then what to do.
import type { Bilingual } from '../core/statute/types';
import type { Refusal } from './index';

const refuse = (zh: string, en: string): Refusal => ({ problem: { zh, en } satisfies Bilingual });
const KIND_NAMES = { pdf: 'PDF', docx: 'Word (.docx)', html: '网页 / web page' } as const;

export const refusals = {
  unknownKind: (fileName: string) =>
    refuse(`无法识别“${fileName}”的文件类型：可导入的是 .pdf、.docx、.html/.htm 文件。`, `Cannot tell what kind of file "${fileName}" is: .pdf, .docx, .html and .htm files can be imported.`),
  wordDoc: refuse(
    '这是旧版 Word 文档（.doc），无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再检查。',
    'This is an old Word document (.doc), which cannot be read directly: save it as .docx in Word or WPS, then check that file.',
  ),
  tooLarge: (bytes: number) =>
    refuse(
      `文件有 ${Math.round(bytes / 1048576)} MB，超过 64 MB 的上限，不像一份年度报告：请确认文件是否正确，或导出为文本后再检查。`,
      `The file is ${Math.round(bytes / 1048576)} MB, over the 64 MB limit, which no annual report needs: check that it is the right file, or export it as text and check that.`,
    ),
  tooManyPages: (pages: number) =>
    refuse(
      `这个 PDF 有 ${pages} 页，超过 300 页的上限，不像一份年度报告：请确认文件是否正确，或只导出报告所在的页面后再检查。`,
      `This PDF has ${pages} pages, over the 300-page limit, which no annual report needs: check that it is the right file, or export only the report's pages.`,
    ),
  scanned: refuse(
    '这个 PDF 是扫描图像，没有可读取的文字：需要先做文字识别（OCR），或找到原始的 Word 文档再检查。',
    'This PDF is a scanned image with no text to read: run text recognition (OCR) on it first, or check the original Word document instead.',
  ),
  encrypted: refuse(
    '这个 PDF 已加密（设有密码或权限保护），无法读取：请用原始的 Word 文档，或先去除密码后再检查。',
    'This PDF is encrypted (password or permission protected) and cannot be read: check the original Word document, or remove the password first.',
  ),
  notDocx: refuse(
    '这个文件不是 Word .docx 文档（其中没有 word/document.xml）：请在 Word 或 WPS 中另存为 .docx 后再检查。',
    'This file is not a Word .docx document (it holds no word/document.xml): save it as .docx in Word or WPS, then check it.',
  ),
  emptyDocument: (kind: 'docx' | 'html') =>
    refuse(
      `这个${kind === 'docx' ? ' Word 文档' : '网页'}中没有找到正文文字：请确认文件是否正确。`,
      `No body text was found in this ${kind === 'docx' ? 'Word document' : 'web page'}: check that it is the right file.`,
    ),
  unreadable: (kind: keyof typeof KIND_NAMES, error: unknown) =>
    refuse(
      `无法读取这个 ${KIND_NAMES[kind]} 文件，文件可能已损坏或并非该格式（${describe(error)}）：请重新导出或下载后再检查。`,
      `This ${KIND_NAMES[kind]} file cannot be read; it may be damaged or not of that format (${describe(error)}): export or download it again, then check it.`,
    ),
};

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 120);
}
