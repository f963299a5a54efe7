import type * as vscode from 'vscode';

/**
 * What differs between the desktop extension host (Node: VS Code, code-server) and the browser's
 * (vscode.dev, github.dev: a web worker with no Node API). Everything else — the core, the checks,
 * the views — is the same code; each entry point (`node/main.ts`, `web/main.ts`) passes its platform
 * to `activateExtension`, so nothing Node-only is imported by the shared code and the web bundle
 * stays free of it.
 */
export interface ExtensionPlatform {
  /** Which extension host this is: named in the log, and what tests assert on. */
  readonly name: 'node' | 'web';
  /**
   * Starts a worker thread running one of the extension's bundled scripts (a `dist/*.js` URI), so a
   * long check can run off the extension host's thread and be stopped. Only the desktop entry can
   * give it (Node's `worker_threads`, which the security scan must then allow in src/extension/node);
   * where it is absent, as in the browser, checks run in-process.
   */
  readonly startWorker?: (script: vscode.Uri) => PlatformWorker;
}

/** The part of a worker thread a runner uses (Node's `Worker` has this shape). */
export interface PlatformWorker {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}
