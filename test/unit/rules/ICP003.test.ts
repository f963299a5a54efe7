import assert from 'node:assert/strict';
import { subscriptionTooShort } from '../../../src/core/rules/ICP003-subscription-too-short';
import type { Product } from '../../../src/core/model/instance';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
  period               = 1
}
`;

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceChargeType: PrePaid
      Period: 2
      PeriodUnit: Week
`;

describe('ICP003 subscription-too-short', () => {
  it('terraform: period 1 on ECS is reported on the value; the fix sets 3', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      chargeType: doc.known('subscription', '"PrePaid"'),
      period: doc.known(1, '1'),
      periodUnit: doc.omitted('month', doc.at('resource')),
      setters: { periodMonths: (m) => doc.replace('= 1', `= ${m}`) },
    });
    const run = runRule(subscriptionTooShort, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP003',
        severity: 'error',
        messageId: 'tooShort',
        message:
          'The 1-month subscription of alicloud_instance.web is shorter than the 3-month minimum an ICP filing needs.',
        range: '3:26-3:27',
        file: 'main.tf',
        related: [],
      },
    ]);
    assert.equal(run.findings[0].fixes[0].title.en, 'Subscribe for 3 months');
    assert.equal(run.findings[0].fixes[0].title['zh-cn'], '购买时长改为 3 个月');
    assert.equal(applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'], TF.replace('= 1', '= 3'));
  });

  it('ros: a Week unit is always too short and points at the unit', () => {
    const doc = new FixtureDoc('t.ros.yaml', ROS);
    const instance = makeInstance(doc, 'ros', {
      header: 'Web:',
      name: 'Web',
      chargeType: doc.known('subscription', 'PrePaid'),
      period: doc.known(2, '2', { after: 'Period:' }),
      periodUnit: doc.known('week', 'Week'),
      setters: {
        periodMonths: (m) => [
          ...doc.replace('2', String(m), { after: 'Period:' }),
          ...doc.replace('Week', 'Month'),
        ],
      },
    });
    const run = runRule(subscriptionTooShort, [instance], { 't.ros.yaml': ROS });
    assert.equal(run.rendered[0].messageId, 'weeks');
    assert.equal(
      run.rendered[0].message,
      'Web is bought by the week (period: 2), always shorter than the 3-month minimum an ICP filing needs.',
    );
    assert.equal(run.rendered[0].range, '8:19-8:23');
    assert.equal(
      applyFixTo({ 't.ros.yaml': ROS }, run.findings[0])['t.ros.yaml'],
      ROS.replace('Period: 2', 'Period: 3').replace('Week', 'Month'),
    );
  });

  it('an omitted period is one month, reported on the header', () => {
    const text = 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n}\n';
    const doc = new FixtureDoc('main.tf', text);
    const header = doc.at('resource "alicloud_instance" "web"');
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      chargeType: doc.known('subscription', '"PrePaid"'),
      period: doc.omitted(1, header),
    });
    const run = runRule(subscriptionTooShort, [instance], { 'main.tf': text });
    assert.equal(run.rendered[0].messageId, 'omitted');
    assert.equal(run.rendered[0].range, '1:1-1:35');
  });

  it('uses the product minimum: NAT gateway 1, elastic web hosting 6, marketplace 12; years count as 12 months', () => {
    const doc = new FixtureDoc('plan.icp.yaml', 'instances:\n  a:\n    period: 1\n');
    const make = (product: Product, period: number, unit: 'month' | 'year' = 'month') =>
      makeInstance(doc, 'spec', {
        header: 'a:',
        name: `${product}-${period}${unit}`,
        product,
        chargeType: doc.known('subscription', 'a:'),
        period: doc.known(period, '1'),
        periodUnit: doc.known(unit, 'a:'),
      });
    const run = runRule(
      subscriptionTooShort,
      [
        make('nat-gateway', 1),
        make('elastic-web-hosting', 5),
        make('elastic-web-hosting', 6),
        make('marketplace-site', 11),
        make('marketplace-site', 1, 'year'),
        make('iot-package', 3),
      ],
      { 'plan.icp.yaml': doc.text },
    );
    assert.deepEqual(
      run.findings.map((f) => f.instance),
      ['elastic-web-hosting-5month', 'marketplace-site-11month', 'iot-package-3month'],
    );
  });

  it("valid: pay-as-you-go and unknown charge types are ICP002's; an unknown period goes to ICP012", () => {
    const doc = new FixtureDoc('main.tf', TF.replace('= 1', '= var.period'));
    const payg = makeInstance(doc, 'terraform', {
      header: 'resource',
      chargeType: doc.known('pay-as-you-go', '"PrePaid"'),
      period: doc.known(1, 'var.period'),
    });
    const unknownCharge = makeInstance(doc, 'terraform', {
      header: 'resource',
      chargeType: doc.unknown('"PrePaid"'),
      period: doc.known(1, 'var.period'),
    });
    const unknownPeriod = makeInstance(doc, 'terraform', {
      header: 'resource',
      name: 'w',
      chargeType: doc.known('subscription', '"PrePaid"'),
      period: doc.unknown('var.period'),
    });
    const run = runRule(subscriptionTooShort, [payg, unknownCharge, unknownPeriod], { 'main.tf': doc.text });
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(
      run.unresolved.map((u) => u.message),
      [
        '`period` of w is `var.period`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      ],
    );
  });
});
