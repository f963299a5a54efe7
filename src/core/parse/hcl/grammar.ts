import { Language, Parser } from 'web-tree-sitter';

/**
 * Loads web-tree-sitter and the Terraform grammar once. This is the only file that touches the
 * grammar's .wasm (web-tree-sitter reads it from the path); everything else gets a ready parser.
 * The caller says where the .wasm is (the CLI and tests: the installed package; the extension: its
 * bundled copy), so the core never resolves modules or paths itself.
 */
let parser: Parser | undefined;
let loading: Promise<void> | undefined;

export function initTerraformGrammar(wasmPath: string): Promise<void> {
  if (parser) return Promise.resolve();
  loading ??= (async () => {
    await Parser.init();
    const language = await Language.load(wasmPath);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })().catch((error: unknown) => {
    loading = undefined; // let a later call retry, e.g. with a corrected path
    throw error;
  });
  return loading;
}

export function terraformParser(): Parser {
  if (!parser) throw new Error('initTerraformGrammar() must complete before Terraform files are parsed');
  return parser;
}
