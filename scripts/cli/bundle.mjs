#!/usr/bin/env node
// Bundles the command line into dist/cli/: one file per entry (the CLI and its --jobs worker) plus
// the two WebAssembly files the Terraform parser loads. The published package ships only this
// folder, so it has no runtime dependencies: installing it runs no install script and builds
// nothing (the grammar package's native binding is never used; only its .wasm is copied here).
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
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
  format: 'cjs',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // The grammar's default location is only looked up when no path is given; the CLI gives the copy beside it.
  external: ['@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'],
  // web-tree-sitter's ES module build finds its runtime .wasm from `import.meta.url`, which a CommonJS
  // bundle lacks: point it at the bundle itself, so it loads dist/cli/web-tree-sitter.wasm.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
chmodSync(join(out, 'icp-check.js'), 0o755);

const wasm = [
  ['@tree-sitter-grammars/tree-sitter-hcl/package.json', 'tree-sitter-terraform.wasm'],
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
];
for (const [entry, file] of wasm) copyFileSync(join(dirname(require.resolve(entry)), file), join(out, file));
console.log(`bundled the CLI into ${out}`);
