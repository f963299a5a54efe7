import { Language, Parser } from 'web-tree-sitter';

/**
 * Loads web-tree-sitter and the Terraform grammar once. This is the only file that touches the
 * grammar's .wasm; everything else gets a ready parser. The caller says where the .wasm is, so the
 * core never resolves modules or paths itself: a path (the CLI and tests: web-tree-sitter reads
 * it, and finds its own runtime .wasm beside itself), or both files' bytes (the extension, desktop
 * and browser alike: it reads them through the editor's file system, and a browser has no paths).
 */
export type GrammarSource = string | { readonly runtimeWasm: Uint8Array; readonly grammarWasm: Uint8Array };

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

export function initTerraformGrammar(source: GrammarSource): Promise<void> {
  if (parser) return Promise.resolve();
  loading ??= (async () => {
    if (typeof source === 'string') {
      await Parser.init();
    } else {
      // With the runtime's bytes given, web-tree-sitter fetches nothing. It still names the file
      // it would have fetched, from its script's URL, which a bundle lacks: `locateFile` names it.
      await Parser.init({ wasmBinary: source.runtimeWasm, locateFile: (name: string) => name });
    }
    const language = await Language.load(typeof source === 'string' ? source : source.grammarWasm);
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
