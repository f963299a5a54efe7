import assert from 'node:assert/strict';
import { buildReadiness } from '../../../src/core/report/readiness';
import { instanceKey } from '../../../src/core/model/instance-key';
import type { Finding } from '../../../src/core/model/finding';
import { DB, PAYG, RESULT, UNRESOLVED, WEB } from './sample-result';

describe('report: readiness model', () => {
  const report = buildReadiness(RESULT);
  const web = report.instances.find((i) => i.instance === WEB)!;
  const db = report.instances.find((i) => i.instance === DB)!;
  const status = (r: typeof web, id: string) => r.requirements.find((q) => q.id === id)!.status;

  it('fails the requirements that have error findings and passes the rest', () => {
    assert.equal(status(web, 'billing'), 'fail');
    assert.equal(status(web, 'period'), 'fail');
    assert.equal(status(web, 'region'), 'pass');
    assert.equal(status(web, 'public-ip'), 'pass');
    assert.equal(web.verdict, 'not-ready');
  });

  it('marks a requirement unknown when its value cannot be evaluated (ICP012 at that value)', () => {
    assert.equal(status(db, 'period'), 'unknown');
    assert.deepEqual(
      db.requirements.find((q) => q.id === 'period')!.findings.map((f) => f.ruleId),
      ['ICP012'],
    );
    assert.equal(db.verdict, 'unknown');
  });

  it('shows a suppressed finding as suppressed, not as a pass or a failure', () => {
    assert.equal(status(db, 'public-ip'), 'suppressed');
    assert.equal(db.suppressions.length, 1);
  });

  it('does not tick the period of a pay-as-you-go instance, which has none', () => {
    const payg = buildReadiness({ ...RESULT, findings: [] }).instances.find((i) => i.instance === WEB)!;
    assert.equal(status(payg, 'period'), 'not-applicable');
  });

  it('marks spec-only requirements not applicable to Terraform instances', () => {
    assert.equal(status(web, 'quota'), 'not-applicable');
    assert.equal(status(web, 'service-numbers'), 'not-applicable');
  });

  it('is not ready overall exactly when an error remains, and counts everything', () => {
    assert.equal(report.verdict, 'not-ready');
    assert.deepEqual(report.counts.findings, { error: 2, warning: 0, info: 1, hint: 0 });
    assert.equal(report.counts.fixable, 2);
    assert.equal(report.counts.suppressed, 1);
    assert.deepEqual(report.counts.instances, {
      ready: 0,
      'at-risk': 0,
      waived: 0,
      unknown: 1,
      'not-ready': 1,
      total: 2,
    });
  });

  it('is ready when nothing is found, and says so when there are no instances', () => {
    assert.equal(
      buildReadiness({ ...RESULT, findings: [], suppressions: [], instances: [WEB] }).verdict,
      'ready',
    );
    assert.equal(
      buildReadiness({ ...RESULT, findings: [], suppressions: [], instances: [] }).verdict,
      'no-instances',
    );
  });

  it('treats a warning as at risk, not as not ready', () => {
    const warning: Finding = {
      ...PAYG,
      ruleId: 'ICP005',
      ruleName: 'expiry',
      severity: 'warning',
      setting: 'expiresOn',
      fixes: [],
    };
    const r = buildReadiness({ ...RESULT, findings: [warning], suppressions: [], instances: [WEB] });
    assert.equal(r.instances[0].requirements.find((q) => q.id === 'expiry')!.status, 'warn');
    assert.equal(r.instances[0].verdict, 'at-risk');
    assert.equal(r.verdict, 'at-risk');
  });

  it('calls an instance whose only failure is suppressed waived, not ready, and does not fail the whole', () => {
    const r = buildReadiness({ ...RESULT, findings: [], instances: [WEB, { ...DB, period: undefined }] });
    const db = r.instances[1];
    assert.equal(db.verdict, 'waived');
    assert.equal(db.requirements.find((q) => q.id === 'public-ip')!.status, 'suppressed');
    assert.equal(r.verdict, 'ready');
  });

  it('gives a finding to the instance its key names, whatever file it points at', () => {
    const other = { ...WEB, file: 'other/main.tf', header: { ...WEB.header, file: 'other/main.tf' } };
    const aboutOther = { ...PAYG, instanceKeys: [instanceKey(other)] };
    const r = buildReadiness({
      ...RESULT,
      findings: [aboutOther],
      suppressions: [],
      instances: [WEB, other],
    });
    assert.deepEqual(
      r.instances.map((i) => [i.instance.file, i.verdict, i.findings.length]),
      [
        [WEB.file, 'ready', 0],
        ['other/main.tf', 'not-ready', 1],
      ],
    );
  });

  it('counts a finding against the requirement of its setting, wherever it points', () => {
    // Two values unknown through one module call both point at the call's header.
    const period = { ...UNRESOLVED, at: DB.header, setting: 'period' as const };
    const billing = { ...UNRESOLVED, at: DB.header, setting: 'chargeType' as const };
    const r = buildReadiness({ ...RESULT, findings: [period, billing], suppressions: [], instances: [DB] });
    const of = (id: string) => r.instances[0].requirements.find((q) => q.id === id)!.findings;
    assert.deepEqual([of('period'), of('billing')], [[period], [billing]]);
  });
});
