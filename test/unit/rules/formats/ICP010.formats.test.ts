import { ruleTable } from '../../helpers/rule-table';

/** ICP010 no-auto-renew, through the real parsers and engine, per format. */

const NO_AUTO_RENEW = (instance: string) =>
  `${instance} does not renew automatically: once its remaining time drops below the minimum it can no longer apply for a service number, and when it expires its websites lose their filing access.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  internet_max_bandwidth_out = 5
}
`;

const TF_SET = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ecs_instance_set" "fleet" {
  amount                     = 2
  instance_charge_type       = "PrePaid"
  period                     = 12
  auto_renew                 = false
  internet_max_bandwidth_out = 5
}
`;

const TF_SAS = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_simple_application_server_instance" "blog" {
  plan_id = "swas.s.c1m1s30b1.linux"
  period  = 12
}
`;

ruleTable('ICP010', 'hint', 'no-auto-renew: Terraform', {
  valid: [
    {
      name: 'renewal_status AutoRenewal',
      files: {
        'infra/main.tf': TF.replace('  period ', '  renewal_status             = "AutoRenewal"\n  period '),
      },
    },
    {
      name: 'NotRenewal is ICP005s warning',
      files: {
        'infra/main.tf': TF.replace('  period ', '  renewal_status             = "NotRenewal"\n  period '),
      },
    },
    { name: 'pay-as-you-go', files: { 'infra/main.tf': TF.replace('PrePaid', 'PostPaid') } },
    {
      name: 'an instance set with auto_renew = true',
      files: { 'infra/main.tf': TF_SET.replace('false', 'true') },
    },
    {
      name: 'a Simple Application Server with auto_renew = true',
      files: { 'infra/main.tf': TF_SAS.replace('  period  = 12\n', '  period  = 12\n  auto_renew = true\n') },
    },
  ],
  invalid: [
    {
      name: 'alicloud_instance without renewal_status: on the header, the fix adds renewal_status = "AutoRenewal"',
      files: { 'infra/main.tf': TF },
      errors: [
        { range: '5:1-5:35', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('alicloud_instance.web') },
      ],
      fixTitle: 'Turn on auto-renewal',
      output: { 'infra/main.tf': TF.replace('= 5\n', '= 5\n  renewal_status             = "AutoRenewal"\n') },
    },
    {
      name: 'renewal_status Normal: on the value',
      files: {
        'infra/main.tf': TF.replace('  period ', '  renewal_status             = "Normal"\n  period '),
      },
      errors: [
        { range: '7:32-7:40', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('alicloud_instance.web') },
      ],
      output: {
        'infra/main.tf': TF.replace('  period ', '  renewal_status             = "AutoRenewal"\n  period '),
      },
    },
    {
      name: 'an instance set with auto_renew = false',
      files: { 'infra/main.tf': TF_SET },
      errors: [
        {
          range: '9:32-9:37',
          messageId: 'noAutoRenew',
          message: NO_AUTO_RENEW('alicloud_ecs_instance_set.fleet'),
        },
      ],
      output: { 'infra/main.tf': TF_SET.replace('false', 'true') },
    },
    {
      name: 'a Simple Application Server without auto_renew',
      files: { 'infra/main.tf': TF_SAS },
      errors: [
        {
          range: '5:1-5:62',
          messageId: 'noAutoRenew',
          message: NO_AUTO_RENEW('alicloud_simple_application_server_instance.blog'),
        },
      ],
      output: {
        'infra/main.tf': TF_SAS.replace('plan_id =', 'plan_id    =')
          .replace('period  =', 'period     =')
          .replace('= 12\n', '= 12\n  auto_renew = true\n'),
      },
    },
  ],
});

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'False'
      InternetMaxBandwidthOut: 5
`;

const ROS_PREPAY = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Db:
    Type: ALIYUN::ECS::PrepayInstance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceChargeType: PrePaid
      Period: 12
      PeriodType: Monthly
      InternetMaxBandwidthOut: 5
`;

ruleTable('ICP010', 'hint', 'no-auto-renew: ROS YAML', {
  valid: [
    { name: "AutoRenew 'True'", files: { 'stack.ros.yaml': ROS.replace("'False'", "'True'") } },
    { name: 'AutoRenew true (Boolean)', files: { 'stack.ros.yaml': ROS.replace("'False'", 'true') } },
    { name: 'PostPaid', files: { 'stack.ros.yaml': ROS.replace('PrePaid', 'PostPaid') } },
  ],
  invalid: [
    {
      name: "AutoRenew 'False': fixed to 'True'",
      files: { 'stack.ros.yaml': ROS },
      errors: [{ range: '9:18-9:25', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('Web') }],
      output: { 'stack.ros.yaml': ROS.replace("'False'", "'True'") },
    },
    {
      name: "AutoRenew omitted: the fix adds AutoRenew: 'True' (a String on ALIYUN::ECS::Instance)",
      files: { 'stack.ros.yaml': ROS.replace("      AutoRenew: 'False'\n", '') },
      errors: [{ range: '3:3-3:6', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('Web') }],
      output: {
        'stack.ros.yaml': `${ROS.replace("      AutoRenew: 'False'\n", '')}      AutoRenew: 'True'\n`,
      },
    },
    {
      name: 'PrepayInstance: AutoRenew is a Boolean',
      files: { 'stack.ros.yaml': ROS_PREPAY },
      errors: [{ range: '3:3-3:5', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('Db') }],
      output: { 'stack.ros.yaml': `${ROS_PREPAY}      AutoRenew: true\n` },
    },
  ],
});

const ROS_JSON = `{
  "ROSTemplateFormatVersion": "2015-09-01",
  "Resources": {
    "Web": {
      "Type": "ALIYUN::ECS::Instance",
      "Properties": {
        "ZoneId": "cn-hangzhou-h",
        "InstanceChargeType": "PrePaid",
        "Period": 12,
        "AutoRenew": "False",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

ruleTable('ICP010', 'hint', 'no-auto-renew: ROS JSON', {
  valid: [
    { name: '"AutoRenew": "True"', files: { 'stack.ros.json': ROS_JSON.replace('"False"', '"True"') } },
  ],
  invalid: [
    {
      name: '"AutoRenew": "False"',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [{ range: '10:22-10:29', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('Web') }],
      output: { 'stack.ros.json': ROS_JSON.replace('"False"', '"True"') },
    },
  ],
});

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    region: cn-hangzhou
    billing: subscription
    period: 12
    autoRenew: false
    publicBandwidthMbps: 5
`;

ruleTable('ICP010', 'hint', 'no-auto-renew: instance spec', {
  valid: [{ name: 'autoRenew: true', files: { 'plan.icp.yaml': SPEC.replace('false', 'true') } }],
  invalid: [
    {
      name: 'autoRenew: false',
      files: { 'plan.icp.yaml': SPEC },
      errors: [{ range: '8:16-8:21', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('web-1') }],
      output: { 'plan.icp.yaml': SPEC.replace('false', 'true') },
    },
    {
      name: 'autoRenew omitted (default false): the fix adds it',
      files: { 'plan.icp.yaml': SPEC.replace('    autoRenew: false\n', '') },
      errors: [{ range: '3:3-3:8', messageId: 'noAutoRenew', message: NO_AUTO_RENEW('web-1') }],
      output: { 'plan.icp.yaml': `${SPEC.replace('    autoRenew: false\n', '')}    autoRenew: true\n` },
    },
  ],
});
