import { initTerraformGrammar, type GrammarSource } from '../parse/hcl/index';

/**
 * Where the Terraform parser's WebAssembly comes from. The core resolves no paths and reads no
 * files itself: the caller passes either
 * - `terraformWasmPath`: the path of `tree-sitter-terraform.wasm` (the CLI, tests: Node, where
 *   web-tree-sitter reads it and finds its own runtime `.wasm` beside itself), or
 * - `wasm`: both files' bytes, already read (the extension, which reads them with `workspace.fs`
 *   so the same code runs in a browser, where there are no paths to read).
 */
export type InitOptions =
  | { readonly terraformWasmPath: string }
  | { readonly wasm: { readonly runtime: Uint8Array; readonly terraform: Uint8Array } };

let ready: Promise<void> | undefined;

/**
 * Loads what the parsers need before `check` can run (the Terraform grammar). Idempotent: every
 * call after the first returns the same promise; a failed load can be retried.
 */
export function initCore(options: InitOptions): Promise<void> {
  const source: GrammarSource =
    'wasm' in options
      ? { runtimeWasm: options.wasm.runtime, grammarWasm: options.wasm.terraform }
      : options.terraformWasmPath;
  ready ??= initTerraformGrammar(source).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}
