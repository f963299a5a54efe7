import { initCore } from '../../../src/core/engine/init';

/**
 * The Terraform grammar the tests load: the installed package's copy, or the file named by
 * `ICP_CHECK_TEST_TERRAFORM_WASM` (the test proving that a grammar which cannot load fails the run).
 */
export function terraformWasmPath(): string {
  // Resolved when a suite asks, so a missing grammar fails those suites rather than aborting the run.
  return (
    process.env.ICP_CHECK_TEST_TERRAFORM_WASM ??
    require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')
  );
}

/**
 * Loads the parsers the way the CLI and the extension do, with the grammar path passed in. A grammar
 * that cannot load rejects, so every suite that needs the engine fails with the reason: never skipped.
 */
export async function coreReady(): Promise<void> {
  await initCore({ terraformWasmPath: terraformWasmPath() });
}
