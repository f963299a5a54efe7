import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from './helpers';
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
    assert.notEqual(after[1], before[1], 'terraform.tfvars changed (the period is fixed where it is defined)');
    const report = JSON.parse(r.stdout) as JsonReport;
    const fixable = report.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error' && f.fixable);
    assert.deepEqual(fixable, []);
  });

  it('a re-run finds no fixable error and keeps the suppression', () => {
    const r = runCli(['--today', '2026-12-01', '--format', 'json', 'bad'], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    const fixable = report.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error' && f.fixable);
    assert.deepEqual(fixable.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`), []);
    assert.equal(report.summary.suppressed, 1);
    // Every fixed file still parses.
    assert.ok(!report.files.flatMap((f) => f.findings).some((f) => f.ruleId === 'ICP000'));
  });
});
