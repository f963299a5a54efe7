import assert from 'node:assert/strict';
import { describe as value, instanceNamed, parse, ready, textAt } from './helpers';

describe('hcl: launch templates', () => {
  before(ready);

  const files = {
    'lt.tf':
      'resource "alicloud_ecs_launch_template" "lt" {\n  launch_template_name = "web-template"\n  instance_charge_type = "PrePaid"\n  period = 1\n  internet_max_bandwidth_out = 10\n  auto_renew = false\n  spot_strategy = "SpotAsPriceGo"\n  zone_id = "cn-qingdao-b"\n}\n',
    'main.tf':
      'resource "alicloud_instance" "by_id" {\n  launch_template_id = alicloud_ecs_launch_template.lt.id\n  period = 3\n}\nresource "alicloud_ecs_instance_set" "by_name" {\n  launch_template_name = "web-template"\n}\n',
  };

  it('inherits what the instance omits, pointing at the header with the template attribute as origin', () => {
    const i = instanceNamed(parse(files), 'alicloud_instance.by_id');
    assert.deepEqual(value(files, i.chargeType), {
      kind: 'known',
      value: 'subscription',
      omitted: false,
      at: 'resource "alicloud_instance" "by_id"',
      origins: ['lt.tf: "PrePaid" (instance_charge_type in launch template alicloud_ecs_launch_template.lt)'],
    });
    assert.deepEqual(
      value(files, i.period),
      { kind: 'known', value: 3, omitted: false, at: '3', origins: [] },
      'the instance wins',
    );
    assert.equal(value(files, i.publicBandwidthMbps)?.value, 10);
    assert.equal(value(files, i.spotStrategy)?.value, 'SpotAsPriceGo');
    assert.equal(value(files, i.autoRenew)?.value, false);
    assert.equal(value(files, i.region)?.value, 'cn-qingdao');
  });

  it('finds a template by its literal launch_template_name', () => {
    const set = instanceNamed(parse(files), 'alicloud_ecs_instance_set.by_name');
    assert.equal(value(files, set.chargeType)?.value, 'subscription');
    assert.equal(value(files, set.period)?.value, 1);
  });
});

describe('hcl: elastic IP associations', () => {
  before(ready);

  it('finds a direct association, one through an attached ENI, and not one on a NAT gateway', () => {
    const files = {
      'main.tf':
        [
          'resource "alicloud_instance" "web" {}',
          'resource "alicloud_instance" "api" {\n  count = 2\n}',
          'resource "alicloud_instance" "nat_only" {}',
          'resource "alicloud_eip_address" "e1" {}',
          'resource "alicloud_eip_association" "direct" {\n  allocation_id = alicloud_eip_address.e1.id\n  instance_id   = alicloud_instance.web.id\n}',
          'resource "alicloud_ecs_network_interface" "eni" {}',
          'resource "alicloud_ecs_network_interface_attachment" "att" {\n  network_interface_id = alicloud_ecs_network_interface.eni.id\n  instance_id          = alicloud_instance.api[0].id\n}',
          'resource "alicloud_eip_association" "via_eni" {\n  instance_id   = alicloud_ecs_network_interface.eni.id\n  instance_type = "NetworkInterface"\n}',
          'resource "alicloud_nat_gateway" "nat" {}',
          'resource "alicloud_eip_association" "nat" {\n  instance_id = alicloud_nat_gateway.nat.id\n}',
        ].join('\n') + '\n',
    };
    const out = parse(files);
    assert.deepEqual(
      instanceNamed(out, 'alicloud_instance.web').eipAssociations.map((l) => textAt(files, l)),
      ['resource "alicloud_eip_association" "direct"'],
    );
    assert.deepEqual(
      instanceNamed(out, 'alicloud_instance.api').eipAssociations.map((l) => textAt(files, l)),
      ['resource "alicloud_eip_association" "via_eni"'],
    );
    assert.deepEqual(instanceNamed(out, 'alicloud_instance.nat_only').eipAssociations, []);
  });
});
