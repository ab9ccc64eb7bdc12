// xxgk-lint: the command-line shell over the core (CONTRACT §4).
import * as fs from 'node:fs';
import { check, fixAll, localeOf, messages, parse, say, type Locale, type Report } from '../core';
import { version } from '../../../package.json';
import { decode, encode, expandPaths, readSource, Unreadable, type Source } from './files';
import { toJson, toSarif, toText, type FileResult } from './output';

const USAGE = `用法 / usage: xxgk-lint [options] PATH...
  PATH            报告文件，或要查找 *.txt、*.md 的文件夹 / files, or folders searched for *.txt and *.md
  --format F      text（默认）、json、sarif / output format
  --locale L      zh-CN（默认）或 en / language of messages
  --fix           就地写回所有可确定的修复 / rewrite each file in place with every safe fix
  --stdin         从标准输入读取一份报告 / read one report from standard input
  -h, --help      显示本说明 / show this help
退出码 / exit status: 0 无错误 / no error, 1 有错误 / errors found, 2 用法或读写错误 / usage or I/O error`;

interface Options {
  format: 'text' | 'json' | 'sarif';
  locale: Locale;
  fix: boolean;
  stdin: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { format: 'text', locale: 'zh-CN', fix: false, stdin: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${arg} 需要一个值 / needs a value`);
      return v;
    };
    const name = arg.split('=')[0];
    if (name === '-h' || name === '--help') return 'help';
    else if (name === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`未知的输出格式 / unknown format: ${format}`);
      options.format = format;
    } else if (name === '--locale') {
      const locale = value();
      if (!/^(zh(-cn)?|en(-\w+)?)$/i.test(locale)) throw new UsageError(`未知的语言 / unknown locale: ${locale}`);
      options.locale = localeOf(locale);
    } else if (name === '--fix') options.fix = true;
    else if (name === '--stdin') options.stdin = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项 / unknown option: ${arg}`);
    else options.paths.push(arg);
  }
  if (options.stdin === (options.paths.length > 0)) throw new UsageError('请给出文件或文件夹，或使用 --stdin / give files or folders, or --stdin');
  return options;
}

interface Loaded {
  source?: Source;
  report?: Report;
  result: FileResult;
  ioError?: boolean;
}

function load(file: string, read: () => Source, locale: Locale): Loaded {
  try {
    const source = read();
    const report = parse(source.text);
    const result: FileResult = { path: file, format: report.statute?.statute.version ?? null, year: report.year, organization: report.organization, diagnostics: [] };
    if (!report.statute) result.note = say(locale, messages.notReport);
    return { source, report, result };
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    return { result: { path: file, format: null, diagnostics: [], note: locale === 'en' ? error.en : error.zh }, ioError: error.ioError };
  }
}

function readStdin(): Source {
  return decode(fs.readFileSync(0), '<stdin>');
}

export function run(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    out(USAGE);
    return 0;
  }
  const { locale } = options;
  const { files, missing } = options.stdin ? { files: ['<stdin>'], missing: [] } : expandPaths(options.paths);
  for (const m of missing) err(locale === 'en' ? `No such file or folder: ${m}` : `找不到文件或文件夹：${m}`);
  let ioError = missing.length > 0;
  const loaded = files.map((f) => load(f, options.stdin ? readStdin : () => readSource(f), locale));
  const reports = loaded.flatMap((l) => (l.report?.statute ? [{ report: l.report, path: l.result.path }] : []));
  for (const l of loaded) {
    if (!l.report?.statute || !l.source) continue;
    let report = l.report;
    if (options.fix) {
      const fixed = fixAll(l.source.text);
      if (fixed !== l.source.text) {
        report = parse(fixed);
        if (!options.stdin) {
          try {
            fs.writeFileSync(l.source.path, encode(l.source, fixed));
          } catch {
            err(locale === 'en' ? `Cannot write ${l.source.path}` : `无法写入文件：${l.source.path}`);
            ioError = true;
          }
        }
      }
      if (options.stdin) process.stdout.write(encode(l.source, fixed));
    }
    l.result.diagnostics = check(report, { locale, others: reports.filter((r) => r.report !== l.report) });
  }
  const results = loaded.map((l) => l.result);
  if (!(options.stdin && options.fix)) {
    out(options.format === 'json' ? toJson(results) : options.format === 'sarif' ? toSarif(results, version) : toText(results, locale));
  }
  if (ioError || loaded.some((l) => l.ioError)) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), (t) => process.stdout.write(t + '\n'), (t) => process.stderr.write(t + '\n'));
}
