// Bundles the entry points with esbuild: the extension (vscode external), the language server and the CLI,
// and the converters of PDF, Word and web pages as chunks of their own, which the server and the CLI
// load only when a file of that kind is converted (so neither starts slower for them).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: !watch, sourcemap: watch, logLevel: 'warning' };
// iconv-lite (GBK) is built beside the CLI and required from it only for a file that is not UTF-8,
// so that the start of every run does not compile it.
const iconvBeside = {
  name: 'iconv-beside',
  setup: (build) => build.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: './iconv-lite.js', external: true })),
};
const CONVERTERS = ['pdf', 'docx', 'html'];
/** `import('./pdf.js')` in server/src/convert/index.ts stays a dynamic import, of dist/convert/pdf.mjs. */
const lazyConverters = {
  name: 'lazy-converters',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^\\./(${CONVERTERS.join('|')})\\.js$`) }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('server/src/convert/index.ts') ? { path: `./convert/${args.path.slice(2, -3)}.mjs`, external: true } : undefined);
  },
};
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [lazyConverters] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [iconvBeside, lazyConverters] },
  { stdin: { contents: "module.exports = require('iconv-lite');", resolveDir: '.' }, outfile: 'dist/iconv-lite.js' },
  // ES modules, so that a dynamic import() gives their exports and PDF.js sees its own import.meta.url;
  // require() stays at hand for the CommonJS libraries bundled in them (iconv-lite asks for 'buffer').
  ...CONVERTERS.map((name) => ({
    entryPoints: [`server/src/convert/${name}.ts`], outfile: `dist/convert/${name}.mjs`, format: 'esm',
    // PDF.js asks for an optional canvas package (for rendering, which is not used here) at run time.
    external: ['@napi-rs/canvas'],
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  })),
];
for (const entry of entries) {
  const options = { ...common, ...entry };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
