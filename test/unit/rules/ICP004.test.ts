import assert from 'node:assert/strict';
import { noPublicIp } from '../../../src/core/rules/ICP004-no-public-ip';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  instance_type = "ecs.g7.large"
}
`;

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      InternetMaxBandwidthOut: 5
      AllocatePublicIP: false
`;

describe('ICP004 no-public-ip', () => {
  it('terraform: omitted bandwidth is reported on the header; the fix buys 1 Mbit/s', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      publicBandwidthMbps: doc.omitted(0, doc.at('resource "alicloud_instance" "web"')),
      setters: {
        publicBandwidth: (n) => doc.insertAfterLine('instance_type', `  internet_max_bandwidth_out = ${n}\n`),
      },
    });
    const run = runRule(noPublicIp, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP004',
        severity: 'error',
        messageId: 'omitted',
        message:
          'alicloud_instance.web sets no outbound public bandwidth (so 0 Mbit/s) and has no Elastic IP, so it has no public IP; an ICP filing needs one.',
        range: '1:1-1:35',
        file: 'main.tf',
        related: [],
      },
    ]);
    assert.equal(run.findings[0].fixes[0].title.en, 'Buy 1 Mbit/s of outbound public bandwidth');
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'],
      TF.replace('"ecs.g7.large"\n', '"ecs.g7.large"\n  internet_max_bandwidth_out = 1\n'),
    );
  });

  it('spec: explicit 0 is reported on the value', () => {
    const text = 'instances:\n  web-1:\n    product: ens\n    publicBandwidthMbps: 0\n';
    const doc = new FixtureDoc('p.icp.yaml', text);
    const instance = makeInstance(doc, 'spec', {
      header: 'web-1',
      name: 'web-1',
      product: 'ens',
      publicBandwidthMbps: doc.known(0, '0'),
    });
    const run = runRule(noPublicIp, [instance], { 'p.icp.yaml': text });
    assert.equal(run.rendered[0].messageId, 'noBandwidth');
    assert.equal(
      run.rendered[0].message,
      'web-1 has 0 Mbit/s of outbound public bandwidth and no Elastic IP, so it has no public IP; an ICP filing needs one.',
    );
    assert.equal(run.rendered[0].range, '4:26-4:27');
  });

  it('ros: AllocatePublicIP false is reported on it, with no fix (more bandwidth would not pass)', () => {
    const doc = new FixtureDoc('t.ros.yaml', ROS);
    const instance = makeInstance(doc, 'ros', {
      header: 'Web:',
      name: 'Web',
      publicBandwidthMbps: doc.known(5, '5'),
      allocatePublicIp: doc.known(false, 'false'),
      setters: { publicBandwidth: (n) => doc.replace('5', String(n)) },
    });
    const run = runRule(noPublicIp, [instance], { 't.ros.yaml': ROS });
    assert.equal(run.rendered[0].messageId, 'allocateFalse');
    assert.equal(run.rendered[0].range, '7:25-7:30');
    assert.deepEqual(run.findings[0].fixes, []);
  });

  it('valid: bandwidth above 0, an EIP association, spec eip: true, products without configurable IP, unknown bandwidth', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const header = doc.at('resource');
    const run = runRule(
      noPublicIp,
      [
        makeInstance(doc, 'terraform', { header: 'resource', publicBandwidthMbps: doc.known(5, 'ecs') }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          publicBandwidthMbps: doc.omitted(0, header),
          eipAssociations: [header],
        }),
        makeInstance(doc, 'spec', {
          header: 'resource',
          publicBandwidthMbps: doc.omitted(0, header),
          eipDeclared: doc.known(true, 'ecs'),
        }),
        makeInstance(doc, 'terraform', { header: 'resource', product: 'simple-application-server' }),
        makeInstance(doc, 'spec', {
          header: 'resource',
          product: 'web-hosting',
          publicBandwidthMbps: doc.omitted(0, header),
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          name: 'u',
          publicBandwidthMbps: doc.unknown('"ecs.g7.large"'),
        }),
      ],
      { 'main.tf': TF },
    );
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(
      run.unresolved.map((u) => u.message),
      [
        '`internet_max_bandwidth_out` of u is `"ecs.g7.large"`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      ],
    );
  });
});
