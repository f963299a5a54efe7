import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInContext, createContext } from 'node:vm';
import { fakeWebHost } from './fake-web-host';
import { webBundleText } from './web-bundle';

/** A pay-as-you-go instance: ICP002 on `"PostPaid"` (0-based line 6, characters 31 to 41), and nothing else. */
const PAY_AS_YOU_GO = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_type              = "ecs.g7.large"
  instance_charge_type       = "PostPaid"
  internet_max_bandwidth_out = 5
}
`;

/**
 * What a browser's web worker offers a script, and nothing of Node: no `process`, `Buffer`,
 * `require` of built-ins or `__dirname`. The bundle gets these and a `require` that answers only
 * `vscode`. (The real browser host is exercised end to end in test/e2e/web-extension-host.e2e.test.ts.)
 */
function workerGlobals(): Record<string, unknown> {
  const scope: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextDecoder,
    TextEncoder,
    URL,
    crypto: globalThis.crypto,
    atob,
    btoa,
    WorkerGlobalScope: class WorkerGlobalScope {},
  };
  scope.self = scope;
  return scope;
}

describe('the browser bundle, activated in a worker-like scope with no Node API', function () {
  this.timeout(120_000);

  it('loads the parser from the extension through workspace.fs and publishes ICP002 at the exact range', async () => {
    const scope = createContext(workerGlobals());
    const localBytes = runInContext('(data) => new Uint8Array(data)', scope) as (d: Uint8Array) => Uint8Array;
    const host = fakeWebHost({
      files: new Map([
        ['/workspace/main.tf', new TextEncoder().encode(PAY_AS_YOU_GO)],
        [
          '/extension/dist/web-tree-sitter.wasm',
          readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')),
        ],
        [
          '/extension/dist/tree-sitter-terraform.wasm',
          readFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')),
        ],
      ]),
      open: { path: '/workspace/main.tf', languageId: 'terraform' },
      bytes: localBytes,
    });
    const load = runInContext(
      `(function (exports, require, module) {\n${await webBundleText()}\n})`,
      scope,
    ) as (exports: object, require: (id: string) => unknown, module: { exports: object }) => void;
    const module = { exports: {} };
    load(
      module.exports,
      (id) => {
        if (id === 'vscode') return host.vscode;
        throw new Error(`the web bundle required ${id}`);
      },
      module,
    );
    const { activate } = module.exports as {
      activate(context: object): { platform: string; ready: Promise<void> };
    };

    // The extension starts checks it does not await (a debounce timer): their failures end the test.
    let onFailure: (error: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (onFailure = reject));
    process.on('unhandledRejection', onFailure);
    let diagnostics;
    try {
      const api = activate(host.context);
      assert.equal(api.platform, 'web');
      await Promise.race([api.ready, failed]);
      diagnostics = await Promise.race([host.published('file:///workspace/main.tf'), failed]);
    } finally {
      process.off('unhandledRejection', onFailure);
    }

    assert.deepEqual(host.missing, []);
    assert.deepEqual(
      // Spread into this realm's array: the bundle's arrays have the worker scope's Array prototype.
      [...diagnostics].map((d) => ({
        code: typeof d.code === 'object' ? d.code.value : d.code,
        severity: d.severity,
        message: d.message,
        range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      })),
      [
        {
          code: 'ICP002',
          severity: 0, // error
          message:
            'alicloud_instance.web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          range: [6, 31, 6, 41],
        },
      ],
    );
  });
});
