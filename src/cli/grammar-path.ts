import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the CLI's Terraform grammar is. The bundled CLI (dist/cli, the published package) ships
 * its own copy beside it and has no node_modules to resolve one from; built with tsc (out/src/cli)
 * it is the installed `@tree-sitter-grammars/tree-sitter-hcl` package's `.wasm`. The core resolves
 * no paths itself; this is the CLI's one place that knows.
 */
export function terraformWasmPath(dir: string = __dirname): string {
  const bundled = join(dir, 'tree-sitter-terraform.wasm');
  if (existsSync(bundled)) return bundled;
  return require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
}
