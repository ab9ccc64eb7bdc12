// The seed reports, and variants of them with one thing broken, for the protocol tests.
import * as fs from 'node:fs';
import * as path from 'node:path';

const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');

export const seedNames = ['000', '001', '002', '003', '004'];

export function seedText(name: string): string {
  return fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(name))!), 'utf8');
}

/** Row 一 of table 三 in seed 000 (line 38), every cell 0. */
export const NEW_APPLICATIONS = '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0';

/** Seed 000 with the 总计 of row 一 (line 38, the last cell) changed from 0 to `total`. */
export function brokenTotal(total = 5): string {
  const text = seedText('000');
  if (!text.includes(NEW_APPLICATIONS)) throw new Error('seed 000 changed');
  return text.replace(NEW_APPLICATIONS, NEW_APPLICATIONS.replace(/0$/, String(total)));
}

/** Seed 000 without the lines that pass the test. */
export function without(test: (line: string) => boolean): string {
  return seedText('000').split('\n').filter((l) => !test(l)).join('\n');
}

/** Seed 000 as the report of `year` whose 结转下年度继续办理 carries `carried` applications of natural persons. */
export function yearOf000(year: number, carried = 0): string {
  return seedText('000')
    .replace('2024 年政府信息公开工作年度报告', `${year} 年政府信息公开工作年度报告`)
    .replace('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', `四、结转下年度继续办理\t\t${carried}\t0\t0\t0\t0\t0\t${carried}`);
}
