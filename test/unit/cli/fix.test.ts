import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from './helpers';
import { hasTerraform, terraformFmt } from '../helpers/terraform-fmt';
import type { JsonReport } from '../../../src/core/report/json';

/** `--fix` on a copy of examples/terraform/bad: the files change and nothing fixable is left. */
describe('cli: --fix', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'icp-fix-'));
    cpSync(join(repoRoot(), 'examples', 'terraform', 'bad'), join(dir, 'bad'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const files = ['main.tf', 'terraform.tfvars'];
  const read = () => files.map((f) => readFileSync(join(dir, 'bad', f), 'utf8'));

  it('rewrites the files in place and reports only what remains', () => {
    const before = read();
    const r = runCli(['--fix', '--today', '2026-12-01', '--format', 'json', 'bad'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.match(r.stderr, /^Fixed 2 files: bad\/main\.tf, bad\/terraform\.tfvars\n/);
    const after = read();
    assert.notEqual(after[0], before[0], 'main.tf changed');
    assert.notEqual(
      after[1],
      before[1],
      'terraform.tfvars changed (the period is fixed where it is defined)',
    );
    const report = JSON.parse(r.stdout) as JsonReport;
    const fixable = report.files
      .flatMap((f) => f.findings)
      .filter((f) => f.severity === 'error' && f.fixable);
    assert.deepEqual(fixable, []);
  });

  it('a re-run finds no fixable error and keeps the suppression', () => {
    const r = runCli(['--today', '2026-12-01', '--format', 'json', 'bad'], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    const fixable = report.files
      .flatMap((f) => f.findings)
      .filter((f) => f.severity === 'error' && f.fixable);
    assert.deepEqual(
      fixable.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`),
      [],
    );
    assert.equal(report.summary.suppressed, 1);
    // Every fixed file still parses.
    assert.ok(!report.files.flatMap((f) => f.findings).some((f) => f.ruleId === 'ICP000'));
  });
});

/** `--fix` on a copy of all of examples/: what a user would commit. */
describe('cli: --fix output a user can commit', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'icp-fix-'));
    cpSync(join(repoRoot(), 'examples'), join(dir, 'examples'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const original = (path: string) => readFileSync(join(repoRoot(), 'examples', path), 'utf8');
  const fixedText = (path: string) => readFileSync(join(dir, 'examples', path), 'utf8');

  it('inserts arguments aligned, in the order the fixes were applied, and applies no hint-level fix', () => {
    const r = runCli(['--fix', '--today', '2026-12-01', '--format', 'json', 'examples'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const main = original('terraform/bad/main.tf');
    const expected = main
      .replace(
        '  internet_max_bandwidth_out = 10\n}',
        '  internet_max_bandwidth_out = 10\n  instance_charge_type       = "PrePaid"\n  period                     = 3\n}',
      )
      .replace('  region = "cn-hongkong"', '  region = "cn-hangzhou"')
      .replace('  period                     = 1\n', '  period                     = 3\n')
      .replace('  internet_max_bandwidth_out = 0\n', '  internet_max_bandwidth_out = 1\n')
      .replace(
        '"PostPaid"\n  spot_strategy              = "SpotAsPriceGo"\n  internet_max_bandwidth_out = 5\n',
        '"PrePaid"\n  spot_strategy              = "NoSpot"\n  internet_max_bandwidth_out = 5\n  period                     = 3\n',
      )
      .replace('"NotRenewal"', '"AutoRenewal"');
    assert.equal(fixedText('terraform/bad/main.tf'), expected);
    // ICP010 (hint): auto-renewal costs money, so --fix leaves the spec's autoRenew alone.
    assert.equal(fixedText('specs/websites.icp.yaml'), original('specs/websites.icp.yaml'));
    assert.equal(
      fixedText('ros/api-group.ros.json'),
      original('ros/api-group.ros.json').replace(
        '"Postpaid",\n        "InternetMaxBandwidthOut": 10\n',
        '"Prepaid",\n        "InternetMaxBandwidthOut": 10,\n        "Period": 3\n',
      ),
    );
  });

  it('--fix-hints also applies fixes of hint-level rules', () => {
    const r = runCli(['--fix-hints', '--today', '2026-12-01', '--format', 'json', 'examples'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(
      fixedText('specs/websites.icp.yaml'),
      `${original('specs/websites.icp.yaml')}    autoRenew: true\n`,
    );
    assert.match(
      fixedText('terraform/bad/main.tf'),
      /"payg" \{\n(.*\n)* {2}period {21}= 3\n {2}renewal_status {13}= "AutoRenewal"\n\}/,
    );
  });

  // CI has no terraform binary; there the exact text above is the assertion.
  (hasTerraform() ? it : it.skip)(
    'every fixed .tf and .tfvars file is terraform fmt-clean, as the inputs were (needs terraform on PATH)',
    () => {
      runCli(['--fix-hints', '--today', '2026-12-01', 'examples'], { cwd: dir });
      for (const path of [
        'terraform/bad/main.tf',
        'terraform/bad/terraform.tfvars',
        'terraform/bad/variables.tf',
        'terraform/good/main.tf',
        'terraform/eip/main.tf',
      ]) {
        assert.equal(terraformFmt(original(path)), original(path), `${path} was formatted before the fix`);
        assert.equal(terraformFmt(fixedText(path)), fixedText(path), path);
      }
    },
  );
});
