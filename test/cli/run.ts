// Running the built xxgk-lint as a user does, and the files it reads.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const root = path.join(__dirname, '..', '..');
export const cli = path.join(root, 'dist', 'cli.js');
export const repro = (name: string) => path.join(root, '..', 'shared', 'repro', name);
export const realPdf = (name: string) => path.join(root, '..', 'shared', 'corpus', 'pdf', name);
const seeds = path.join(root, 'test', 'fixtures', 'seeds');
export const seed = (n: string) => path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))!);
export const seedText = (n: string) => fs.readFileSync(seed(n), 'utf8');

export function run(args: string[], input?: Buffer | string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), raw: r.stdout };
}

export function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-cli-'));
}

/** The report of seed 000 retitled for another year, with its 结转下年度 row set to `carried`. */
export function yearOf(year: number, carried = '0\t0\t0\t0\t0\t0\t0', carriedIn = '0\t0\t0\t0\t0\t0\t0'): string {
  return seedText('000')
    .replace('2024 年政府信息公开工作年度报告', `${year} 年政府信息公开工作年度报告`)
    .replace('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', `四、结转下年度继续办理\t\t${carried}`)
    .replace('二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0', `二、上年结转政府信息公开申请数量\t\t${carriedIn}`);
}
