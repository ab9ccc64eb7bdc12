// The reports the editor tests open, and what the command-line checker says of them: the editors
// must show what the CLI prints, since both are shells over one core.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../server/src/core';
import { seedText } from '../lsp/seeds';
import { ROOT } from './tools';

const CLI = path.join(ROOT, 'dist', 'cli.js');

export const SAMPLE = '临河县自然资源局-2024.txt';
export const SEED = '001_eaba220d81829207.txt';
/** The sample as another body's draft, for the fix-on-save test. */
export const DRAFT = '临河县林业和草原局-2024.txt';

export function sampleText(): string {
  return fs.readFileSync(path.join(ROOT, 'samples', SAMPLE), 'utf8');
}

export function reportFiles(): Record<string, string> {
  return {
    [SAMPLE]: sampleText(),
    [SEED]: seedText(SEED.slice(0, 3)),
    [DRAFT]: sampleText().replace(/临河县自然资源局/g, '临河县林业和草原局'),
  };
}

/** A diagnostic as `xxgk-lint --format json` prints it. */
export type CliDiagnostic = Pick<Diagnostic, 'code' | 'severity' | 'message' | 'range'>;

export function cliDiagnostics(file: string, locale: 'en' | 'zh-CN'): CliDiagnostic[] {
  // Exit status 1 means errors were found: the JSON is printed all the same.
  const lint = spawnSync(process.execPath, [CLI, '--format', 'json', '--locale', locale, file], { encoding: 'utf8' });
  if (lint.status !== 0 && lint.status !== 1) throw new Error(`xxgk-lint exited ${lint.status}: ${lint.stderr}`);
  return JSON.parse(lint.stdout).files[0].diagnostics;
}

export function cliFixed(text: string): string {
  return execFileSync(process.execPath, [CLI, '--stdin', '--fix'], { input: text, encoding: 'utf8' });
}

/** The row （二）部分公开 of the sample ends in its 总计, 5 (= 4 + 1). */
const PARTIAL_TOTAL = /(部分公开[^\n]*\t)5(\t\r?\n)/;

/** `text` with the 总计 of （二）部分公开 made `total`. */
export function withPartialTotal(text: string, total: number): string {
  if (!PARTIAL_TOTAL.test(text)) throw new Error('the sample changed: no row （二）部分公开 ending in 5');
  return text.replace(PARTIAL_TOTAL, `$1${total}$2`);
}
