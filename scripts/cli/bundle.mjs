#!/usr/bin/env node
// Bundles the command line into dist/cli/: one file per entry (the CLI and its --jobs worker) plus
// the two WebAssembly files the Terraform parser loads. The published package ships only this
// folder, so it has no runtime dependencies: installing it runs no install script and builds
// nothing (the grammar package's native binding is never used; only its .wasm is copied here).
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const out = join(root, 'dist', 'cli');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: {
    'icp-check': join(root, 'src/cli/main.ts'),
    'check-worker': join(root, 'src/cli/parallel/check-worker.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // ES modules for code splitting: the entry answers a lone --version (main.ts); everything else
  // is in chunks loaded by its dynamic import of run.ts, shared with the --jobs worker.
  format: 'esm',
  splitting: true,
  // Chunks beside the entries: web-tree-sitter finds its .wasm next to the file that loads it.
  chunkNames: '[name]-[hash]',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // The grammar's default location is only looked up when no path is given; the CLI gives the copy beside it.
  external: ['@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'],
  // jsonc-parser's main entry is a UMD build that requires its parts at run time, which a bundle
  // cannot follow: bundle its ES module build instead.
  alias: { 'jsonc-parser': join(dirname(require.resolve('jsonc-parser')), '..', 'esm', 'main.js') },
  // CommonJS names the sources and their dependencies use, defined in every file of the bundle.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join(' '),
  },
});
chmodSync(join(out, 'icp-check.js'), 0o755);
// The .js files here are ES modules (the package itself stays CommonJS for the extension).
writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');

const wasm = [
  ['@tree-sitter-grammars/tree-sitter-hcl/package.json', 'tree-sitter-terraform.wasm'],
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
];
for (const [entry, file] of wasm) copyFileSync(join(dirname(require.resolve(entry)), file), join(out, file));
console.log(`bundled the CLI into ${out}`);
