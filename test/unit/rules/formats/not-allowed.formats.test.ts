import assert from 'node:assert/strict';
import { checkFiles, requireEngine } from '../../helpers/check-files';

/**
 * A literal the platform rejects for an enumerated setting (`period_unit = "Year"` on a resource that
 * only takes Week or Month) is an input error, ICP000 at the value: never "cannot be evaluated"
 * (ICP012), never a finding built on a guess of what was meant.
 */

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 1
  period_unit                = "Year"
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

describe('not-allowed values: Terraform', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  const rulesOf = (files: Record<string, string>) =>
    checkFiles(files).rendered.map((f) => `${f.rule} ${f.range} ${f.message}`);

  it('period_unit = "Year" on alicloud_instance: ICP000 at the value, no ICP003 and no ICP012', () => {
    assert.deepEqual(rulesOf({ 'main.tf': TF }), [
      'ICP000 8:32-8:38 period_unit = "Year" is not allowed on alicloud_instance; the allowed values are "Week", "Month".',
    ]);
  });

  it('the same from a variable default: at the value the instance uses', () => {
    const files = {
      'main.tf': TF.replace('"Year"', 'var.unit'),
      'variables.tf': 'variable "unit" {\n  default = "Year"\n}\n',
    };
    assert.deepEqual(rulesOf(files), [
      'ICP000 8:32-8:40 period_unit = "Year" is not allowed on alicloud_instance; the allowed values are "Week", "Month".',
    ]);
  });

  it('on an instance set too, and for the charge type', () => {
    const files = {
      'main.tf': TF.replace('alicloud_instance', 'alicloud_ecs_instance_set').replace(
        '"PrePaid"',
        '"Subscription"',
      ),
    };
    assert.deepEqual(rulesOf(files), [
      'ICP000 6:32-6:46 instance_charge_type = "Subscription" is not allowed on alicloud_ecs_instance_set; the allowed values are "PrePaid", "PostPaid".',
      'ICP000 8:32-8:38 period_unit = "Year" is not allowed on alicloud_ecs_instance_set; the allowed values are "Week", "Month".',
    ]);
  });

  it('inherited from a launch template: at the instance header, named after the template', () => {
    const files = {
      'main.tf': `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ecs_launch_template" "base" {
  instance_charge_type       = "PrePaid"
  period                     = 3
  period_unit                = "Year"
  internet_max_bandwidth_out = 5
}

resource "alicloud_instance" "web" {
  launch_template_id = alicloud_ecs_launch_template.base.id
  renewal_status     = "AutoRenewal"
}
`,
    };
    assert.deepEqual(rulesOf(files), [
      'ICP000 12:1-12:35 period_unit = "Year" is not allowed on alicloud_ecs_launch_template; the allowed values are "Week", "Month".',
    ]);
  });

  it('other rules still check the instance and their fixes are offered', () => {
    const checked = checkFiles({ 'main.tf': TF.replace('= 5', '= 0') });
    const bandwidth = checked.findings.find((f) => f.ruleId === 'ICP004');
    assert.ok(bandwidth);
    assert.equal(bandwidth.fixes.filter((f) => f.preferred).length, 1);
  });
});

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  PayType:
    Type: String
    Default: Prepay
    AllowedValues: [PrePaid, PostPaid]
  Months:
    Type: Number
    Default: 3
    AllowedValues: [1, 3, 6, 12]
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceChargeType: Subscription
      Period: 12
      AutoRenew: 'true'
      InternetMaxBandwidthOut: 5
`;

describe('not-allowed values: ROS templates', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  const rulesOf = (text: string) =>
    checkFiles({ 'stack.ros.yaml': text }).rendered.map((f) => `${f.rule} ${f.range} ${f.message}`);

  it('a charge type ROS rejects: ICP000 at the value, not "cannot be evaluated"', () => {
    assert.deepEqual(rulesOf(ROS), [
      'ICP000 16:27-16:39 InstanceChargeType: Subscription is not allowed on ALIYUN::ECS::Instance; the allowed values are PrePaid, PostPaid.',
    ]);
  });

  it("a parameter's Default outside its AllowedValues: ICP000 at the Ref, naming the parameter; no ICP012", () => {
    assert.deepEqual(rulesOf(ROS.replace('Subscription', '!Ref PayType')), [
      'ICP000 16:27-16:39 Parameter PayType: its Default Prepay is not one of its AllowedValues (PrePaid, PostPaid), so ROS rejects it; the stack takes the value given when it is created.',
    ]);
  });

  it('a Default inside its AllowedValues reads as usual, numbers compared as ROS does', () => {
    const text = ROS.replace('Subscription', 'PrePaid')
      .replace('Period: 12', 'Period: !Ref Months')
      .replace('Default: 3', 'Default: 1');
    assert.deepEqual(rulesOf(text), [
      'ICP003 17:15-17:26 The 1-month subscription of Web is shorter than the 3-month minimum an ICP filing needs.',
    ]);
  });
});
