import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from './helpers';
import { SNAPSHOT_CASES, SNAPSHOT_TODAY } from './snapshot-cases';
import { sarifValidator } from '../report/sarif-schema';
import type { JsonReport } from '../../../src/core/report/json';

/** Every format over the sample workspace, through the real binary. */
describe('cli: formats over examples/', function () {
  this.timeout(120_000);
  const base = ['--today', SNAPSHOT_TODAY, '--config', 'examples/.icpcheck.yaml', 'examples'];

  it('json matches the snapshot (UPDATE_SNAPSHOTS=1 rewrites it)', () => {
    for (const c of SNAPSHOT_CASES) {
      const r = runCli(c.args);
      assert.equal(r.status, 1, r.stderr);
      const path = join(repoRoot(), 'test', 'snapshots', c.file);
      if (process.env.UPDATE_SNAPSHOTS === '1') {
        mkdirSync(join(repoRoot(), 'test', 'snapshots'), { recursive: true });
        writeFileSync(path, r.stdout);
      }
      assert.equal(
        r.stdout,
        readFileSync(path, 'utf8'),
        `${c.file} differs: run scripts/update-snapshots.ts and review the diff`,
      );
    }
  });

  it('json uses relative paths, 1-based positions and names every example file', () => {
    const report = JSON.parse(runCli(['--format', 'json', ...base]).stdout) as JsonReport;
    const paths = report.files.map((f) => f.path);
    for (const p of [
      'examples/terraform/good/main.tf',
      'examples/terraform/bad/main.tf',
      'examples/terraform/eip/main.tf',
      'examples/ros/web-stack.ros.yaml',
      'examples/ros/api-group.ros.json',
      'examples/specs/websites.icp.yaml',
    ]) {
      assert.ok(paths.includes(p), `${p} checked`);
    }
    assert.ok(!paths.includes('examples/.icpcheck.yaml'), 'the configuration is not checked as an input');
    for (const f of report.files.flatMap((x) => x.findings)) {
      assert.ok(f.location.startLine >= 1 && f.location.startColumn >= 1);
      assert.ok(!f.location.path.startsWith('/'));
    }
    assert.equal(report.verdict, 'not-ready');
    assert.ok(report.suppressions.some((s) => s.ruleId === 'ICP002' && /load-test bench/.test(s.reason)));
  });

  it('sarif is valid SARIF 2.1.0 with one rule per ID', () => {
    const r = runCli(['--format', 'sarif', ...base]);
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.deepEqual(sarifValidator()(sarif), []);
    const ids = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    assert.deepEqual(
      ids,
      Array.from({ length: 16 }, (_, i) => `ICP0${String(i).padStart(2, '0')}`),
    );
    assert.ok(sarif.runs[0].results.length > 0);
  });

  it('markdown names each instance with its verdict', () => {
    const r = runCli(['--format', 'markdown', ...base]);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(runCli(['--format', 'json', ...base]).stdout) as JsonReport;
    assert.ok(report.instances.length >= 10);
    const verdictWords = {
      ready: 'ready',
      'at-risk': 'at risk',
      waived: 'waived (suppressed)',
      unknown: 'unknown',
      'not-ready': 'not ready',
    } as const;
    for (const i of report.instances) {
      assert.ok(
        r.stdout.includes(`\`${i.name}\` — ${verdictWords[i.verdict]}`),
        `${i.name} (${i.verdict}) in the markdown`,
      );
    }
    assert.match(r.stdout, /\*\*Verdict: ❌ Not ready for ICP filing\*\*/);
    assert.match(r.stdout, /## Suppressions in effect/);
  });

  it('stylish has no colours when stdout is not a terminal', () => {
    const r = runCli(base);
    assert.ok(!r.stdout.includes('\x1b['));
    assert.match(r.stdout, /^examples\/terraform\/bad\/main\.tf$/m);
  });
});
