import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Terraform grammar beside the running script: the bundled CLI (dist/cli, the published
 * package) ships its own copy and has no node_modules to resolve one from. Built with tsc
 * (out/src/cli) there is none, and the core resolves the grammar package's copy itself.
 */
export function bundledGrammarPath(dir: string = __dirname): string | undefined {
  const path = join(dir, 'tree-sitter-terraform.wasm');
  return existsSync(path) ? path : undefined;
}
