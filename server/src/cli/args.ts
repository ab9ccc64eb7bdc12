// The command line of xxgk-lint (CONTRACT §4): options, their values and the usage text.
import { localeOf, type Locale } from '../core';

export const USAGE = `用法 / usage: xxgk-lint [options] PATH...
  PATH            报告文件（.txt .md .pdf .docx .html .htm），或要在其中查找报告的文件夹
                  / report files, or folders searched for them
  --format F      text（默认）、json、sarif、html（一页审核报告，浏览器打开）、csv（每条问题一行，Excel 可直接打开）
                  / output format: text (default), json, sarif, html (one review page), csv (one row per finding)
  --locale L      zh-CN（默认）或 en / language of messages
  --fix           就地写回所有可确定的修正（只改文本文件） / rewrite each text file in place with every safe fix
  --to-text       输出 PDF、Word 或网页文件转换所得的报告文本 / print the report text a PDF, Word or HTML file converts to
  --stdin         从标准输入读取一份报告 / read one report from standard input
  --jobs N        同时转换 PDF 文件的线程数（默认取处理器核数，最多 4；1 为一次只转换一个）
                  / threads converting PDFs at once (default: the cores, at most 4; 1: one PDF at a time)
  -v, --version   显示版本号 / show the version
  -h, --help      显示本说明 / show this help
退出码 / exit status: 0 无错误 / no error, 1 有错误 / errors found,
  2 用法或读写错误，或没有检查到任何报告 / usage or I/O error, or no report checked at all`;

const FORMATS = ['text', 'json', 'sarif', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Options {
  format: Format;
  locale: Locale;
  fix: boolean;
  toText: boolean;
  stdin: boolean;
  /** Threads converting PDFs at once; undefined: as many as the cores, up to a few. */
  jobs?: number;
  paths: string[];
}

/** The most --jobs takes: each thread holds its own PDF.js. */
const MAX_JOBS = 64;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const options: Options = { format: 'text', locale: 'zh-CN', fix: false, toText: false, stdin: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${arg} 需要一个值 / needs a value`);
      return v;
    };
    const name = arg.split('=')[0];
    if (name === '-h' || name === '--help') return 'help';
    if (name === '-v' || name === '--version') return 'version';
    else if (name === '--format') {
      const format = value();
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`未知的输出格式 / unknown format: ${format}`);
      options.format = format as Format;
    } else if (name === '--locale') {
      const locale = value();
      if (!/^(zh(-cn)?|en(-\w+)?)$/i.test(locale)) throw new UsageError(`未知的语言 / unknown locale: ${locale}`);
      options.locale = localeOf(locale);
    } else if (name === '--jobs') {
      const jobs = value();
      if (!/^\d+$/.test(jobs) || Number(jobs) < 1 || Number(jobs) > MAX_JOBS) throw new UsageError(`--jobs 需要 1 到 ${MAX_JOBS} 之间的整数 / --jobs takes a whole number from 1 to ${MAX_JOBS}: ${jobs}`);
      options.jobs = Number(jobs);
    } else if (name === '--fix') options.fix = true;
    else if (name === '--to-text') options.toText = true;
    else if (name === '--stdin') options.stdin = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项 / unknown option: ${arg}`);
    else options.paths.push(arg);
  }
  if (options.stdin === (options.paths.length > 0)) throw new UsageError('请给出文件或文件夹，或使用 --stdin / give files or folders, or --stdin');
  if (options.toText && (options.fix || options.paths.length !== 1)) {
    throw new UsageError('--to-text 只接受一个文件，且不能与 --fix 同用 / --to-text takes one file, and not with --fix');
  }
  return options;
}
