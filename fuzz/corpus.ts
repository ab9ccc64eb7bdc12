// What the campaign mutates: the seeds, the samples, the fixtures, and the small reproducers.
import * as fs from 'node:fs';
import * as path from 'node:path';

const FIXTURES = ['test/fixtures/seeds', 'test/fixtures', 'samples'];
const SMALL = 8192;

export function loadCorpus(root: string): string[] {
  const files = FIXTURES.flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, dir, f)));
  const repro = path.join(root, '..', 'shared', 'repro');
  if (fs.existsSync(repro)) files.push(...fs.readdirSync(repro).filter((f) => f.endsWith('.txt')).map((f) => path.join(repro, f)));
  return files.filter((f) => fs.statSync(f).size <= SMALL || f.includes('seeds')).map((f) => fs.readFileSync(f, 'utf8'));
}
