// The output formats of xxgk-lint, each a Writer fed file by file.
import type { Format } from '../args';
import { csvWriter } from './csv';
import { htmlWriter } from './html';
import { jsonWriter, sarifWriter } from './json';
import type { Writer, WriterOptions } from './result';
import { textWriter } from './text';

const WRITERS: Record<Format, (options: WriterOptions) => Writer> = {
  text: textWriter,
  json: jsonWriter,
  sarif: sarifWriter,
  csv: csvWriter,
  html: htmlWriter,
};

/** The review page offers each finding's fix; the other formats list findings only, so their check builds no fixes. */
export function showsFixes(format: Format): boolean {
  return format === 'html';
}

export function createWriter(format: Format, options: WriterOptions): Writer {
  return WRITERS[format](options);
}
