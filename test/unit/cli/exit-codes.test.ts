import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers';

/** The exit-status contract (docs/contract.md), through the real binary. */
describe('cli: exit status and messages', function () {
  this.timeout(120_000);
  let temp: string;
  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'icp-cli-'));
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  const noStack = (stderr: string) => assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace on stderr');

  it('prints help and the version with exit 0', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: icp-check \[options\] \[paths\.\.\.\]/);
    assert.match(runCli(['--help', '--lang', 'zh-cn']).stdout, /^用法：icp-check/);
    const version = runCli(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });

  it('exits 0 on a workspace that qualifies', () => {
    const r = runCli(['--today', '2026-12-01', 'examples/terraform/good']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✔ No problems/);
  });

  it('exits 1 when an error-level finding remains', () => {
    const r = runCli(['--today', '2026-12-01', 'examples/terraform/bad']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /ICP002/);
    assert.match(r.stdout, /✖ \d+ problems \(\d+ errors?/);
  });

  for (const [what, args, pattern] of [
    ['an unknown format', ['--format', 'xml', 'examples'], /unknown format 'xml'/],
    ['an unknown option', ['--frobnicate'], /unknown option --frobnicate/],
    ['an option without its value', ['examples', '--format'], /option --format needs a value/],
    ['a malformed date', ['--today', '2026-02-30', 'examples'], /--today needs a real date/],
    ['a malformed region', ['--region', 'Hangzhou', 'examples'], /--region needs a region ID/],
    ['a missing path', ['no/such/folder'], /cannot read no\/such\/folder: no such file or folder/],
    [
      'a missing --config file',
      ['--config', 'no-such.yaml', 'examples'],
      /cannot read the configuration no-such\.yaml/,
    ],
  ] as const) {
    it(`exits 2 on ${what}, with a message on stderr and no stack trace`, () => {
      const r = runCli([...args]);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, pattern);
      assert.equal(r.stdout, '');
      noStack(r.stderr);
    });
  }

  it('exits 2 on an invalid configuration, naming the file, line and column', () => {
    const config = join(temp, 'bad-config.yaml');
    writeFileSync(config, 'region: cn-hangzhou\nlangauge: en\n');
    const r = runCli(['--config', config, 'examples/terraform/good']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /invalid configuration .*bad-config\.yaml:2:1: .*langauge/);
    noStack(r.stderr);
  });

  it('reports usage errors in Chinese with --lang zh-cn', () => {
    const r = runCli(['--lang', 'zh-cn', 'no/such/folder']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /无法读取 no\/such\/folder/);
  });

  it('reads .icpcheck.yaml from the working folder by default', () => {
    const dir = mkdtempSync(join(temp, 'cfg-'));
    writeFileSync(join(dir, '.icpcheck.yaml'), 'language: zh-cn\n');
    writeFileSync(
      join(dir, 'main.tf'),
      'resource "alicloud_instance" "web" {\n  instance_type = "ecs.g7.large"\n}\n',
    );
    const r = runCli(['--region', 'cn-hangzhou'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /错误/);
    assert.match(r.stdout, /^main\.tf$/m);
  });
});
