// The three real PDFs of ../shared/corpus/pdf as text, made at test time by Debian's poppler-utils
// (installed once when missing and we are root); neither the PDFs nor their text are committed.
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const PDF_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'pdf');

/** How the text was taken: `pdftotext -layout` as is, with runs of two or more spaces made tabs, or plain `pdftotext`. */
export type PdfTextMode = 'layout' | 'layout-tabs' | 'plain';

function hasPdftotext(): boolean {
  return !spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error;
}

let checked = false;

function ensurePdftotext(): void {
  if (checked || hasPdftotext()) {
    checked = true;
    return;
  }
  if (process.getuid?.() !== 0) throw new Error('pdftotext is missing: install it with `sudo apt-get install -y poppler-utils`');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
  checked = true;
}

export function pdfText(file: string, mode: PdfTextMode): string {
  ensurePdftotext();
  const args = mode === 'plain' ? [] : ['-layout'];
  const text = execFileSync('pdftotext', [...args, '-enc', 'UTF-8', path.join(PDF_DIR, file), '-'], { encoding: 'utf8' });
  return mode === 'layout-tabs' ? text.replace(/ {2,}/g, '\t') : text;
}
