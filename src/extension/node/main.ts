import type * as vscode from 'vscode';
import { activateExtension, type IcpCheckApi } from '../extension';
import type { ExtensionPlatform } from '../platform';

/**
 * The desktop entry point (package.json `main`: VS Code, code-server): the shared extension on
 * Node. Node-only capabilities (`ExtensionPlatform.startWorker`) are given here and only here.
 */
const node: ExtensionPlatform = { name: 'node' };

export function activate(context: vscode.ExtensionContext): IcpCheckApi {
  return activateExtension(context, node);
}

export function deactivate(): void {}
