import type * as vscode from 'vscode';
import { activateExtension, type IcpCheckApi } from '../extension';
import type { ExtensionPlatform } from '../platform';

/**
 * The browser entry point (package.json `browser`: vscode.dev, github.dev), bundled for a web
 * worker: the shared extension with no worker threads, so every check runs in-process.
 */
const web: ExtensionPlatform = { name: 'web' };

export function activate(context: vscode.ExtensionContext): IcpCheckApi {
  return activateExtension(context, web);
}

export function deactivate(): void {}
