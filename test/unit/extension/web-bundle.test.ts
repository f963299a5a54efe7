import assert from 'node:assert/strict';
import { webBundleText } from './web-bundle';

/**
 * Node APIs a browser's web worker does not have, as they appear in minified code: a `require` of
 * anything but `vscode` (which the extension host answers), a `node:` specifier, a dynamic
 * `import()`, and Node's globals used as values (`process.env`, `Buffer.from`, `typeof process`,
 * `new Buffer`, `__dirname`), not the same words as object keys, methods or in messages. Each use
 * is returned with a little of the code around it.
 */
function nodeApiUses(code: string): string[] {
  const globals = 'process|Buffer|global';
  const patterns = [
    /\brequire\(\s*["'](?!vscode["'])[^"']*["']\s*\)/g,
    /["']node:[\w/]+["']/g,
    /(?<![\w$.])import\(/g,
    new RegExp(`(?<![\\w$.])(?:${globals})\\s*[.[]`, 'g'),
    /(?<![\w$.])(?:setImmediate|clearImmediate)\s*\(/g,
    new RegExp(`\\b(?:typeof|instanceof|new)\\s+(?:${globals})(?![\\w$])`, 'g'),
    /(?<![\w$.])(?:__dirname|__filename)(?![\w$]|\s*:)/g,
  ];
  return patterns.flatMap((pattern) =>
    [...code.matchAll(pattern)].map((m) => code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)),
  );
}

describe('the browser bundle (dist/web/extension.js)', function () {
  this.timeout(120_000);

  const samples: ReadonlyArray<readonly [string, string, number]> = [
    ['vscode is the one require', 'const vscode = require("vscode");', 0],
    ['another require', 'const fs = require("fs");', 1],
    ['a node: specifier', 'import("node:crypto")', 2],
    ['process', 'if (process.platform === "win32") {}', 1],
    ['Buffer', 'Buffer.from(bytes)', 1],
    ['setImmediate', 'setImmediate(next)', 1],
    ['__dirname and __filename', 'join(__dirname, __filename)', 2],
    ['typeof and instanceof', 'typeof process == "object" || x instanceof Buffer', 2],
    [
      'the words as keys, methods and text',
      '({ process: f, global: !0 }); class A { process(t) {} }; "Buffer or atob"',
      0,
    ],
    [
      'names that only contain them',
      'new ArrayBuffer(8); x.process(); globalThis.crypto; processSchema()',
      0,
    ],
  ];
  for (const [name, code, uses] of samples)
    it(`the scan finds Node APIs: ${name}`, () => assert.equal(nodeApiUses(code).length, uses, code));

  it('uses no Node API: no built-in module, no Node global (the production build, as packaged)', async () => {
    const code = await webBundleText();
    assert.ok(code.includes('require("vscode")'), 'the bundle is the extension');
    assert.deepEqual(nodeApiUses(code), []);
  });
});
