import assert from 'node:assert/strict';
import { publicIpViaEip } from '../../../src/core/rules/ICP013-public-ip-via-eip';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  instance_type = "ecs.g7.large"
}

resource "alicloud_eip_association" "web" {
  allocation_id = alicloud_eip_address.web.id
  instance_id   = alicloud_instance.web.id
}
`;

describe('ICP013 public-ip-via-eip', () => {
  it('terraform: the only public IP is an EIP: a hint on the header, the association related', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const header = doc.at('resource "alicloud_instance" "web"');
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      publicBandwidthMbps: doc.omitted(0, header),
      eipAssociations: [doc.at('resource "alicloud_eip_association" "web"')],
    });
    const run = runRule(publicIpViaEip, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP013',
        severity: 'hint',
        messageId: 'viaEip',
        message:
          'The only public IP of alicloud_instance.web is an associated Elastic IP: keep it bound, or the instance has no public IP and loses its filing access.',
        range: '1:1-1:35',
        file: 'main.tf',
        related: [{ file: 'main.tf', range: '5:1-5:42', message: 'Elastic IP association' }],
      },
    ]);
  });

  it('spec: eip: true and no bandwidth points at eip', () => {
    const text = 'instances:\n  web-1:\n    eip: true\n';
    const doc = new FixtureDoc('p.icp.yaml', text);
    const run = runRule(
      publicIpViaEip,
      [makeInstance(doc, 'spec', { header: 'web-1', name: 'web-1', eipDeclared: doc.known(true, 'true') })],
      { 'p.icp.yaml': text },
    );
    assert.equal(run.rendered[0].range, '3:10-3:14');
  });

  it('valid: own bandwidth too, no EIP, unknown bandwidth, products without configurable IP', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const eip = [doc.at('resource "alicloud_eip_association" "web"')];
    const run = runRule(
      publicIpViaEip,
      [
        makeInstance(doc, 'terraform', {
          header: 'resource',
          publicBandwidthMbps: doc.known(5, 'ecs'),
          eipAssociations: eip,
        }),
        makeInstance(doc, 'terraform', { header: 'resource', publicBandwidthMbps: doc.known(0, 'ecs') }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          publicBandwidthMbps: doc.unknown('ecs'),
          eipAssociations: eip,
        }),
        makeInstance(doc, 'terraform', {
          header: 'resource',
          product: 'simple-application-server',
          eipAssociations: eip,
        }),
      ],
      { 'main.tf': TF },
    );
    assert.deepEqual(run.rendered, []);
  });
});
