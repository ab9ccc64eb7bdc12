// Bundles the three entry points with esbuild: the extension (vscode external), the language server and the CLI.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: !watch, sourcemap: watch, logLevel: 'warning' };
// iconv-lite (GBK) is built beside the CLI and required from it only for a file that is not UTF-8,
// so that the start of every run does not compile it.
const iconvBeside = {
  name: 'iconv-beside',
  setup: (build) => build.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: './iconv-lite.js', external: true })),
};
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [iconvBeside] },
  { stdin: { contents: "module.exports = require('iconv-lite');", resolveDir: '.' }, outfile: 'dist/iconv-lite.js' },
];
for (const entry of entries) {
  const options = { ...common, ...entry };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
