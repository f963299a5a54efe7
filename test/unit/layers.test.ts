import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { REPO_ROOT } from './helpers/repo-root';

/**
 * The layers of docs/architecture.md, as eslint.config.mjs encodes them: imports each layer may
 * not make are reported, and the ones it may make are not. Guards the configuration itself, which
 * `npm run lint` then applies to the real files.
 */
describe('layers (eslint.config.mjs)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: REPO_ROOT });

  /** The restricted-import messages for `code` placed at `filePath`, as `line: module`. */
  async function restricted(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => `${m.line}: ${/'([^']+)'/.exec(m.message)?.[1]}`);
  }

  const imports = (...modules: string[]) =>
    modules.map((m, i) => `import * as m${i} from '${m}';`).join('\n') +
    `\nexport const all = [${modules.map((_, i) => `m${i}`).join(', ')}];\n`;

  const cases: ReadonlyArray<readonly [string, string, readonly string[], readonly string[]]> = [
    [
      'src/core: no vscode, no Node built-ins, no surfaces',
      'src/core/engine/example.ts',
      [
        'vscode',
        'node:fs',
        'path',
        '../../cli/run',
        '../../extension/extension',
        '../model/location',
        'yaml',
      ],
      ['1: vscode', '2: node:fs', '3: path', '4: ../../cli/run', '5: ../../extension/extension'],
    ],
    [
      'src/core/parse: not the engine either',
      'src/core/parse/hcl/example.ts',
      ['../../engine/types', '../../model/source-file', 'web-tree-sitter'],
      ['1: ../../engine/types'],
    ],
    [
      'src/cli: the core only through its index',
      'src/cli/example.ts',
      ['../core/engine/check', '../core/report', '../core', '../core/index', 'node:fs', 'vscode'],
      ['1: ../core/engine/check', '2: ../core/report', '6: vscode'],
    ],
    [
      'src/extension: vscode is fine, Node built-ins only in its desktop entry (it also runs in a browser)',
      'src/extension/example.ts',
      ['vscode', '../core', 'node:worker_threads', 'path'],
      ['3: node:worker_threads', '4: path'],
    ],
    [
      'src/extension/node: Node built-ins are fine',
      'src/extension/node/example.ts',
      ['vscode', 'node:worker_threads'],
      [],
    ],
    ['tests and scripts: no vscode', 'test/unit/example.test.ts', ['vscode', 'node:fs'], ['1: vscode']],
  ];
  for (const [name, filePath, modules, expected] of cases) {
    it(name, async () => assert.deepEqual(await restricted(filePath, imports(...modules)), expected));
  }
});
