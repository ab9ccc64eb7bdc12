// Holds the layers' import direction: core ← server (lsp) ← client, core ← cli, convert beside core, and threads under the CLI and the server.
// The core knows text and ranges only: no editor API, no protocol, no file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const rules = [
  { dir: 'server/src/core', forbidden: [/^vscode/, /^node:/, /^(fs|path|child_process|os)$/, /\/(lsp|cli|convert)\//, /^\.\.\/(lsp|cli|convert)/] },
  // Converters turn bytes into report text: no editor, no file system, and of the core only its statute's types.
  { dir: 'server/src/convert', forbidden: [/^vscode/, /^node:/, /^(fs|path|child_process|os)$/, /\/(lsp|cli)\//, /^\.\.\/(lsp|cli)/], typesOnly: /^\.\.\/core/ },
  // Threads run jobs: they know neither what the jobs are nor who asks for them.
  { dir: 'server/src/threads', forbidden: [/^vscode/, /\/(core|convert|lsp|cli)\//, /^\.\.\/(core|convert|lsp|cli)/] },
  { dir: 'server/src/cli', forbidden: [/^vscode/, /\/lsp\//, /^\.\.\/lsp/] },
  { dir: 'server/src/lsp', forbidden: [/^vscode$/, /^vscode-languageclient/, /\/cli\//, /^\.\.\/cli/] },
  { dir: 'client/src', forbidden: [/server\/src/] },
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
let problems = 0;
for (const { dir, forbidden, typesOnly } of rules) {
  let list;
  try {
    list = [...files(dir)];
  } catch {
    continue;
  }
  for (const file of list) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = m[1] ?? m[2] ?? m[3];
      if (forbidden.some((re) => re.test(target))) {
        console.error(`${file}: imports ${target}, which its layer may not use`);
        problems++;
      } else if (typesOnly?.test(target) && !/^\s*(import|export)\s+type\b/.test(m[0])) {
        console.error(`${file}: imports code from ${target}, of which its layer may use types only`);
        problems++;
      }
    }
  }
}
if (problems > 0) process.exit(1);
console.log('layers: ok');
