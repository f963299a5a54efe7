import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found by walking up to icp-check's package.json, so the bench works both
 * compiled (out/bench) and run from source with tsx (bench/).
 */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'icp-check')
      return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`icp-check's package.json not found above ${__dirname}`);
    dir = up;
  }
}

export const paths = {
  work: () => join(repoRoot(), 'bench', 'work'),
  results: () => join(repoRoot(), 'bench', 'RESULTS.md'),
  terraformWasm: () =>
    join(
      repoRoot(),
      'node_modules',
      '@tree-sitter-grammars',
      'tree-sitter-hcl',
      'tree-sitter-terraform.wasm',
    ),
  cli: () => join(repoRoot(), 'out', 'src', 'cli', 'main.js'),
  bundledCli: () => join(repoRoot(), 'dist', 'cli', 'icp-check.js'),
  bundle: () => join(repoRoot(), 'dist', 'extension.js'),
};
