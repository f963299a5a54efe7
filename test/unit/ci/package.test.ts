import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, repoPath } from '../helpers/repo-root';
import { runCli } from '../cli/helpers';

/** The largest packed tarball we accept: CI installs it on every run. */
const MAX_PACKED_BYTES = 1.5 * 1024 * 1024;

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly { readonly path: string }[];
}

/** npm with no registry, no shared cache and no repository around: what a clean CI machine has, offline. */
function npm(args: readonly string[], cwd: string, cache: string, status = 0): SpawnSyncReturns<string> {
  const env = {
    ...process.env,
    npm_config_cache: cache,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npmCli = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npmCli, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  assert.equal(result.status, status, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * The published package: `npm pack` of this repository (running prepack as `npm publish` would),
 * installed from the tarball into empty folders, locally, globally and through npx, then run on a
 * copy of examples/ far from the repository. The output must be what the repository's own build prints.
 */
describe('ci: the npm package', function () {
  this.timeout(300_000);
  let temp: string;
  let tarball: string;
  let packed: PackResult;
  let examples: string;

  before(() => {
    temp = realpathSync(mkdtempSync(join(tmpdir(), 'icp-check-pack-')));
    const out = npm(['pack', '--json', '--pack-destination', temp], REPO_ROOT, join(temp, 'cache')).stdout;
    // Lifecycle scripts (prepack bundles the CLI) print before the JSON.
    packed = (JSON.parse(out.slice(out.indexOf('\n[') + 1)) as PackResult[])[0];
    tarball = join(temp, packed.filename);
    examples = join(temp, 'work', 'examples');
    cpSync(repoPath('examples'), examples, { recursive: true });
  });

  after(() => rmSync(temp, { recursive: true, force: true }));

  it('holds the bundled CLI, its .wasm files, the schema and the rule pages, nothing else', () => {
    const paths = packed.files.map((f) => f.path).sort();
    for (const p of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli/icp-check.js',
      'dist/cli/check-worker.js',
      'dist/cli/package.json',
      'dist/cli/tree-sitter-terraform.wasm',
      'dist/cli/web-tree-sitter.wasm',
      'schemas/icp-instance-spec.schema.json',
      'docs/rules/ICP001.md',
      'docs/rules/README.md',
    ]) {
      assert.ok(paths.includes(p), `${p} is in the package`);
    }
    // The CLI's entry, its worker, their shared chunks, the package.json marking them ES modules, the .wasm.
    const allowed =
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/cli\/[\w-]+\.(js|wasm)|dist\/cli\/package\.json|schemas\/icp-instance-spec\.schema\.json|docs\/rules\/(ICP\d{3}|README)\.md)$/;
    assert.deepEqual(
      paths.filter((p) => !allowed.test(p)),
      [],
    );
  });

  it('leaves the VS Code extension to vsce: the .vsix still packs from .vscodeignore, without the CLI bundle', () => {
    // vsce refuses to package when package.json has a `files` list beside .vscodeignore.
    const vsce = spawnSync(
      process.execPath,
      [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(vsce.status, 0, vsce.stdout + vsce.stderr);
    const listed = vsce.stdout.split('\n').filter(Boolean);
    assert.ok(
      listed.includes('package.json') && listed.includes('schemas/icp-instance-spec.schema.json'),
      vsce.stdout,
    );
    assert.deepEqual(
      listed.filter((f) => f.startsWith('dist/cli/')),
      [],
    );
  });

  it(`is smaller than ${MAX_PACKED_BYTES} bytes packed`, () => {
    assert.ok(packed.size > 0 && packed.size < MAX_PACKED_BYTES, `packed size ${packed.size}`);
  });

  it('has no runtime dependencies and no install-time scripts in its manifest', () => {
    const unpacked = join(temp, 'manifest');
    npm(
      ['install', '--prefix', unpacked, '--no-save', '--ignore-scripts', tarball],
      temp,
      join(temp, 'cache'),
    );
    const manifest = JSON.parse(
      readFileSync(join(unpacked, 'node_modules', 'icp-check', 'package.json'), 'utf8'),
    ) as {
      dependencies?: object;
      scripts?: Record<string, string>;
      bin?: Record<string, string>;
      private?: boolean;
    };
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.private, undefined);
    assert.deepEqual(manifest.bin, { 'icp-check': 'dist/cli/icp-check.js' });
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      assert.equal(manifest.scripts?.[script], undefined, `${script} script`);
    // The repository's own package.json came back unchanged after the pack.
    assert.match(
      readFileSync(repoPath('package.json'), 'utf8'),
      /"prepare": "node scripts\/cli\/bundle\.mjs"/,
    );
  });

  const expected = () => runCli(['--today', '2026-12-01', '--format', 'json', '.'], { cwd: examples });

  it('runs from a local install (node_modules/.bin) with the output of the repository build', () => {
    const project = join(temp, 'local');
    cpSync(examples, project, { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    npm(['install', tarball], project, join(temp, 'cache'));
    const bin = join(project, 'node_modules', '.bin', 'icp-check');
    const run = spawnSync(bin, ['--today', '2026-12-01', '--format', 'json', '.'], {
      cwd: project,
      encoding: 'utf8',
    });
    const want = expected();
    assert.equal(run.status, 1, run.stderr);
    assert.equal(want.status, 1);
    // The local copy also holds package.json / node_modules, which are not inputs: same findings.
    assert.equal(run.stdout, want.stdout);
    assert.equal(run.stderr, '');
  });

  it('runs after npm install -g, on a copy of examples/ outside the repository', () => {
    const prefix = join(temp, 'global');
    npm(['install', '--global', '--prefix', prefix, tarball], temp, join(temp, 'cache'));
    const run = spawnSync(join(prefix, 'bin', 'icp-check'), ['--today', '2026-12-01', 'terraform/bad'], {
      cwd: examples,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      run.stdout,
      /^terraform\/bad\/main\.tf\n {2}19:1 {3}error {4}alicloud_instance\.payg sets no charge type/,
    );
    assert.match(run.stdout, /✖ 7 problems \(6 errors, 1 warning\)\n/);
    const good = spawnSync(join(prefix, 'bin', 'icp-check'), ['--today', '2026-12-01', 'terraform/good'], {
      cwd: examples,
      encoding: 'utf8',
    });
    assert.equal(good.status, 0, good.stdout + good.stderr);
  });

  it('runs through npx from the tarball', () => {
    const run = npm(
      [
        'exec',
        '--yes',
        '--package',
        tarball,
        '--',
        'icp-check',
        '--today',
        '2026-12-01',
        '--format',
        'json',
        '--jobs',
        '2',
        '.',
      ],
      examples,
      join(temp, 'npx-cache'),
      1,
    );
    assert.equal(run.stdout, expected().stdout);
  });
});
