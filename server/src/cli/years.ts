// The order in which a run checks its files, so that each report is checked with the summary of
// last year's report of the same body at hand while nothing else is kept: the files of a body's
// consecutive years are checked together, years ascending, where the first of them comes in the
// walk; every other file keeps its place. Pairing goes through a map of (body, year), never by comparing every pair of files.
import type { Title } from '../core';

const keyOf = (organization: string, year: number) => `${year}\u0000${organization}`;

export interface Schedule {
  /** Every file once, in the order to check them. */
  order: string[];
  /** Whether a file's report is last year's report of some other file of the run (then keep its summary until that one is checked). */
  isPrevious(title: Title): boolean;
}

export function schedule(files: string[], titles: Map<string, Title>): Schedule {
  const byKey = new Map<string, string[]>();
  for (const file of files) {
    const title = titles.get(file);
    if (!title) continue;
    const key = keyOf(title.organization, title.year);
    const same = byKey.get(key);
    if (same) same.push(file);
    else byKey.set(key, [file]);
  }
  const has = (organization: string, year: number) => byKey.has(keyOf(organization, year));
  const order: string[] = [];
  const placed = new Set<string>();
  for (const file of files) {
    if (placed.has(file)) continue;
    const title = titles.get(file);
    if (!title || !(has(title.organization, title.year - 1) || has(title.organization, title.year + 1))) {
      order.push(file);
      continue;
    }
    let year = title.year;
    while (has(title.organization, year - 1)) year--;
    for (; has(title.organization, year); year++) {
      for (const f of byKey.get(keyOf(title.organization, year))!) {
        if (!placed.has(f)) order.push(f);
        placed.add(f);
      }
    }
  }
  return {
    order,
    isPrevious: (t) => has(t.organization, t.year + 1),
  };
}
