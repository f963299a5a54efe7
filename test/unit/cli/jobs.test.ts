import assert from 'node:assert/strict';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { coreReady } from '../helpers/core-ready';
import { check } from '../../../src/core';
import type { SourceFile } from '../../../src/core/engine/types';
import { parseCliArgs, UsageError } from '../../../src/cli/args';
import { transferable } from '../../../src/core/engine/transferable';
import { CheckPool } from '../../../src/cli/parallel/pool';
import { threadCount } from '../../../src/cli/parallel/threads';
import { chunksOf, unitsOf } from '../../../src/cli/parallel/units';
import { repoRoot, runCli } from './helpers';
import { SNAPSHOT_TODAY } from './snapshot-cases';

const FORMATS = ['json', 'sarif', 'stylish', 'markdown'] as const;

/** Every file under `dir`, relative, `/`-separated, skipping the configuration. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, base);
    return name === '.icpcheck.yaml' ? [] : [relative(base, path).split('\\').join('/')];
  });
}

/**
 * A workspace of `copies` service folders, each a copy of examples/ plus a spec with findings that
 * tie on position (repeated service numbers, duplicate keys), a suppression, a broken spec and
 * unrelated YAML: enough files for every thread to get chunks.
 */
function generateWorkspace(root: string, copies: number): void {
  const examples = join(repoRoot(), 'examples');
  for (let i = 0; i < copies; i++) {
    const svc = join(root, `svc-${String(i).padStart(2, '0')}`);
    for (const file of filesUnder(examples)) {
      mkdirSync(join(svc, file, '..'), { recursive: true });
      cpSync(join(examples, file), join(svc, file));
    }
    writeFileSync(
      join(svc, 'fleet.icp.yaml'),
      [
        '# icp-ignore-file: ICP010 reason="renewed by hand"',
        'instances:',
        `  web-${i}:`,
        '    product: ecs',
        '    region: cn-hangzhou',
        '    billing: subscription',
        '    period: 1',
        '    websites:',
        '      - domain: a.example.cn',
        '        serviceNumber: "100"',
        '      - domain: b.example.cn',
        '        serviceNumber: "100"',
        `  web-${i}:`,
        '    product: ecs',
        '    billing: pay-as-you-go',
        '  api:',
        '    product: nat-gateway',
        '    zone: us-west-1a',
        '    period: 0',
        '    colour: blue',
        '',
      ].join('\n'),
    );
    writeFileSync(join(svc, 'broken.icp.yaml'), 'instances:\n  a: [\n');
    writeFileSync(join(svc, 'unrelated.yaml'), 'name: not ours\n');
  }
}

describe('cli: --jobs', function () {
  this.timeout(180_000);
  let temp: string;

  before(async () => {
    temp = mkdtempSync(join(tmpdir(), 'icp-jobs-'));
    generateWorkspace(temp, 12);
    await coreReady();
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('gives byte-identical output over examples/ with --jobs 1 and --jobs 2, in every format', () => {
    for (const format of FORMATS) {
      const args = [
        '--format',
        format,
        '--today',
        SNAPSHOT_TODAY,
        '--config',
        'examples/.icpcheck.yaml',
        'examples',
      ];
      const one = runCli(['--jobs', '1', ...args]);
      const two = runCli(['--jobs', '2', ...args]);
      assert.equal(one.status, 1, one.stderr);
      assert.equal(two.status, one.status, two.stderr);
      assert.equal(two.stdout, one.stdout, `${format} differs`);
      assert.equal(two.stderr, one.stderr);
    }
  });

  it('gives byte-identical output over a generated workspace with --jobs 1, 2 and 3, in every format', () => {
    for (const format of FORMATS) {
      for (const lang of ['en', 'zh-cn']) {
        const args = ['--format', format, '--today', SNAPSHOT_TODAY, '--lang', lang, '.'];
        const one = runCli(['--jobs', '1', ...args], { cwd: temp });
        assert.equal(one.status, 1, one.stderr);
        assert.ok(one.stdout.length > 0);
        for (const jobs of ['2', '3']) {
          const many = runCli(['--jobs', jobs, ...args], { cwd: temp });
          assert.equal(many.status, one.status, many.stderr);
          assert.equal(many.stdout, one.stdout, `${format} (${lang}) differs with --jobs ${jobs}`);
        }
      }
    }
  });

  it('merges chunks checked by workers into the result of one check', async () => {
    const files: SourceFile[] = filesUnder(temp)
      .sort()
      .map((path) => ({ path, text: readText(join(temp, path)) }));
    const options = { today: SNAPSHOT_TODAY };
    const pool = CheckPool.start(2, options);
    assert.ok(pool, 'the compiled worker script exists');
    try {
      await pool.whenReady();
      const merged = await pool.check(files);
      assert.ok(pool.checkedChunks.workers > 0, 'workers checked some chunks');
      const single = check(files, options);
      assert.deepEqual(transferable(merged), transferable(single));
      assert.ok(single.findings.length > 0 && single.suppressions.length > 0 && single.instances.length > 0);
    } finally {
      await pool.close();
    }
  });

  it("checks a failed worker's share in the main thread", async () => {
    const files: SourceFile[] = filesUnder(temp)
      .sort()
      .slice(0, 60)
      .map((path) => ({ path, text: readText(join(temp, path)) }));
    const options = { today: SNAPSHOT_TODAY };
    const crashing = join(temp, 'crashing-worker.js');
    writeFileSync(
      crashing,
      "require('node:worker_threads').parentPort.postMessage({ type: 'ready' });\nrequire('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n",
    );
    const pool = CheckPool.start(1, options, crashing);
    assert.ok(pool);
    try {
      await pool.whenReady();
      const merged = await pool.check(files);
      assert.equal(pool.checkedChunks.workers, 0);
      assert.deepEqual(transferable(merged), transferable(check(files, options)));
    } finally {
      await pool.close();
    }
  });

  it('keeps a Terraform folder in one unit and chunks in input order', () => {
    const files = [
      'a/main.tf',
      'a/x.icp.yaml',
      'a/variables.tf',
      'b/main.tf',
      'c.json',
      'a/terraform.tfvars',
    ].map((path) => ({ path, text: 'x'.repeat(10) }));
    const units = unitsOf(files);
    assert.deepEqual(
      units.map((u) => u.map((f) => f.path)),
      [['a/main.tf', 'a/variables.tf', 'a/terraform.tfvars'], ['a/x.icp.yaml'], ['b/main.tf'], ['c.json']],
    );
    const chunks = chunksOf(units, 25);
    assert.deepEqual(
      chunks.map((c) => c.length),
      [3, 3],
    );
    assert.deepEqual(
      chunks.flat().map((f) => f.path),
      units.flat().map((f) => f.path),
    );
  });

  it('puts a plan in the unit of the module it reports into: its folder, else the current folder', () => {
    const plan = '{"format_version":"1.2","planned_values":{}}';
    const files = [
      { path: 'a/plan.json', text: plan },
      { path: 'a/main.tf', text: '' },
      { path: 'b/plan.json', text: plan },
      { path: 'b/stack.json', text: '{}' },
      { path: 'main.tf', text: '' },
    ];
    assert.deepEqual(
      unitsOf(files).map((u) => u.map((f) => f.path)),
      [['a/plan.json', 'a/main.tf'], ['b/plan.json', 'main.tf'], ['b/stack.json']],
    );
    assert.deepEqual(
      unitsOf(files.slice(0, 4)).map((u) => u.map((f) => f.path)),
      [['a/plan.json', 'a/main.tf'], ['b/plan.json'], ['b/stack.json']],
    );
  });

  it('decides the threads: --fix in-process, --jobs as given (at most one per file), otherwise one', () => {
    assert.equal(threadCount({ fix: true, jobs: 4 }, 1000), 1);
    assert.equal(threadCount({ fix: false, jobs: 3 }, 1000, 8), 3);
    assert.equal(threadCount({ fix: false, jobs: 3 }, 2, 8), 2);
    assert.equal(threadCount({ fix: false, jobs: 100 }, 1000, 2), 2, 'never more threads than cores');
    assert.equal(threadCount({ fix: false, jobs: 1 }, 1000), 1);
    assert.equal(threadCount({ fix: false }, 100_000), 1);
  });

  it('accepts --jobs <n> and -j <n>, and rejects anything but a positive whole number', () => {
    assert.equal(parseCliArgs(['--jobs', '2']).jobs, 2);
    assert.equal(parseCliArgs(['-j', '1']).jobs, 1);
    assert.equal(parseCliArgs([]).jobs, undefined);
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      assert.throws(() => parseCliArgs(['--jobs', bad]), UsageError, bad);
    }
    const r = runCli(['--jobs', 'x', 'examples']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs/);
    assert.equal(r.stdout, '');
  });

  it('still fixes in-process when --jobs is given', () => {
    const dir = mkdtempSync(join(temp, 'fix-'));
    writeFileSync(
      join(dir, 'a.icp.yaml'),
      'instances:\n  a:\n    product: ecs\n    region: cn-hangzhou\n    billing: pay-as-you-go\n',
    );
    const r = runCli(['--fix', '--jobs', '2', '--today', SNAPSHOT_TODAY, '--format', 'json', '.'], {
      cwd: dir,
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.match(r.stderr, /a\.icp\.yaml/);
    assert.match(readText(join(dir, 'a.icp.yaml')), /billing: subscription/);
  });
});

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
