// The browser entry's esbuild options, shared by bundle.mjs and the test that scans the result
// (test/unit/extension/web-bundle.test.ts), so the test checks exactly what ships.
//
// The browser's extension host (vscode.dev, github.dev) runs the bundle in a web worker, which has no
// Node API: the same extension code as the desktop bundle, from its web entry point, with the
// Node-only parts of its dependencies left out.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** esbuild options for dist/web/extension.js (the caller adds `outfile`, or `write: false`). */
export function webBundleOptions(root, { production = false } = {}) {
  const require = createRequire(join(root, 'package.json'));
  return {
    entryPoints: [join(root, 'src/extension/web/main.ts')],
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    // The extension host loads it as CommonJS, with `require('vscode')` answered by the host.
    format: 'cjs',
    external: ['vscode'],
    sourcemap: production ? false : 'linked',
    minify: production,
    // Shortens the Node branches below to `if (false)` and drops them, also when not minifying.
    minifySyntax: true,
    logLevel: 'warning',
    // The extension gives web-tree-sitter its runtime .wasm as bytes, so no script URL is ever used
    // to find it; such a URL would come from `import.meta.url`, which a CommonJS bundle lacks.
    define: { 'import.meta.url': '""' },
    // jsonc-parser's main entry is a UMD build that requires its parts at run time, which a bundle
    // cannot follow: bundle its ES module build instead (as the desktop bundle does).
    alias: { 'jsonc-parser': join(dirname(require.resolve('jsonc-parser')), '..', 'esm', 'main.js') },
    plugins: [withoutNodeBranches()],
  };
}

/**
 * web-tree-sitter is one build for Node and browsers that asks at run time whether it is in Node
 * and then requires fs, path, url and module. The browser build must not contain that code at all,
 * so its Node test is replaced with `false` here and the branches it guards are removed as dead
 * code. Fails the build when the library's text no longer matches, rather than ship Node code.
 */
function withoutNodeBranches() {
  const nodeTests = [
    [
      'var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";',
      '',
    ],
    [/\bENVIRONMENT_IS_NODE\b/g, 'false'],
    ['globalThis.process?.versions.node', 'false'],
  ];
  return {
    name: 'without-node-branches',
    setup(build) {
      build.onLoad({ filter: /web-tree-sitter[\\/]web-tree-sitter\.js$/ }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [from, to] of nodeTests) {
          const next = text.replace(from, to);
          if (next === text)
            throw new Error(`web-tree-sitter changed: ${String(from)} not found in ${args.path}`);
          text = next;
        }
        return { contents: text, loader: 'js' };
      });
    },
  };
}
