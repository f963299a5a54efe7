import assert from 'node:assert/strict';
import { describe as value, instanceNamed, parse, ready } from './helpers';

const web = (body: string) => `resource "alicloud_instance" "web" {\n${body}}\n`;

describe('hcl: values', () => {
  before(ready);

  it('reads literals and converts string numbers', () => {
    const files = {
      'main.tf': web(
        '  instance_charge_type = "PrePaid"\n  period = "3"\n  period_unit = "Month"\n  internet_max_bandwidth_out = 5\n  status = "Stopped"\n  renewal_status = "AutoRenewal"\n  spot_strategy = "NoSpot"\n',
      ),
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.equal(i.product, 'ecs');
    assert.deepEqual(value(files, i.chargeType), {
      kind: 'known',
      value: 'subscription',
      omitted: false,
      at: '"PrePaid"',
      origins: [],
    });
    assert.deepEqual(value(files, i.period), {
      kind: 'known',
      value: 3,
      omitted: false,
      at: '"3"',
      origins: [],
    });
    assert.equal(i.periodUnit?.kind === 'known' && i.periodUnit.value, 'month');
    assert.equal(i.publicBandwidthMbps?.kind === 'known' && i.publicBandwidthMbps.value, 5);
    assert.equal(i.status?.kind === 'known' && i.status.value, 'stopped');
    assert.equal(i.renewalStatus?.kind === 'known' && i.renewalStatus.value, 'AutoRenewal');
    assert.equal(i.autoRenew?.kind === 'known' && i.autoRenew.value, true);
    assert.deepEqual(value(files, i.spotStrategy), {
      kind: 'known',
      value: 'NoSpot',
      omitted: false,
      at: '"NoSpot"',
      origins: [],
    });
  });

  it('compares the charge type case-insensitively and keeps the raw text', () => {
    const files = { 'main.tf': web('  instance_charge_type = "Postpaid"\n') };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.ok(i.chargeType?.kind === 'known');
    assert.equal(i.chargeType.value, 'pay-as-you-go');
    assert.equal(i.chargeType.raw, 'Postpaid');
  });

  it('applies the platform defaults at the header when settings are omitted', () => {
    const files = { 'main.tf': web('  instance_type = "ecs.g7.large"\n') };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    const header = 'resource "alicloud_instance" "web"';
    assert.deepEqual(value(files, i.chargeType), {
      kind: 'known',
      value: 'pay-as-you-go',
      omitted: true,
      at: header,
      origins: [],
    });
    assert.deepEqual(value(files, i.publicBandwidthMbps), {
      kind: 'known',
      value: 0,
      omitted: true,
      at: header,
      origins: [],
    });
    assert.deepEqual(value(files, i.status), {
      kind: 'known',
      value: 'running',
      omitted: true,
      at: header,
      origins: [],
    });
    assert.deepEqual(value(files, i.renewalStatus), {
      kind: 'known',
      value: 'Normal',
      omitted: true,
      at: header,
      origins: [],
    });
    assert.equal(i.period, undefined, 'no period on pay-as-you-go');
    assert.equal(i.spotStrategy, undefined);
    assert.equal(i.region, undefined);
    assert.deepEqual(i.eipAssociations, []);
  });

  it('gives an omitted period on a subscription 1 month', () => {
    const files = { 'main.tf': web('  instance_charge_type = "PrePaid"\n') };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.period), {
      kind: 'known',
      value: 1,
      omitted: true,
      at: 'resource "alicloud_instance" "web"',
      origins: [],
    });
    assert.deepEqual(value(files, i.periodUnit), {
      kind: 'known',
      value: 'month',
      omitted: true,
      at: 'resource "alicloud_instance" "web"',
      origins: [],
    });
  });

  it('treats an empty charge type as pay-as-you-go', () => {
    const files = { 'main.tf': web('  instance_charge_type = ""\n') };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.equal(i.chargeType?.kind === 'known' && i.chargeType.value, 'pay-as-you-go');
  });

  it('resolves var.x: the winning tfvars over the default, with the chain across files', () => {
    const files = {
      'main.tf': web('  period = var.period\n  instance_charge_type = "PrePaid"\n'),
      'variables.tf': 'variable "period" {\n  default = 1\n}\n',
      'terraform.tfvars': 'period = 2\n',
      'b.auto.tfvars': 'period = 6\n',
      'a.auto.tfvars': 'period = 4\n',
      'other.tfvars': 'period = 12\n',
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.period), {
      kind: 'known',
      value: 6,
      omitted: false,
      at: 'var.period',
      origins: [
        'variables.tf: 1 (default of variable "period")',
        'b.auto.tfvars: period = 6 (b.auto.tfvars sets variable "period")',
      ],
    });
  });

  it('uses terraform.tfvars when no auto.tfvars sets the variable, and the default when none does', () => {
    const base = {
      'main.tf': web(
        '  period = var.period\n  internet_max_bandwidth_out = var.bw\n  instance_charge_type = "PrePaid"\n',
      ),
      'variables.tf': 'variable "period" {\n  default = 1\n}\nvariable "bw" {\n  default = "10"\n}\n',
    };
    const files = { ...base, 'terraform.tfvars': 'period = 3\n' };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.equal(i.period?.kind === 'known' && i.period.value, 3);
    assert.deepEqual(value(files, i.publicBandwidthMbps)?.origins, [
      'variables.tf: "10" (default of variable "bw")',
    ]);
    assert.equal(i.publicBandwidthMbps?.kind === 'known' && i.publicBandwidthMbps.value, 10);
  });

  it('follows locals and simple conditionals', () => {
    const files = {
      'main.tf': web(
        '  instance_charge_type = local.billing\n  period = var.months == "" ? 3 : var.months\n  status = !var.on || false ? "Stopped" : "Running"\n',
      ),
      'locals.tf':
        'locals {\n  billing = var.billing != "" ? var.billing : "PostPaid"\n}\nvariable "billing" {\n  default = "PrePaid"\n}\nvariable "months" {\n  default = ""\n}\nvariable "on" {\n  default = true\n}\n',
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.chargeType), {
      kind: 'known',
      value: 'subscription',
      omitted: false,
      at: 'local.billing',
      origins: [
        'locals.tf: var.billing != "" ? var.billing : "PostPaid" (local value "billing")',
        'locals.tf: "PrePaid" (default of variable "billing")',
      ],
    });
    assert.equal(i.period?.kind === 'known' && i.period.value, 3);
    assert.equal(i.status?.kind === 'known' && i.status.value, 'running');
  });

  it('leaves data sources, functions, module outputs and variables without a value unknown', () => {
    const files = {
      'main.tf': web(
        '  instance_charge_type = data.alicloud_x.y.charge\n  period = file("period.txt")\n  internet_max_bandwidth_out = module.net.bw\n  status = var.nothing\n  spot_strategy = [for s in var.l : s][0]\n',
      ),
      'variables.tf': 'variable "nothing" {\n  type = string\n}\n',
    };
    const i = instanceNamed(parse(files), 'alicloud_instance.web');
    assert.deepEqual(value(files, i.chargeType), {
      kind: 'unknown',
      value: 'data.alicloud_x.y.charge',
      omitted: undefined,
      at: 'data.alicloud_x.y.charge',
      origins: [],
    });
    assert.deepEqual(value(files, i.period), {
      kind: 'unknown',
      value: 'file("period.txt")',
      omitted: undefined,
      at: 'file("period.txt")',
      origins: [],
    });
    assert.equal(i.publicBandwidthMbps?.kind, 'unknown');
    assert.deepEqual(value(files, i.status), {
      kind: 'unknown',
      value: 'var.nothing',
      omitted: undefined,
      at: 'var.nothing',
      origins: ['variables.tf: variable "nothing" (variable "nothing" (no default))'],
    });
    assert.equal(i.spotStrategy?.kind, 'unknown');
    assert.equal(i.setters.chargeType?.('subscription'), undefined, 'no fix for an unknown value');
    assert.equal(i.setters.periodMonths?.(3), undefined);
  });

  it('reads alicloud_ecs_instance_set with auto_renew and treats count/for_each blocks as one instance', () => {
    const files = {
      'main.tf':
        'resource "alicloud_ecs_instance_set" "set" {\n  amount = 3\n  instance_charge_type = "PrePaid"\n  period = 6\n  auto_renew = true\n}\nresource "alicloud_instance" "many" {\n  count = 3\n}\n',
    };
    const out = parse(files);
    assert.deepEqual(
      out.instances.map((i) => i.name),
      ['alicloud_ecs_instance_set.set', 'alicloud_instance.many'],
    );
    const set = instanceNamed(out, 'alicloud_ecs_instance_set.set');
    assert.equal(set.product, 'ecs');
    assert.deepEqual(value(files, set.autoRenew), {
      kind: 'known',
      value: true,
      omitted: false,
      at: 'true',
      origins: [],
    });
    assert.equal(set.renewalStatus, undefined);
  });

  it('reads a Simple Application Server: always subscription, period/status/auto_renew', () => {
    const files = {
      'main.tf':
        'resource "alicloud_simple_application_server_instance" "sas" {\n  plan_id = "x"\n  period = 1\n  status = "Stopped"\n}\n',
    };
    const sas = instanceNamed(parse(files), 'alicloud_simple_application_server_instance.sas');
    assert.equal(sas.product, 'simple-application-server');
    assert.equal(sas.chargeType?.kind === 'known' && sas.chargeType.value, 'subscription');
    assert.deepEqual(value(files, sas.period), {
      kind: 'known',
      value: 1,
      omitted: false,
      at: '1',
      origins: [],
    });
    assert.equal(sas.status?.kind === 'known' && sas.status.value, 'stopped');
    assert.deepEqual(value(files, sas.autoRenew)?.value, false);
    assert.equal(sas.publicBandwidthMbps, undefined);
    assert.equal(sas.setters.chargeType, undefined);
  });

  it('ignores resources in tfvars and other files', () => {
    const files = { 'main.tf': '', 'x.tfvars': web('') };
    assert.deepEqual(parse(files).instances, []);
  });
});
