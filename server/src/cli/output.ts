// The three output formats of xxgk-lint: text for people, JSON (CONTRACT §4) and SARIF for tools.
import { codes, defaultSeverity, type Diagnostic, type Locale } from '../core';

export interface FileResult {
  path: string;
  format: '2021' | '2019' | null;
  year?: number;
  organization?: string;
  diagnostics: Diagnostic[];
  /** Why the file was not checked, or that it is not a report. */
  note?: string;
}

function plain(d: Diagnostic) {
  const { code, severity, message, range, expected, actual } = d;
  return { code, severity, message, range, ...(expected !== undefined ? { expected, actual } : {}) };
}

export function toJson(results: FileResult[]): string {
  return JSON.stringify({
    version: 1,
    files: results.map((r) => ({
      path: r.path, format: r.format, year: r.year ?? null, organization: r.organization ?? null,
      diagnostics: r.diagnostics.map(plain), ...(r.note ? { note: r.note } : {}),
    })),
  }, null, 2);
}

export function toText(results: FileResult[], locale: Locale): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.note) lines.push(`${r.path}: ${r.note}`);
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
    }
  }
  lines.push(locale === 'en'
    ? `${results.length} file(s) checked: ${errors} error(s), ${warnings} warning(s).`
    : `共检查 ${results.length} 个文件：${errors} 个错误，${warnings} 个警告。`);
  return lines.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function toSarif(results: FileResult[], version: string): string {
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'xxgk-lint', version, informationUri: 'https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm',
          rules: codes.map((id) => ({ id, defaultConfiguration: { level: SARIF_LEVEL[defaultSeverity[id]] } })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => r.diagnostics.map((d) => ({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.path.split('\\').join('/') },
            region: {
              startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
            },
          },
        }],
        ...(d.expected !== undefined ? { properties: { expected: d.expected, actual: d.actual } } : {}),
      }))),
    }],
  }, null, 2);
}
