import * as vscode from 'vscode';
import { initCore, RULES, type Lang } from '../core';
import { readSettings } from './config/settings';
import type { ExtensionSettings } from './config/merge-config';
import { langFor } from './language';

/** What every part of the extension shares: the initialised engine, the language, rule links, a log. */
export interface CoreServices {
  /** Resolves when the Terraform grammar is loaded; checks wait for it. */
  readonly ready: Promise<void>;
  readonly lang: Lang;
  docsUrl(ruleId: string): string | undefined;
  settings(resource?: vscode.Uri): ExtensionSettings;
  log(message: string): void;
}

export function createCoreServices(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
): CoreServices {
  const ready = readParserWasm(context.extensionUri).then((wasm) => initCore({ wasm }));
  ready.catch((e: unknown) =>
    output.error(`could not load the Terraform grammar: ${e instanceof Error ? e.message : String(e)}`),
  );
  const docs = new Map(RULES.map((r) => [r.id as string, r.docs.url]));
  return {
    ready,
    lang: langFor(vscode.env.language),
    docsUrl: (ruleId) => docs.get(ruleId),
    settings: (resource) => readSettings(resource),
    log: (message) => output.info(message),
  };
}

/**
 * The parser's two WebAssembly files, which the bundle ships in `dist/`, read as bytes through
 * `workspace.fs`: the one way to reach the extension's own files both on disk and in a browser
 * (where they are served over HTTP and there is no path to give web-tree-sitter).
 */
async function readParserWasm(
  extensionUri: vscode.Uri,
): Promise<{ runtime: Uint8Array; terraform: Uint8Array }> {
  const read = (name: string) =>
    vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', name));
  const [runtime, terraform] = await Promise.all([
    read('web-tree-sitter.wasm'),
    read('tree-sitter-terraform.wasm'),
  ]);
  return { runtime, terraform };
}
