import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { repoPath } from '../helpers/repo-root';

/**
 * The pre-commit hook as pre-commit runs it: in a git repository with some files staged, the
 * staged paths (`git diff --staged --name-only`) are matched against the hook's `files` pattern
 * (a Python `re.search`; the pattern uses nothing Python and JavaScript read differently), and
 * when one matches, `entry` plus `args` runs at the repository root with the package's bin on
 * PATH (pre-commit installs the package; here the bundled CLI stands in for it).
 */
interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly exclude?: string;
  readonly args?: readonly string[];
  readonly pass_filenames?: boolean;
}

const [hook] = parse(readFileSync(repoPath('.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('ci: the pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(120_000);
  let temp: string;
  let bin: string;

  before(() => {
    temp = realpathSync(mkdtempSync(join(tmpdir(), 'icp-pre-commit-')));
    const bundle = spawnSync(process.execPath, [repoPath('scripts', 'cli', 'bundle.mjs')], {
      encoding: 'utf8',
    });
    assert.equal(bundle.status, 0, bundle.stderr);
    bin = join(temp, 'bin');
    mkdirSync(bin);
    symlinkSync(repoPath('dist', 'cli', 'icp-check.js'), join(bin, 'icp-check'));
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  /** A repository holding `folders` of examples/ (and its .icpcheck.yaml), with `staged` staged over a first commit. */
  function repository(folders: readonly string[], staged: Readonly<Record<string, string>>): string {
    const dir = mkdtempSync(join(temp, 'repo-'));
    const git = (...args: string[]) => {
      const r = spawnSync(
        'git',
        [
          '-c',
          'user.name=t',
          '-c',
          'user.email=t@example.test',
          '-c',
          'init.defaultBranch=main',
          '-c',
          'commit.gpgsign=false',
          ...args,
        ],
        { cwd: dir, encoding: 'utf8' },
      );
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    git('init', '-q');
    cpSync(repoPath('examples', '.icpcheck.yaml'), join(dir, '.icpcheck.yaml'));
    writeFileSync(join(dir, 'README.md'), '# infra\n');
    for (const f of folders) cpSync(repoPath('examples', f), join(dir, f), { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    for (const [path, text] of Object.entries(staged)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
      git('add', path);
    }
    return dir;
  }

  /** What pre-commit would do with the staged files: undefined when the hook is skipped. */
  function runHook(dir: string): { status: number | null; stdout: string; stderr: string } | undefined {
    const staged = spawnSync(
      'git',
      ['diff', '--staged', '--name-only', '--no-ext-diff', '--diff-filter=ACMRTUXB'],
      { cwd: dir, encoding: 'utf8' },
    )
      .stdout.split('\n')
      .filter(Boolean);
    const files = new RegExp(hook.files);
    const exclude = hook.exclude ? new RegExp(hook.exclude) : undefined;
    const selected = staged.filter((f) => files.test(f) && !exclude?.test(f));
    if (selected.length === 0) return undefined;
    const [command, ...entryArgs] = hook.entry.split(' ');
    const args = [...entryArgs, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : selected)];
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    const r = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('is a node hook with the icp-check bin as entry', () => {
    assert.equal(hook.id, 'icp-check');
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'icp-check');
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(pkg.bin[hook.entry], 'entry is the package bin pre-commit puts on PATH');
  });

  it('matches Terraform, ROS and spec files, and nothing else', () => {
    const files = new RegExp(hook.files);
    for (const f of [
      'main.tf',
      'infra/net.tf.json',
      'terraform.tfvars',
      'prod.auto.tfvars',
      'stacks/web.ros.yaml',
      'stacks/api.json',
      'fleet.icp.yml',
    ])
      assert.ok(files.test(f), f);
    for (const f of ['README.md', 'main.tf.bak', 'src/app.ts', 'Makefile', 'tfvars.txt'])
      assert.ok(!files.test(f), f);
  });

  it('is skipped when no matching file is staged', () => {
    const dir = repository(['terraform/bad'], { 'README.md': '# infra, changed\n', 'docs/notes.txt': 'x\n' });
    assert.equal(runHook(dir), undefined);
  });

  it('fails the commit when a staged change leaves an error in its module, reported where it is', () => {
    // Staging only terraform.tfvars: the error shows in main.tf, which uses the variable it sets.
    const dir = repository(['terraform/bad', 'terraform/good'], {
      'terraform/bad/terraform.tfvars': 'period = 1\n',
    });
    const run = runHook(dir)!;
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^terraform\/bad\/main\.tf\n/m);
    assert.match(run.stdout, /66:32 {2}error {4}The 1-month subscription of alicloud_instance\.from_tfvars/);
  });

  it('passes when the staged Terraform, spec and ROS files are ready', () => {
    const spec =
      'kind: IcpInstanceSpec\ninstances:\n  web:\n    product: ecs\n    region: cn-hangzhou\n    billing: subscription\n    period: 12\n    autoRenew: true\n    publicBandwidthMbps: 5\n';
    const dir = repository(['terraform/good', 'terraform/eip'], {
      'specs/web.icp.yaml': spec,
      'terraform/good/extra.tf': '# nothing yet\n',
    });
    const run = runHook(dir)!;
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /instances: \d+ ready/);
  });

  it('fails on a staged spec with an error', () => {
    const spec =
      'kind: IcpInstanceSpec\ninstances:\n  web:\n    product: ecs\n    region: cn-hongkong\n    billing: subscription\n    period: 12\n    autoRenew: true\n    publicBandwidthMbps: 5\n';
    const run = runHook(repository([], { 'web.icp.yaml': spec }))!;
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^web\.icp\.yaml\n {2}5:13 {2}error {2}web is deployed in cn-hongkong/m);
  });
});
