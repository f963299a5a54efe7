#!/usr/bin/env node
// Bundles the extension into self-contained files so the .vsix needs no node_modules: dist/extension.js
// for the desktop extension host (Node) and dist/web/extension.js for the browser's (a web worker:
// vscode.dev, github.dev); and copies the two WebAssembly files the Terraform parser loads at run time.
// `--tests` also bundles the integration suite (test/integration) into out/vscode-tests/, which the
// extension host loads from inside the extension folder (code-server requires that).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webBundleOptions } from './web-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const dist = join(root, 'dist');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  // `vscode` is provided by the extension host; it must never be bundled.
  // The grammar's default location is only looked up when no grammar is given; the extension gives its bytes.
  external: ['vscode', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'],
  // web-tree-sitter's ES module build starts up from `import.meta.url` (its folder, where its runtime
  // .wasm would be), which a CommonJS bundle lacks: point it at the bundle itself.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // jsonc-parser's main entry is a UMD build that requires its parts at run time, which a bundle
  // cannot follow: bundle its ES module build instead.
  alias: { 'jsonc-parser': join(dirname(require.resolve('jsonc-parser')), '..', 'esm', 'main.js') },
};

// dist/cli/ is the command line's own bundle (scripts/cli/bundle.mjs): not ours to remove.
mkdirSync(dist, { recursive: true });
for (const entry of readdirSync(dist))
  if (entry !== 'cli') rmSync(join(dist, entry), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [join(root, 'src/extension/node/main.ts')],
  outfile: join(dist, 'extension.js'),
  minify: production,
});
await build({ ...webBundleOptions(root, { production }), outfile: join(dist, 'web', 'extension.js') });
// The thread that checks large files (src/extension/node/check-worker.ts), started by the extension.
await build({
  ...common,
  entryPoints: [join(root, 'src/extension/node/check-worker.ts')],
  outfile: join(dist, 'check-worker.js'),
  minify: production,
});

// The parser's WebAssembly: the grammar and web-tree-sitter's runtime, found beside the bundle.
// (resolved through each package's main entry: web-tree-sitter does not export its package.json)
const wasm = [
  ['@tree-sitter-grammars/tree-sitter-hcl/package.json', 'tree-sitter-terraform.wasm'],
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
];
for (const [entry, file] of wasm) copyFileSync(join(dirname(require.resolve(entry)), file), join(dist, file));

// Codicons for the report webview (its CSP allows only fonts and styles from the extension).
mkdirSync(join(dist, 'codicons'), { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf'])
  copyFileSync(
    join(dirname(require.resolve('@vscode/codicons/package.json')), 'dist', file),
    join(dist, 'codicons', file),
  );

if (args.has('--tests')) {
  const suiteDir = join(root, 'test/integration');
  const outDir = join(root, 'out/vscode-tests/integration');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    ...common,
    sourcemap: 'inline',
    entryPoints: readdirSync(suiteDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(suiteDir, f)),
    outdir: outDir,
    // mocha is resolved from the project's node_modules at run time (it reads its own files).
    external: ['vscode', 'mocha'],
  });
}
console.log(
  `bundled ${production ? '(production) ' : ''}into ${dist}${args.has('--tests') ? ' and out/vscode-tests' : ''}`,
);
