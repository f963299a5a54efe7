import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
// The module object itself (not an import-star copy), so wrapping its functions is seen by the core.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an ES import would give a copy (see above)
import fs = require('node:fs');
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreReady } from '../helpers/core-ready';
import { check, loadConfig } from '../../../src/core';
import { loadCorpus, repoRoot } from './corpus';
import {
  CODE_FROM_STRING,
  FORBIDDEN_IMPORT,
  FORBIDDEN_IMPORT_BESIDE_WORKERS,
  WORKER_FILES,
  WORKER_FROM_STRING,
  filesUnder,
  scan,
  stripComments,
  type Hit,
} from './source-scan';

const root = repoRoot();
const show = (hits: readonly Hit[]) => hits.map((h) => `${h.file}:${h.line}: …${h.text}…`).join('\n');
/** Forbidden imports in a file: the desktop entry and its checking worker may use `worker_threads`, nothing else may. */
const forbiddenImports = (file: string, options: { stripComments: boolean }) => [
  ...scan(file, WORKER_FILES.test(file) ? FORBIDDEN_IMPORT_BESIDE_WORKERS : FORBIDDEN_IMPORT, options),
  ...scan(file, WORKER_FROM_STRING, options),
];

describe('security: the source scan itself', () => {
  // A scan that matches nothing passes vacuously: show it catches each form it claims to.
  const caught = (source: string, pattern: RegExp) => [...stripComments(source).matchAll(pattern)].length > 0;
  for (const source of [
    "import { spawn } from 'child_process';",
    'const cp = require("node:child_process");',
    "import * as http from 'node:http';",
    "const s = await import('net');",
    "export { request } from 'https';",
    "import 'node:vm';",
  ]) {
    it(`finds ${source}`, () => assert.ok(caught(source, FORBIDDEN_IMPORT)));
  }
  it('beside the checking worker: worker_threads is allowed, the rest is not; a worker on a string never is', () => {
    assert.ok(!caught("import { Worker } from 'node:worker_threads';", FORBIDDEN_IMPORT_BESIDE_WORKERS));
    assert.ok(caught("import { Worker } from 'node:worker_threads';", FORBIDDEN_IMPORT));
    assert.ok(caught("import { spawn } from 'child_process';", FORBIDDEN_IMPORT_BESIDE_WORKERS));
    assert.ok(caught('new Worker(code, { eval: true })', WORKER_FROM_STRING));
    assert.ok(caught('new o.Worker(c,{eval:!0})', WORKER_FROM_STRING));
    assert.ok(WORKER_FILES.test('src/extension/node/check-worker.ts'));
    assert.ok(WORKER_FILES.test('out/src/extension/node/main.js'));
    assert.ok(!WORKER_FILES.test('src/extension/checking/worker-runner.ts'));
    assert.ok(!WORKER_FILES.test('src/extension/web/main.ts'));
  });
  for (const source of [
    'eval(text)',
    'new Function("return 1")',
    'const F = Function;',
    'Function("a", "b")',
    "setTimeout('x()', 1)",
  ]) {
    it(`finds ${source}`, () => assert.ok(caught(source, CODE_FROM_STRING)));
  }
  for (const source of [
    '// never eval(x) here',
    '/* new Function */',
    "import { net } from './net';",
    'type F = Function;',
    'x.evaluate(y)',
    'isAsyncFunction(fn)',
  ]) {
    it(`ignores ${source}`, () =>
      assert.ok(!caught(source, FORBIDDEN_IMPORT) && !caught(source, CODE_FROM_STRING)));
  }
});

describe('security: no code execution, no network, no processes', () => {
  const sources = (folder: string) => filesUnder(join(root, 'src', folder), ['.ts']);
  const compiled = (folder: string) => filesUnder(join(root, 'out', 'src', folder), ['.js']);

  it('src/core and src/extension import no network, process or code-compiling module (threads: only the checking worker)', () => {
    const files = [...sources('core'), ...sources('extension')];
    assert.ok(files.length > 0, 'no sources found');
    assert.equal(show(files.flatMap((f) => forbiddenImports(f, { stripComments: true }))), '');
    assert.equal(
      files.filter((f) => scan(f, FORBIDDEN_IMPORT, { stripComments: true }).length > 0).length,
      2,
      'node/main.ts and node/check-worker.ts use worker_threads',
    );
  });

  it('nothing in src/ turns a string into code (eval, new Function, Function aliases, string timers)', () => {
    const files = filesUnder(join(root, 'src'), ['.ts']);
    assert.equal(show(files.flatMap((f) => scan(f, CODE_FROM_STRING, { stripComments: true }))), '');
  });

  it('the compiled core and extension (out/src) keep both promises', function () {
    const files = [...compiled('core'), ...compiled('extension')];
    if (files.length === 0) this.skip(); // not built: `npm test` builds first
    assert.equal(show(files.flatMap((f) => forbiddenImports(f, { stripComments: true }))), '');
    assert.equal(show(files.flatMap((f) => scan(f, CODE_FROM_STRING, { stripComments: true }))), '');
  });

  it('the bundles (dist/extension.js, dist/check-worker.js) require no network, process or code-compiling module', function () {
    const bundles = ['extension.js', 'check-worker.js'].map((name) => join(root, 'dist', name));
    if (!bundles.every(existsSync)) this.skip(); // not bundled: `npm run bundle`
    // The bundle has no comments worth keeping apart from code; scanning it raw also catches a require hidden in one.
    // Both hold the checking worker's code, so both may use worker_threads (never on a string: WORKER_FROM_STRING).
    for (const bundle of bundles) {
      assert.equal(show(scan(bundle, FORBIDDEN_IMPORT_BESIDE_WORKERS, { stripComments: false })), '');
      assert.equal(show(scan(bundle, WORKER_FROM_STRING, { stripComments: false })), '');
    }
  });
});

/**
 * The grep above cannot see code built at run time, so this catches it in the act: while the
 * engine checks every corpus file (and loads hostile configurations) `eval` and the `Function`
 * constructor are trapped, and so is every file system read.
 */
describe('security: checking evaluates no code and reads no file', () => {
  before(async () => {
    await coreReady();
  });

  const FS_READS = [
    'readFileSync',
    'readFile',
    'openSync',
    'open',
    'readdirSync',
    'readdir',
    'statSync',
    'stat',
    'lstatSync',
    'existsSync',
    'createReadStream',
    'realpathSync',
    'accessSync',
  ] as const;

  function watch<T>(run: () => T): { result: T; calls: string[] } {
    const calls: string[] = [];
    const g = globalThis as unknown as Record<string, unknown>;
    const originalEval = g.eval;
    const originalFunction = g.Function;
    const fsTable = fs as unknown as Record<string, unknown>;
    const originalFs = new Map(FS_READS.map((name) => [name, fsTable[name]]));
    g.eval = (...args: unknown[]) => {
      calls.push(`eval(${String(args[0]).slice(0, 80)})`);
      return undefined;
    };
    g.Function = new Proxy(originalFunction as FunctionConstructor, {
      construct(target, args) {
        calls.push(`new Function(${args.map(String).join(', ').slice(0, 80)})`);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls.push(`Function(${args.map(String).join(', ').slice(0, 80)})`);
        return Reflect.apply(target, self, args);
      },
    });
    for (const name of FS_READS) {
      const original = originalFs.get(name);
      if (typeof original !== 'function') continue;
      try {
        fsTable[name] = (...args: unknown[]) => {
          calls.push(`fs.${name}(${String(args[0])})`);
          return (original as (...a: unknown[]) => unknown)(...args);
        };
      } catch {
        // a non-writable export cannot be wrapped; the import scan covers it
      }
    }
    try {
      return { result: run(), calls };
    } finally {
      g.eval = originalEval;
      g.Function = originalFunction;
      for (const [name, original] of originalFs) fsTable[name] = original;
    }
  }

  it('check() over every corpus case', () => {
    const corpus = loadCorpus();
    const { calls } = watch(() => corpus.map((c) => check(c.files, { today: '2026-04-01' })));
    assert.deepEqual(calls, []);
  });

  it('hostile YAML in files and configuration is data, never code', () => {
    const hostile = [
      'kind: IcpInstanceSpec\ninstances:\n  a: !!js/function "function () { process.exit(9) }"\n',
      'kind: IcpInstanceSpec\ninstances:\n  a: &a [*a, *a]\n',
      'ROSTemplateFormatVersion: "2015-09-01"\nResources: !!python/object/apply:os.system ["touch /tmp/icp-pwned"]\n',
      'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  A: { Type: ALIYUN::ECS::Instance, Properties: { ZoneId: "${process.exit(9)}" } }\n',
    ];
    const { calls } = watch(() => {
      hostile.forEach((text, i) =>
        check([{ path: `/fuzz/hostile/${i}.icp.yaml`, text }], { today: '2026-04-01' }),
      );
      loadConfig('region: !!js/function "function () { return 1 }"\n', '/fuzz/.icpcheck.yaml');
      loadConfig(
        'a: &a [*a, *a, *a, *a]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n',
        '/fuzz/.icpcheck.yaml',
      );
    });
    assert.deepEqual(calls, []);
    assert.equal(existsSync('/tmp/icp-pwned'), false);
  });
});

describe('security: a workspace configuration cannot reach outside its folder', () => {
  /** Keys other tools use to pull in files from elsewhere; the configuration has none of them. */
  const REACHING_KEYS = [
    'extends',
    'include',
    'exclude',
    'files',
    'paths',
    'root',
    'cwd',
    'schema',
    '$ref',
    '$schema',
    'plugins',
    'rulesDirectory',
    'terraformWasmPath',
    'config',
  ];

  for (const key of REACHING_KEYS) {
    it(`rejects \`${key}:\` instead of following it`, () => {
      const loaded = loadConfig(`${key}: ../../outside/secrets.yaml\n`, '/ws/.icpcheck.yaml');
      assert.ok('error' in loaded, `${key} was accepted`);
    });
  }

  it('no setting of the configuration takes a path', () => {
    // Every accepted value is a rule severity, a region ID, a boolean, a number or a language.
    const loaded = loadConfig(
      'region: cn-hangzhou\npreferredRegions: [cn-shanghai]\nallowSuppressions: false\nmaxFileSizeKb: 10\nlanguage: zh-cn\nrules: { ICP010: off }\n',
      '/ws/.icpcheck.yaml',
    );
    assert.ok('config' in loaded);
    assert.ok(!('error' in loaded));
  });

  describe('the CLI run inside a workspace', function () {
    const cli = join(root, 'out', 'src', 'cli', 'main.js');
    let base: string;
    let workspace: string;
    let outside: string;

    before(function () {
      if (!existsSync(cli)) this.skip(); // not built: `npm test` builds first
      base = mkdtempSync(join(tmpdir(), 'icp-security-'));
      workspace = join(base, 'workspace');
      outside = join(base, 'outside');
      mkdirSync(workspace);
      mkdirSync(outside);
      // A module outside the workspace with an unmistakable name, and a config that would silence everything.
      writeFileSync(
        join(outside, 'main.tf'),
        'resource "alicloud_instance" "outside_secret_server" {\n  instance_charge_type = "PostPaid"\n}\n',
      );
      writeFileSync(join(outside, '.icpcheck.yaml'), 'rules: { ICP002: off }\n');
      writeFileSync(
        join(workspace, 'main.tf'),
        'resource "alicloud_instance" "inside_server" {\n  instance_charge_type = "PostPaid"\n}\n',
      );
      symlinkSync(outside, join(workspace, 'linked-outside'), 'dir');
      symlinkSync(join(outside, 'main.tf'), join(workspace, 'linked.tf'), 'file');
    });

    after(() => {
      if (base) rmSync(base, { recursive: true, force: true });
    });

    const run = (config: string) => {
      writeFileSync(join(workspace, '.icpcheck.yaml'), config);
      return spawnSync(process.execPath, [cli, '--format', 'json', '--today', '2026-04-01'], {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 60_000,
      });
    };

    it('refuses a configuration that names a file elsewhere (exit 2)', () => {
      for (const config of [
        'extends: ../outside/.icpcheck.yaml\n',
        'include: [../outside]\n',
        'paths: [/etc]\n',
      ]) {
        const r = run(config);
        assert.equal(r.status, 2, `${config.trim()}: exit ${r.status}, ${r.stderr}`);
        assert.doesNotMatch(r.stdout + r.stderr, /outside_secret_server/);
      }
    });

    it('does not follow links out of the workspace', () => {
      const r = run('rules: {}\n');
      assert.equal(r.status, 1, r.stderr); // the inside server is pay-as-you-go
      assert.match(r.stdout, /inside_server/);
      assert.doesNotMatch(r.stdout, /outside_secret_server/);
    });
  });
});
