// The real PDFs of ../shared/corpus/pdf (never copied into the repository), converted once per run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { convert, isRefusal, type Converted } from '../../server/src/convert';
import { parse, rowName, type Report } from '../../server/src/core';

export const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpus', 'pdf');

const converted = new Map<string, Promise<Converted>>();

export function convertedPdf(name: string): Promise<Converted> {
  if (!converted.has(name)) {
    converted.set(name, convert(new Uint8Array(fs.readFileSync(path.join(CORPUS, name))), name).then((result) => {
      if (isRefusal(result)) throw new Error(result.problem.en);
      return result;
    }));
  }
  return converted.get(name)!;
}

/** Each value row of each table, by its statutory name, with the values the parser read (undefined where it read none). */
export function tableValues(report: Report): Record<string, Record<string, (number | undefined)[]>> {
  return Object.fromEntries(report.tables.map((table) => {
    const values = (row: number) => {
      const model = table.rows.find((r) => r.row === row && !r.duplicate);
      return table.index.spec.columns.map((_, column) => model?.slots?.[column]?.value);
    };
    const rows = table.index.spec.rows.flatMap((row, i) => (row.values ? [[rowName(table, i), values(i)] as const] : []));
    return [table.index.spec.key, Object.fromEntries(rows)];
  }));
}

export const reportOf = (converted: Converted) => parse(converted.text);
