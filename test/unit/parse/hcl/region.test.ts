import assert from 'node:assert/strict';
import { describe as value, instanceNamed, parse, ready } from './helpers';

const HEADER = 'resource "alicloud_instance" "web"';

describe('hcl: region', () => {
  before(ready);

  it('takes the un-aliased provider region, pointing at the header with the provider as origin', () => {
    const files = {
      'main.tf':
        'provider "alicloud" {\n  region = "cn-hangzhou"\n}\nprovider "alicloud" {\n  alias  = "hk"\n  region = "cn-hongkong"\n}\nresource "alicloud_instance" "web" {}\n',
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.region), {
      kind: 'known',
      value: 'cn-hangzhou',
      omitted: false,
      at: HEADER,
      origins: ['main.tf: "cn-hangzhou" (region of provider alicloud)'],
    });
  });

  it('follows provider = alicloud.hk and a region held in a variable set by tfvars', () => {
    const files = {
      'providers.tf':
        'provider "alicloud" {\n  region = "cn-beijing"\n}\nprovider "alicloud" {\n  alias  = "hk"\n  region = var.hk_region\n}\n',
      'variables.tf': 'variable "hk_region" {\n  default = "cn-shanghai"\n}\n',
      'terraform.tfvars': 'hk_region = "cn-hongkong"\n',
      'main.tf':
        'resource "alicloud_instance" "web" {\n  provider = alicloud.hk\n  availability_zone = "cn-beijing-h"\n}\n',
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.region), {
      kind: 'known',
      value: 'cn-hongkong',
      omitted: false,
      at: HEADER,
      origins: [
        'providers.tf: var.hk_region (region of provider alicloud.hk)',
        'variables.tf: "cn-shanghai" (default of variable "hk_region")',
        'terraform.tfvars: hk_region = "cn-hongkong" (terraform.tfvars sets variable "hk_region")',
      ],
    });
  });

  it('a provider region that evaluates to null is not set: the zone decides, else there is no region (not "cannot be evaluated")', () => {
    const provider =
      'variable "region" {\n  default = ""\n}\nprovider "alicloud" {\n  region = var.region != "" ? var.region : null\n}\n';
    const zoned = {
      'main.tf': `${provider}resource "alicloud_instance" "web" {\n  availability_zone = "cn-hangzhou-h"\n}\n`,
    };
    assert.deepEqual(value(zoned, instanceNamed(parse(zoned), 'alicloud_instance.web').region), {
      kind: 'known',
      value: 'cn-hangzhou',
      omitted: false,
      at: '"cn-hangzhou-h"',
      origins: [],
    });
    const bare = { 'main.tf': `${provider}resource "alicloud_instance" "web" {}\n` };
    const web = instanceNamed(parse(bare), 'alicloud_instance.web');
    assert.equal(web.region, undefined);
    assert.equal(web.setters.region, undefined, 'no region is inserted beside the one written');
  });

  it('falls back to the instance zone when the provider has no region', () => {
    const files = {
      'main.tf':
        'provider "alicloud" {}\nresource "alicloud_instance" "web" {\n  availability_zone = "cn-hangzhou-h"\n}\nresource "alicloud_ecs_instance_set" "set" {\n  zone_id = "ap-southeast-1a"\n}\n',
    };
    const out = parse(files);
    assert.deepEqual(value(files, instanceNamed(out, 'alicloud_instance.web').region), {
      kind: 'known',
      value: 'cn-hangzhou',
      omitted: false,
      at: '"cn-hangzhou-h"',
      origins: [],
    });
    assert.equal(
      instanceNamed(out, 'alicloud_ecs_instance_set.set').region?.kind === 'known' &&
        instanceNamed(out, 'alicloud_ecs_instance_set.set').region?.kind,
      'known',
    );
    assert.equal(
      instanceNamed(out, 'alicloud_instance.web').setters.region?.('cn-shanghai'),
      undefined,
      'no region fix when a zone decides',
    );
  });

  it('takes the zone of the referenced vSwitch (zone_id or deprecated availability_zone)', () => {
    const files = {
      'net.tf':
        'resource "alicloud_vswitch" "a" {\n  zone_id = var.zone\n}\nresource "alicloud_vswitch" "b" {\n  availability_zone = "cn-shenzhen-d"\n}\nvariable "zone" {\n  default = "cn-shanghai-l"\n}\n',
      'main.tf':
        'resource "alicloud_instance" "web" {\n  vswitch_id = alicloud_vswitch.a.id\n}\nresource "alicloud_instance" "api" {\n  vswitch_id = alicloud_vswitch.b.id\n}\n',
    };
    const out = parse(files);
    assert.deepEqual(value(files, instanceNamed(out, 'alicloud_instance.web').region), {
      kind: 'known',
      value: 'cn-shanghai',
      omitted: false,
      at: HEADER,
      origins: [
        'net.tf: var.zone (zone of vSwitch alicloud_vswitch.a)',
        'net.tf: "cn-shanghai-l" (default of variable "zone")',
      ],
    });
    assert.equal(value(files, instanceNamed(out, 'alicloud_instance.api').region)?.value, 'cn-shenzhen');
  });

  it('makes the region unknown for a zone that is an expression, and undefined when nothing states one', () => {
    const files = {
      'main.tf':
        'resource "alicloud_instance" "web" {\n  availability_zone = data.alicloud_zones.default.zones[0].id\n}\nresource "alicloud_instance" "bare" {}\n',
    };
    const out = parse(files);
    assert.deepEqual(value(files, instanceNamed(out, 'alicloud_instance.web').region), {
      kind: 'unknown',
      value: 'data.alicloud_zones.default.zones[0].id',
      omitted: undefined,
      at: 'data.alicloud_zones.default.zones[0].id',
      origins: [],
    });
    assert.equal(instanceNamed(out, 'alicloud_instance.bare').region, undefined);
  });

  it('makes a provider region that cannot be evaluated unknown, at the header', () => {
    const files = {
      'main.tf':
        'provider "alicloud" {\n  region = var.region\n}\nvariable "region" {}\nresource "alicloud_instance" "web" {}\n',
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.region), {
      kind: 'unknown',
      value: 'var.region',
      omitted: undefined,
      at: HEADER,
      origins: [
        'main.tf: var.region (region of provider alicloud)',
        'main.tf: variable "region" (variable "region" (no default))',
      ],
    });
  });
});
