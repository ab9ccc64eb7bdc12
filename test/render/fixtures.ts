// The texts the renderer's tests use: the seeds, the sample, and the sample made consistent
// (as test/core/codes.test.ts makes it), into which each error is injected alone.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const seedDir = path.join(root, 'test', 'fixtures', 'seeds');
export const seeds = fs.readdirSync(seedDir).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
export const sample = fs.readFileSync(path.join(root, 'samples', '临河县自然资源局-2024.txt'), 'utf8');
/** The sample with its one wrong total (（一）予以公开 · 总计, line 40) corrected. */
export const consistent = sample.split('\n').map((l, i) => (i === 40 ? l.replace(/\t23\t$/, '\t22\t') : l)).join('\n');

export function setLine(text: string, line: number, edit: (l: string) => string): string {
  return text.split('\n').map((l, i) => (i === line ? edit(l) : l)).join('\n');
}

export function dropLines(text: string, from: number, to = from + 1): string {
  const lines = text.split('\n');
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
}
