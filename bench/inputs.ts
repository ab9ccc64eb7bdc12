// Inputs the benches share.

/** One table 三 of `rows` value rows: the seed's rows, cycled. */
export function oneHugeTable(seed: string, rows: number): string {
  const lines = seed.split('\n');
  const first = lines.findIndex((l) => l.startsWith('一、本年新收'));
  const last = lines.findIndex((l) => l.startsWith('四、结转下年度'));
  const body = lines.slice(first, last + 1).filter((l) => l.includes('\t'));
  const out = lines.slice(0, first);
  for (let i = 0; i < rows; i++) out.push(body[i % body.length]);
  return [...out, ...lines.slice(last + 1)].join('\n');
}
