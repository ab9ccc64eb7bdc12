// JSON (CONTRACT §4) and SARIF 2.1.0 for tools, each a valid document written file by file.
import { codes, defaultSeverity, type Diagnostic } from '../../core';
import { pageOf, type FileResult, type Writer, type WriterOptions } from './result';

/** The fields of a finding the contract names; JSON.stringify leaves out those undefined (expected, actual, page). */
function plain(r: FileResult, d: Diagnostic) {
  const { code, severity, message, range, expected, actual } = d;
  return { code, severity, message, range, expected, actual, page: pageOf(r, d) };
}

/** Characters written at a time: one write for many small reports, no whole-file string for a huge one. */
const CHUNK = 1 << 16;
/** Diagnostics turned into JSON by one call. */
const BATCH = 256;

/** Gathers what is added and writes it CHUNK characters at a time; `end` writes the rest. */
function chunked(out: (text: string) => void) {
  let pending = '';
  return {
    add(text: string) {
      pending += text;
      if (pending.length >= CHUNK) {
        out(pending);
        pending = '';
      }
    },
    end(text: string) {
      out(pending + text);
      pending = '';
    },
  };
}

/** Opens an array inside a document, writes one element per line as they come, and closes it. */
function streamedArray(out: (text: string) => void, head: string, tail: string) {
  const chunks = chunked(out);
  let first = true;
  chunks.add(`${head}\n`);
  return {
    add(value: unknown) {
      chunks.add(`${first ? '' : ','}${JSON.stringify(value)}\n`);
      first = false;
    },
    close: () => chunks.end(`${tail}\n`),
  };
}

export function jsonWriter({ out }: WriterOptions): Writer {
  const chunks = chunked(out);
  let first = true;
  chunks.add('{"version":1,"files":[\n');
  return {
    file(r) {
      // The file's fields, then its diagnostics a batch at a time: a table of a million rows has a million.
      const head = JSON.stringify({ path: r.path, format: r.format, year: r.year ?? null, organization: r.organization ?? null, diagnostics: [] });
      chunks.add(`${first ? '' : ','}${head.slice(0, -2)}`);
      for (let i = 0; i < r.diagnostics.length; i += BATCH) {
        const batch = JSON.stringify(r.diagnostics.slice(i, i + BATCH).map((d) => plain(r, d)));
        chunks.add(`${i === 0 ? '' : ','}${batch.slice(1, -1)}`);
      }
      chunks.add(`]${r.notes.length ? `,"note":${JSON.stringify(r.notes.join(' '))}` : ''}}\n`);
      first = false;
    },
    end: () => chunks.end(']}\n'),
  };
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function sarifWriter({ out, version }: WriterOptions): Writer {
  const driver = {
    name: 'xxgk-lint', version, informationUri: 'https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm',
    rules: codes.map((id) => ({ id, defaultConfiguration: { level: SARIF_LEVEL[defaultSeverity[id]] } })),
  };
  const head = `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},"columnKind":"utf16CodeUnits","results":[`;
  const results = streamedArray(out, head, ']}]}');
  return {
    file(r) {
      for (const d of r.diagnostics) {
        const page = pageOf(r, d);
        const properties = { ...(d.expected !== undefined ? { expected: d.expected, actual: d.actual } : {}), ...(page !== undefined ? { page } : {}) };
        results.add({
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
          ...(Object.keys(properties).length ? { properties } : {}),
        });
      }
    },
    end: () => results.close(),
  };
}
