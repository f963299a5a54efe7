import assert from 'node:assert/strict';
import { noAutoRenew } from '../../../src/core/rules/ICP010-no-auto-renew';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
}
`;

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceChargeType: PrePaid
      AutoRenew: 'False'
`;

describe('ICP010 no-auto-renew', () => {
  it('terraform: omitted renewal_status is a hint on the header; the fix sets AutoRenewal', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const header = doc.at('resource "alicloud_instance" "web"');
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      chargeType: doc.known('subscription', '"PrePaid"'),
      renewalStatus: doc.omitted('Normal', header),
      setters: {
        renewalStatus: (v) =>
          doc.insertAfterLine('instance_charge_type', `  renewal_status       = "${v}"\n`),
        autoRenew: () => undefined,
      },
    });
    const run = runRule(noAutoRenew, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP010',
        severity: 'hint',
        messageId: 'noAutoRenew',
        message:
          'alicloud_instance.web does not renew automatically: once its remaining time drops below the minimum it can no longer apply for a service number, and when it expires its websites lose their filing access.',
        range: '1:1-1:35',
        file: 'main.tf',
        related: [],
      },
    ]);
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'],
      TF.replace('"PrePaid"\n', '"PrePaid"\n  renewal_status       = "AutoRenewal"\n'),
    );
  });

  it("ros: AutoRenew 'False' is reported on the value; the fix uses the autoRenew setter", () => {
    const doc = new FixtureDoc('t.ros.yaml', ROS);
    const instance = makeInstance(doc, 'ros', {
      header: 'Web:',
      name: 'Web',
      chargeType: doc.known('subscription', 'PrePaid'),
      autoRenew: doc.known(false, "'False'"),
      setters: { autoRenew: () => doc.replace("'False'", "'True'") },
    });
    const run = runRule(noAutoRenew, [instance], { 't.ros.yaml': ROS });
    assert.equal(run.rendered[0].range, '7:18-7:25');
    assert.equal(
      applyFixTo({ 't.ros.yaml': ROS }, run.findings[0])['t.ros.yaml'],
      ROS.replace("'False'", "'True'"),
    );
  });

  it('valid: AutoRenewal, autoRenew true, NotRenewal (ICP005 warns), pay-as-you-go, unknown (ICP012)', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const sub = doc.known('subscription' as const, '"PrePaid"');
    const run = runRule(
      noAutoRenew,
      [
        makeInstance(doc, 'terraform', {
          header: 'resource',
          chargeType: sub,
          renewalStatus: doc.known('AutoRenewal', 'PrePaid'),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          chargeType: sub,
          autoRenew: doc.known(true, 'PrePaid'),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          chargeType: sub,
          renewalStatus: doc.known('NotRenewal', 'PrePaid'),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          chargeType: doc.known('pay-as-you-go', 'PrePaid'),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          name: 'u',
          chargeType: sub,
          autoRenew: doc.unknown('"PrePaid"'),
        }),
      ],
      { 'main.tf': TF },
    );
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(
      run.unresolved.map((u) => u.message),
      [
        '`auto_renew` of u is `"PrePaid"`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      ],
    );
  });
});
