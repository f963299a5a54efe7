import assert from 'node:assert/strict';
import { check } from '../../../src/core/engine/check';
import { buildReadiness } from '../../../src/core/report/readiness';
import { coreReady } from '../helpers/core-ready';
import { callWeb, WEB } from './fixtures';

/** The readiness report finds each module instance's findings by its key and each finding's requirement by its setting. */
describe('module instances in the readiness report', function () {
  before(async function () {
    this.timeout(30_000);
    await coreReady();
  });

  const readiness = (files: Record<string, string>) => {
    const result = check(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      { today: '2026-12-01' },
    );
    return { result, report: buildReadiness(result) };
  };
  const statuses = (report: ReturnType<typeof buildReadiness>, id: string) =>
    report.instances.map((i) => [
      i.instance.file,
      i.instance.name,
      i.verdict,
      i.requirements.find((r) => r.id === id)!.status,
    ]);

  it("a literal in a module two roots call is one finding, and both roots' instances of the same name fail by it", function () {
    this.timeout(5000);
    const { result, report } = readiness({
      'dev/main.tf': callWeb(),
      'prod/main.tf': callWeb(),
      ...WEB,
      'modules/web/main.tf': WEB['modules/web/main.tf'].replace('var.charge', '"PostPaid"'),
    });
    // Both instances are named module.web.alicloud_instance.this; the finding points into the module,
    // in neither root's file. Matched by name, then file, then folder, it went to the first only.
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.at.file} ${f.related.map((r) => r.at.file).join(' ')}`),
      ['ICP002 modules/web/main.tf dev/main.tf prod/main.tf'],
    );
    assert.deepEqual(statuses(report, 'billing'), [
      ['dev/main.tf', 'module.web.alicloud_instance.this', 'not-ready', 'fail'],
      ['prod/main.tf', 'module.web.alicloud_instance.this', 'not-ready', 'fail'],
    ]);
  });

  it('values unknown inside a module both point at the call, and each counts against its own requirement', function () {
    this.timeout(5000);
    const root = callWeb();
    const call = root.indexOf('module "web"');
    const { result, report } = readiness({
      'live/main.tf': root,
      ...WEB,
      'modules/web/main.tf': WEB['modules/web/main.tf']
        .replace('var.period', 'data.x.period')
        .replace('var.bandwidth', 'data.x.bandwidth'),
    });
    // Matched by location, both went to the first requirement with a value there: billing, whose
    // charge type (a default in the module) is placed on the call too.
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.setting} ${f.at.file}:${f.at.start}`),
      [`ICP012 publicBandwidthMbps live/main.tf:${call}`, `ICP012 period live/main.tf:${call}`],
    );
    const [web] = report.instances;
    assert.deepEqual(
      web.requirements
        .filter((r) => r.findings.length > 0)
        .map((r) => [r.id, r.status, r.findings.map((f) => f.setting)]),
      [
        ['period', 'unknown', ['period']],
        ['public-ip', 'unknown', ['publicBandwidthMbps']],
      ],
    );
  });
});
