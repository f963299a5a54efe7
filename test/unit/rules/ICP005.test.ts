import assert from 'node:assert/strict';
import { expiry } from '../../../src/core/rules/ICP005-expiry';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
  renewal_status       = "NotRenewal"
}
`;

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    expiresOn: 2026-04-30
`;

function specRun(date: string, product: 'ecs' | 'marketplace-site' = 'ecs') {
  const text = SPEC.replace('2026-04-30', date);
  const doc = new FixtureDoc('p.icp.yaml', text);
  const instance = makeInstance(doc, 'spec', {
    header: 'web-1',
    name: 'web-1',
    product,
    expiresOn: doc.known(date, date),
  });
  return runRule(expiry, [instance], { 'p.icp.yaml': text }, { today: '2026-05-01' });
}

describe('ICP005 expiry', () => {
  it('terraform: NotRenewal is a warning on the value; the fix sets AutoRenewal', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      chargeType: doc.known('subscription', '"PrePaid"'),
      renewalStatus: doc.known('NotRenewal', '"NotRenewal"'),
      setters: { renewalStatus: (v) => doc.replace('"NotRenewal"', `"${v}"`) },
    });
    const run = runRule(expiry, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP005',
        severity: 'warning',
        messageId: 'notRenewal',
        message:
          'alicloud_instance.web is set not to renew (NotRenewal): it will expire, and an expired instance cannot carry an ICP filing.',
        range: '3:26-3:38',
        file: 'main.tf',
        related: [],
      },
    ]);
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'],
      TF.replace('"NotRenewal"', '"AutoRenewal"'),
    );
  });

  it('spec: expiresOn in the past is an error', () => {
    const run = specRun('2026-04-30');
    assert.deepEqual(
      run.rendered.map((f) => [f.messageId, f.severity, f.range, f.message]),
      [
        [
          'expired',
          'error',
          '5:16-5:26',
          'web-1 expired on 2026-04-30; an expired instance cannot apply for a service number, and its filed websites lose their access. Renew it.',
        ],
      ],
    );
  });

  it('spec: less than the product minimum away is a warning; the boundary is the minimum itself', () => {
    assert.deepEqual(
      specRun('2026-05-01').rendered.map((f) => [f.messageId, f.severity]),
      [['expiresSoon', 'warning']],
    );
    assert.equal(
      specRun('2026-07-31').rendered[0].message,
      'web-1 expires on 2026-07-31, less than the 3-month minimum away; renew it before applying for a service number.',
    );
    assert.deepEqual(specRun('2026-08-01').rendered, []);
    assert.equal(specRun('2027-04-30', 'marketplace-site').rendered[0].messageId, 'expiresSoon');
    assert.deepEqual(specRun('2027-05-01', 'marketplace-site').rendered, []);
  });

  it('valid: pay-as-you-go instances, Normal renewal, an unknown renewal status (ICP012)', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const run = runRule(
      expiry,
      [
        makeInstance(doc, 'terraform', {
          header: 'resource',
          chargeType: doc.known('pay-as-you-go', '"PrePaid"'),
          renewalStatus: doc.known('NotRenewal', '"NotRenewal"'),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          chargeType: doc.known('subscription', '"PrePaid"'),
          renewalStatus: doc.known('Normal', '"NotRenewal"'),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          name: 'u',
          renewalStatus: doc.unknown('"NotRenewal"'),
        }),
      ],
      { 'main.tf': TF },
    );
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(
      run.unresolved.map((u) => u.message),
      [
        '`renewal_status` of u is `"NotRenewal"`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      ],
    );
  });
});
