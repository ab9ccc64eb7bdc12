// code-server with a fresh profile, the packaged extension installed, in a process group of its
// own so that stopping it stops every process it started (extension host, language server).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { until } from './until';
import type { Tools } from './tools';

export interface CodeServer {
  url: string;
  workspace: string;
  stop(): Promise<void>;
}

/** User settings: no AI features, nothing that asks to be trusted or shown first, fix-all on save. */
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'files.autoSave': 'off',
  'git.enabled': false, // the run folder lies inside the project's own repository
  'editor.codeActionsOnSave': { 'source.fixAll.xxgk': 'explicit' },
  // Six sections fit the Outline view when their tables are folded in.
  'outline.collapseItems': 'alwaysCollapse',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

export async function startCodeServer(tools: Tools, folder: string, vsix: string, files: Record<string, string>): Promise<CodeServer> {
  const home = path.join(folder, 'home');
  const userData = path.join(folder, 'user-data');
  const extensions = path.join(folder, 'extensions');
  const workspace = path.join(folder, 'workspace');
  const tmp = path.join(folder, 'tmp');
  for (const dir of [home, path.join(userData, 'User'), extensions, workspace, tmp]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), text);

  const env = {
    ...process.env,
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_RUNTIME_DIR: tmp,
  };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(tools.node, [tools.codeServer, ...common, '--install-extension', vsix], { env, stdio: 'pipe' });

  const port = await freePort();
  const log = path.join(folder, 'code-server.log');
  const out = fs.openSync(log, 'w');
  const child: ChildProcess = spawn(
    tools.node,
    [tools.codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--reconnection-grace-time', '5',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await until(() => healthy(url), `code-server listening on ${url} (log: ${log})`, 60_000);
  return {
    url,
    workspace,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return; // the group is gone already
      }
      const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
