import { initTerraformGrammar } from '../parse/hcl/index';

export interface InitOptions {
  /**
   * Where `tree-sitter-terraform.wasm` is: the extension's bundled copy, or the installed
   * `@tree-sitter-grammars/tree-sitter-hcl` package's (the CLI, tests). The core resolves no paths.
   */
  readonly terraformWasmPath: string;
}

let ready: Promise<void> | undefined;

/**
 * Loads what the parsers need before `check` can run (the Terraform grammar). Idempotent: every
 * call after the first returns the same promise; a failed load can be retried.
 */
export function initCore(options: InitOptions): Promise<void> {
  ready ??= initTerraformGrammar(options.terraformWasmPath).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}
