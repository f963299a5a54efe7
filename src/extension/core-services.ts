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
  // The bundle ships the grammar beside itself; web-tree-sitter finds its own runtime .wasm there too.
  const terraformWasmPath = vscode.Uri.joinPath(
    context.extensionUri,
    'dist',
    'tree-sitter-terraform.wasm',
  ).fsPath;
  const ready = initCore({ terraformWasmPath });
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
