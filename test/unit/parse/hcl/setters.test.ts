import assert from 'node:assert/strict';
import { fixed, instanceNamed, parse, ready, type Files } from './helpers';

const instanceIn = (files: Files, name = 'alicloud_instance.web') => instanceNamed(parse(files), name);

describe('hcl: setters write HCL where the value is defined', () => {
  before(ready);

  it('chargeType replaces the literal on the instance', () => {
    const files = {
      'main.tf': 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n}\n',
    };
    const after = fixed(files, instanceIn(files).setters.chargeType?.('subscription'));
    assert.equal(
      after['main.tf'],
      'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n}\n',
    );
    assert.equal(
      instanceIn(after).chargeType?.kind === 'known' && instanceIn(after).chargeType?.kind,
      'known',
    );
  });

  it('inserts an omitted setting after the last argument, with its indentation, aligned', () => {
    const files = { 'main.tf': '  resource "alicloud_instance" "web" { # 网站\n\t\timage_id = "x"\n  }\n' };
    const after = fixed(files, instanceIn(files).setters.chargeType?.('subscription'));
    assert.equal(
      after['main.tf'],
      '  resource "alicloud_instance" "web" { # 网站\n\t\timage_id             = "x"\n\t\tinstance_charge_type = "PrePaid"\n  }\n',
    );
  });

  it('opens up an empty one-line block', () => {
    const files = { 'main.tf': 'resource "alicloud_instance" "web" {}\n' };
    const after = fixed(files, instanceIn(files).setters.publicBandwidth?.(5));
    assert.equal(
      after['main.tf'],
      'resource "alicloud_instance" "web" {\n  internet_max_bandwidth_out = 5\n}\n',
    );
    const i = instanceIn(after);
    assert.equal(i.publicBandwidthMbps?.kind === 'known' && i.publicBandwidthMbps.value, 5);
  });

  it('keeps CRLF line endings', () => {
    const files = {
      'main.tf': 'resource "alicloud_instance" "web" {\r\n  instance_charge_type = "PrePaid"\r\n}\r\n',
    };
    const after = fixed(files, instanceIn(files).setters.renewalStatus?.('AutoRenewal'));
    assert.equal(
      after['main.tf'],
      'resource "alicloud_instance" "web" {\r\n  instance_charge_type = "PrePaid"\r\n  renewal_status       = "AutoRenewal"\r\n}\r\n',
    );
  });

  it('edits a variable default in another file, or the winning tfvars line', () => {
    const files = {
      'main.tf':
        'resource "alicloud_instance" "web" {\n  period = var.period\n  instance_charge_type = var.billing\n}\n',
      'variables.tf':
        'variable "period" {\n  default = "1"\n}\nvariable "billing" {\n  default = "PostPaid"\n}\n',
      'terraform.tfvars': 'billing = "PostPaid"\n',
    };
    const i = instanceIn(files);
    const period = fixed(files, i.setters.periodMonths?.(3));
    assert.equal(
      period['variables.tf'],
      'variable "period" {\n  default = "3"\n}\nvariable "billing" {\n  default = "PostPaid"\n}\n',
      'quoting kept',
    );
    const charge = fixed(files, i.setters.chargeType?.('subscription'));
    assert.equal(charge['terraform.tfvars'], 'billing = "PrePaid"\n');
    assert.equal(charge['variables.tf'], files['variables.tf']);
    assert.equal(
      instanceIn(charge).chargeType?.kind === 'known' &&
        (instanceIn(charge).chargeType as { value: string }).value,
      'subscription',
    );
  });

  it('periodMonths switches a Week unit to Month in the same fix', () => {
    const files = {
      'main.tf':
        'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n  period = 2\n  period_unit = "Week"\n}\n',
    };
    const after = fixed(files, instanceIn(files).setters.periodMonths?.(3));
    assert.equal(
      after['main.tf'],
      'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n  period = 3\n  period_unit = "Month"\n}\n',
    );
  });

  it('noSpot, status and autoRenew', () => {
    const files = {
      'main.tf':
        'resource "alicloud_instance" "web" {\n  spot_strategy = "SpotAsPriceGo"\n  status = "Stopped"\n}\nresource "alicloud_ecs_instance_set" "set" {\n  auto_renew = false\n}\n',
    };
    const spot = fixed(files, instanceIn(files).setters.noSpot?.());
    assert.match(spot['main.tf'], /spot_strategy = "NoSpot"/);
    const status = fixed(files, instanceIn(files).setters.status?.('running'));
    assert.match(status['main.tf'], /status = "Running"/);
    const renew = fixed(files, instanceIn(files, 'alicloud_ecs_instance_set.set').setters.autoRenew?.(true));
    assert.match(renew['main.tf'], /auto_renew = true\n/);
  });

  it('edits the launch template attribute a value was inherited from', () => {
    const files = {
      'main.tf':
        'resource "alicloud_ecs_launch_template" "lt" {\n  instance_charge_type = "PostPaid"\n}\nresource "alicloud_instance" "web" {\n  launch_template_id = alicloud_ecs_launch_template.lt.id\n}\n',
    };
    const after = fixed(files, instanceIn(files).setters.chargeType?.('subscription'));
    assert.equal(after['main.tf'], files['main.tf'].replace('"PostPaid"', '"PrePaid"'));
    // Not inherited: the new line goes into the instance itself.
    const bw = fixed(files, instanceIn(files).setters.publicBandwidth?.(1));
    assert.match(
      bw['main.tf'],
      /"web" \{\n {2}launch_template_id {9}= alicloud_ecs_launch_template.lt.id\n {2}internet_max_bandwidth_out = 1\n\}/,
    );
  });

  it('region edits the provider literal or its variable default, and inserts into a provider without one', () => {
    const literal = {
      'main.tf':
        'provider "alicloud" {\n  region = "cn-hongkong"\n}\nresource "alicloud_instance" "web" {}\n',
    };
    assert.match(
      fixed(literal, instanceIn(literal).setters.region?.('cn-hangzhou'))['main.tf'],
      /region = "cn-hangzhou"/,
    );
    const viaVar = {
      'main.tf':
        'provider "alicloud" {\n  alias = "x"\n  region = var.r\n}\nresource "alicloud_instance" "web" {\n  provider = alicloud.x\n}\n',
      'variables.tf': 'variable "r" {\n  default = "ap-southeast-1"\n}\n',
    };
    const after = fixed(viaVar, instanceIn(viaVar).setters.region?.('cn-shanghai'));
    assert.equal(after['variables.tf'], 'variable "r" {\n  default = "cn-shanghai"\n}\n');
    const none = {
      'main.tf': 'provider "alicloud" {\n  profile = "default"\n}\nresource "alicloud_instance" "web" {}\n',
    };
    assert.equal(
      fixed(none, instanceIn(none).setters.region?.('cn-beijing'))['main.tf'],
      'provider "alicloud" {\n  profile = "default"\n  region  = "cn-beijing"\n}\nresource "alicloud_instance" "web" {}\n',
    );
  });

  it('Simple Application Server setters: period, status, auto_renew', () => {
    const files = {
      'main.tf': 'resource "alicloud_simple_application_server_instance" "sas" {\n  period = 1\n}\n',
    };
    const sas = instanceIn(files, 'alicloud_simple_application_server_instance.sas');
    assert.equal(
      fixed(files, sas.setters.periodMonths?.(3))['main.tf'],
      'resource "alicloud_simple_application_server_instance" "sas" {\n  period = 3\n}\n',
    );
    assert.equal(
      fixed(files, sas.setters.autoRenew?.(true))['main.tf'],
      'resource "alicloud_simple_application_server_instance" "sas" {\n  period     = 1\n  auto_renew = true\n}\n',
    );
  });
});
