/**
 * Where the CLI's Terraform grammar is: the installed `@tree-sitter-grammars/tree-sitter-hcl`
 * package's `.wasm`. The core resolves no paths itself; this is the CLI's one place that knows.
 */
export function terraformWasmPath(): string {
  return require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
}
