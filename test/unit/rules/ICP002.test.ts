import assert from 'node:assert/strict';
import { payAsYouGo } from '../../../src/core/rules/ICP002-pay-as-you-go';
import { FixtureDoc, LABEL, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  instance_type        = "ecs.g7.large"
  instance_charge_type = "PostPaid"
}
`;

const TF_VAR = `resource "alicloud_instance" "web" {
  instance_charge_type = var.billing
}
`;
const TF_VARS = `variable "billing" {
  default = "PostPaid"
}
`;

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceType: ecs.g7.large
      SpotStrategy: SpotAsPriceGo
`;

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    billing: pay-as-you-go
`;

describe('ICP002 pay-as-you-go', () => {
  it('terraform: explicit PostPaid points at the value and fixes it to PrePaid', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      chargeType: doc.known('pay-as-you-go', '"PostPaid"'),
      setters: { chargeType: () => doc.replace('"PostPaid"', '"PrePaid"') },
    });
    const run = runRule(payAsYouGo, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP002',
        severity: 'error',
        messageId: 'payAsYouGo',
        message:
          'alicloud_instance.web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        range: '3:26-3:36',
        file: 'main.tf',
        related: [],
      },
    ]);
    assert.equal(run.findings[0].fixes[0].title.en, 'Switch to subscription (PrePaid)');
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'],
      TF.replace('"PostPaid"', '"PrePaid"'),
    );
  });

  it('terraform: a value from a variable default stays on the instance line, with the default as related location, and the fix edits the default', () => {
    const main = new FixtureDoc('main.tf', TF_VAR);
    const vars = new FixtureDoc('variables.tf', TF_VARS);
    const texts = { 'main.tf': TF_VAR, 'variables.tf': TF_VARS };
    const instance = makeInstance(main, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      chargeType: main.known('pay-as-you-go', 'var.billing', {
        origins: [vars.origin('"PostPaid"', LABEL('variable default', '变量默认值'))],
      }),
      setters: { chargeType: () => vars.replace('"PostPaid"', '"PrePaid"') },
    });
    const run = runRule(payAsYouGo, [instance], texts);
    assert.equal(run.rendered[0].range, '2:26-2:37');
    assert.deepEqual(run.rendered[0].related, [
      { file: 'variables.tf', range: '2:13-2:23', message: 'variable default' },
    ]);
    const fixed = applyFixTo(texts, run.findings[0]);
    assert.equal(fixed['main.tf'], TF_VAR);
    assert.equal(fixed['variables.tf'], TF_VARS.replace('"PostPaid"', '"PrePaid"'));
  });

  it('terraform: an omitted charge type is reported on the header as the API default', () => {
    const text = 'resource "alicloud_instance" "web" {\n  instance_type = "ecs.g7.large"\n}\n';
    const doc = new FixtureDoc('main.tf', text);
    const header = doc.at('resource "alicloud_instance" "web"');
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      chargeType: doc.omitted('pay-as-you-go', header),
      setters: {
        chargeType: () =>
          doc.insertAfterLine('resource "alicloud_instance" "web"', '  instance_charge_type = "PrePaid"\n'),
      },
    });
    const run = runRule(payAsYouGo, [instance], { 'main.tf': text });
    assert.equal(run.rendered[0].messageId, 'omitted');
    assert.equal(run.rendered[0].range, '1:1-1:35');
    assert.equal(
      applyFixTo({ 'main.tf': text }, run.findings[0])['main.tf'],
      'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n  instance_type = "ecs.g7.large"\n}\n',
    );
  });

  it('ros: a spot strategy is reported on the strategy; the fix sets PrePaid and NoSpot', () => {
    const doc = new FixtureDoc('template.ros.yaml', ROS);
    const instance = makeInstance(doc, 'ros', {
      header: 'Web:',
      name: 'Web',
      chargeType: doc.omitted('pay-as-you-go', doc.at('Web:')),
      spotStrategy: doc.known('SpotAsPriceGo', 'SpotAsPriceGo'),
      setters: {
        chargeType: () => doc.insertAfterLine('Properties:', '      InstanceChargeType: PrePaid\n'),
        noSpot: () => doc.replace('      SpotStrategy: SpotAsPriceGo\n', ''),
      },
    });
    const run = runRule(payAsYouGo, [instance], { 'template.ros.yaml': ROS });
    assert.equal(run.rendered.length, 1);
    assert.equal(run.rendered[0].messageId, 'spot');
    assert.equal(
      run.rendered[0].message,
      'Web is a spot instance (SpotAsPriceGo); spot instances are billed pay-as-you-go and cannot carry an ICP filing.',
    );
    assert.equal(run.rendered[0].range, '7:21-7:34');
    assert.equal(
      run.findings[0].fixes[0].title.en,
      'Switch to subscription (PrePaid) and set the spot strategy to NoSpot',
    );
    assert.equal(
      applyFixTo({ 'template.ros.yaml': ROS }, run.findings[0])['template.ros.yaml'],
      ROS.replace('      SpotStrategy: SpotAsPriceGo\n', '').replace(
        'Properties:\n',
        'Properties:\n      InstanceChargeType: PrePaid\n',
      ),
    );
  });

  it('ros: NoSpot (any case) is harmless', () => {
    const doc = new FixtureDoc('t.yaml', ROS.replace('SpotAsPriceGo', 'nospot'));
    const instance = makeInstance(doc, 'ros', {
      header: 'Web:',
      chargeType: doc.known('subscription', 'Web'),
      spotStrategy: doc.known('nospot', 'nospot'),
    });
    assert.deepEqual(runRule(payAsYouGo, [instance], { 't.yaml': doc.text }).rendered, []);
  });

  it('spec: billing spot; no fix without a setter', () => {
    const text = SPEC.replace('pay-as-you-go', 'spot');
    const doc = new FixtureDoc('plan.icp.yaml', text);
    const instance = makeInstance(doc, 'spec', {
      header: 'web-1',
      name: 'web-1',
      chargeType: doc.known('spot', 'spot'),
    });
    const run = runRule(payAsYouGo, [instance], { 'plan.icp.yaml': text });
    assert.equal(run.rendered[0].messageId, 'spot');
    assert.equal(run.rendered[0].range, '5:14-5:18');
    assert.deepEqual(run.findings[0].fixes, []);
  });

  it('valid: subscription passes; unknown is handed to ICP012 and not reported', () => {
    const doc = new FixtureDoc('main.tf', TF_VAR);
    const sub = makeInstance(doc, 'terraform', {
      header: 'resource',
      chargeType: doc.known('subscription', 'var.billing'),
    });
    const unk = makeInstance(doc, 'terraform', {
      header: 'resource',
      name: 'alicloud_instance.web',
      chargeType: doc.unknown('var.billing'),
    });
    const run = runRule(payAsYouGo, [sub, unk], { 'main.tf': TF_VAR });
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(
      run.unresolved.map((u) => u.message),
      [
        '`instance_charge_type` of alicloud_instance.web is `var.billing`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      ],
    );
  });
});
