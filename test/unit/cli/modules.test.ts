import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASIC, ECS_MAIN, ECS_VARIABLES } from '../modules/fixtures';
import { runCli } from './helpers';

/**
 * The CLI follows module calls on disk as Terraform does: a local source wherever it leads (only
 * the example folder is named), and `--fix` writes the argument it adds to the call.
 */
describe('cli: module calls on disk', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'icp-modules-'));
    const files: Record<string, string> = {
      'ecs/main.tf': ECS_MAIN,
      'ecs/variables.tf': ECS_VARIABLES,
      'ecs/examples/basic/main.tf': BASIC,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checking only examples/basic follows `../..` and reports on the module call', () => {
    const r = runCli(['--format', 'json', '--today', '2026-12-01', 'ecs/examples/basic'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as {
      files: {
        path: string;
        findings: { ruleId: string; instance: string; location: { startLine: number } }[];
      }[];
    };
    const findings = report.files.flatMap((f) =>
      f.findings.map((x) => `${f.path}:${x.location.startLine} ${x.ruleId} ${x.instance}`),
    );
    assert.deepEqual(findings, ['ecs/examples/basic/main.tf:5 ICP002 module.ecs.alicloud_instance.this[0]']);
  });

  it('--fix adds the charge type and the period to the call; the module is not touched and nothing is left', () => {
    const r = runCli(['--fix', '--today', '2026-12-01', 'ecs/examples/basic'], { cwd: dir });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(
      readFileSync(join(dir, 'ecs/examples/basic/main.tf'), 'utf8'),
      BASIC.replace(
        '  internet_max_bandwidth_out  = 10\n',
        '  internet_max_bandwidth_out  = 10\n  instance_charge_type        = "PrePaid"\n  period                      = 3\n',
      ),
    );
    assert.equal(readFileSync(join(dir, 'ecs/variables.tf'), 'utf8'), ECS_VARIABLES);
  });
});
