import { ruleTable } from '../../helpers/rule-table';

/** ICP003 subscription-too-short, through the real parsers and engine, per format. */

const tooShort = (instance: string, months: number, minimum = 3) =>
  `The ${months}-month subscription of ${instance} is shorter than the ${minimum}-month minimum an ICP filing needs.`;
const omitted = (instance: string, minimum = 3) =>
  `${instance} sets no period, so it is bought for 1 month, shorter than the ${minimum}-month minimum an ICP filing needs.`;
const weeks = (instance: string, period: number, minimum = 3) =>
  `${instance} is bought by the week (period: ${period}), always shorter than the ${minimum}-month minimum an ICP filing needs.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 1
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_NO_PERIOD = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_WEEK = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 2
  period_unit                = "Week"
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_VAR = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = var.months
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;
const TF_VARIABLES = `variable "months" {
  type    = number
  default = 2
}
`;

const TF_SAS = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_simple_application_server_instance" "blog" {
  plan_id    = "swas.s.c1m1s30b1.linux"
  image_id   = "img-123"
  period     = 1
  auto_renew = true
}
`;

ruleTable('ICP003', 'error', 'subscription-too-short: Terraform', {
  valid: [
    { name: 'period 3', files: { 'infra/main.tf': TF.replace('= 1', '= 3') } },
    { name: 'period 12 as a string number', files: { 'infra/main.tf': TF.replace('= 1', '= "12"') } },
    {
      name: 'pay-as-you-go has no period to check (ICP002 only)',
      files: { 'infra/main.tf': TF.replace('PrePaid', 'PostPaid') },
    },
    {
      name: 'a period from a data source is not guessed',
      files: { 'infra/main.tf': TF.replace('= 1\n', '= data.alicloud_config.current.months\n') },
    },
    {
      name: 'a variable set in tfvars to 6',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES,
        'infra/terraform.tfvars': 'months = 6\n',
      },
    },
    {
      name: 'Simple Application Server for 3 months',
      files: { 'infra/main.tf': TF_SAS.replace('= 1', '= 3') },
    },
  ],
  invalid: [
    {
      name: 'period 1: on the value, fixed to 3',
      files: { 'infra/main.tf': TF },
      errors: [{ range: '7:32-7:33', messageId: 'tooShort', message: tooShort('alicloud_instance.web', 1) }],
      fixTitle: 'Subscribe for 3 months',
      output: { 'infra/main.tf': TF.replace('= 1', '= 3') },
    },
    {
      name: 'a string number "2": the fix keeps the quotes',
      files: { 'infra/main.tf': TF.replace('= 1', '= "2"') },
      errors: [{ range: '7:32-7:35', messageId: 'tooShort', message: tooShort('alicloud_instance.web', 2) }],
      output: { 'infra/main.tf': TF.replace('= 1', '= "3"') },
    },
    {
      name: 'no period on a subscription = 1 month: on the header, the fix adds period = 3',
      files: { 'infra/main.tf': TF_NO_PERIOD },
      errors: [{ range: '5:1-5:35', messageId: 'omitted', message: omitted('alicloud_instance.web') }],
      output: { 'infra/main.tf': TF_NO_PERIOD.replace('= 5\n', '= 5\n  period                     = 3\n') },
    },
    {
      name: 'a Week unit is always too short: on the unit, the fix sets 3 months',
      files: { 'infra/main.tf': TF_WEEK },
      errors: [{ range: '8:32-8:38', messageId: 'weeks', message: weeks('alicloud_instance.web', 2) }],
      output: { 'infra/main.tf': TF_WEEK.replace('= 2', '= 3').replace('"Week"', '"Month"') },
    },
    {
      // Pins a rule fix: this was reported as "sets no period, so it is bought for 1 month".
      name: 'a Week unit without a period is one week: on the unit',
      files: { 'infra/main.tf': TF_WEEK.replace('  period                     = 2\n', '') },
      errors: [{ range: '7:32-7:38', messageId: 'weeks', message: weeks('alicloud_instance.web', 1) }],
      output: {
        'infra/main.tf': TF_WEEK.replace('  period                     = 2\n', '')
          .replace('= 5\n', '= 5\n  period                     = 3\n')
          .replace('"Week"', '"Month"'),
      },
    },
    {
      name: 'a Week unit with an unknown number of weeks is still too short: on the unit, no ICP012 for the period',
      files: { 'infra/main.tf': TF_WEEK.replace('= 2\n', '= data.alicloud_config.current.weeks\n') },
      errors: [
        {
          range: '8:32-8:38',
          messageId: 'weeks',
          message:
            'alicloud_instance.web is bought by the week (period: data.alicloud_config.current.weeks), always shorter than the 3-month minimum an ICP filing needs.',
        },
      ],
      output: null,
    },
    {
      name: 'an empty period_unit is Month',
      files: { 'infra/main.tf': TF.replace('  period ', '  period_unit                = ""\n  period ') },
      errors: [{ range: '8:32-8:33', messageId: 'tooShort', message: tooShort('alicloud_instance.web', 1) }],
      output: {
        'infra/main.tf': TF.replace('  period ', '  period_unit                = ""\n  period ').replace(
          '= 1\n',
          '= 3\n',
        ),
      },
    },
    {
      name: 'a period from a variable default in variables.tf: the fix edits variables.tf',
      files: { 'infra/main.tf': TF_VAR, 'infra/variables.tf': TF_VARIABLES },
      errors: [
        {
          range: '7:32-7:42',
          messageId: 'tooShort',
          message: tooShort('alicloud_instance.web', 2),
          related: [
            { file: 'infra/variables.tf', range: '3:13-3:14', message: 'default of variable "months"' },
          ],
        },
      ],
      output: { 'infra/variables.tf': TF_VARIABLES.replace('= 2', '= 3') },
    },
    {
      name: 'a Simple Application Server bought for 1 month',
      files: { 'infra/main.tf': TF_SAS },
      errors: [
        {
          range: '8:16-8:17',
          messageId: 'tooShort',
          message: tooShort('alicloud_simple_application_server_instance.blog', 1),
        },
      ],
      output: { 'infra/main.tf': TF_SAS.replace('= 1', '= 3') },
    },
    {
      name: 'a Simple Application Server without a period',
      files: { 'infra/main.tf': TF_SAS.replace('  period     = 1\n', '') },
      errors: [
        {
          range: '5:1-5:62',
          messageId: 'omitted',
          message: omitted('alicloud_simple_application_server_instance.blog'),
        },
      ],
      output: {
        'infra/main.tf': TF_SAS.replace('  period     = 1\n', '').replace(
          '= true\n',
          '= true\n  period     = 3\n',
        ),
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
      InstanceType: ecs.g7.large
      InstanceChargeType: PrePaid
      Period: 1
      PeriodUnit: Month
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_PREPAY = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Db:
    Type: ALIYUN::ECS::PrepayInstance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceType: ecs.g7.large
      InstanceChargeType: PrePaid
      Period: 1
      PeriodType: Yearly
      AutoRenew: true
      InternetMaxBandwidthOut: 5
`;

const ROS_SWAS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Blog:
    Type: ALIYUN::SWAS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      PlanId: swas.s.c1m1s30b1.linux
      ImageId: img-123
      Period: 1
      AutoRenew: true
`;

ruleTable('ICP003', 'error', 'subscription-too-short: ROS YAML', {
  valid: [
    { name: 'Period 3 months', files: { 'stack.ros.yaml': ROS.replace('Period: 1', 'Period: 3') } },
    { name: "Period '6' as a string", files: { 'stack.ros.yaml': ROS.replace('Period: 1', "Period: '6'") } },
    {
      name: 'Period 1 Year',
      files: { 'stack.ros.yaml': ROS.replace('PeriodUnit: Month', 'PeriodUnit: Year') },
    },
    { name: 'PrepayInstance: Period 1, PeriodType Yearly', files: { 'stack.ros.yaml': ROS_PREPAY } },
    {
      name: 'PostPaid has no period to check',
      files: { 'stack.ros.yaml': ROS.replace('PrePaid', 'PostPaid') },
    },
    {
      name: 'Period 2 in years by Fn::FindInMap',
      files: {
        'stack.ros.yaml': ROS.replace('Period: 1', 'Period: !FindInMap [Plan, web, Years]')
          .replace('PeriodUnit: Month', 'PeriodUnit: Year')
          .replace('Resources:', 'Mappings:\n  Plan:\n    web:\n      Years: 2\nResources:'),
      },
    },
  ],
  invalid: [
    {
      name: 'PeriodUnit Week with a Period from a parameter without default: still too short, on the unit',
      files: {
        'stack.ros.yaml': ROS.replace('Period: 1', 'Period: !Ref Weeks')
          .replace('PeriodUnit: Month', 'PeriodUnit: Week')
          .replace('Resources:', 'Parameters:\n  Weeks:\n    Type: Number\nResources:'),
      },
      errors: [
        {
          range: '13:19-13:23',
          messageId: 'weeks',
          message:
            'Web is bought by the week (period: !Ref Weeks), always shorter than the 3-month minimum an ICP filing needs.',
          related: [{ file: 'stack.ros.yaml', range: '3:3-3:8', message: 'parameter Weeks (no default)' }],
        },
      ],
      output: null,
    },
    {
      name: 'Period 1: on the value, fixed to 3',
      files: { 'stack.ros.yaml': ROS },
      errors: [{ range: '9:15-9:16', messageId: 'tooShort', message: tooShort('Web', 1) }],
      output: { 'stack.ros.yaml': ROS.replace('Period: 1', 'Period: 3') },
    },
    {
      name: "a string number '2'",
      files: { 'stack.ros.yaml': ROS.replace('Period: 1', "Period: '2'") },
      errors: [{ range: '9:15-9:18', messageId: 'tooShort', message: tooShort('Web', 2) }],
      output: { 'stack.ros.yaml': ROS.replace('Period: 1', "Period: '3'") },
    },
    {
      name: 'no Period on PrePaid = 1 month: on the logical ID, the fix adds Period: 3',
      files: { 'stack.ros.yaml': ROS.replace('      Period: 1\n', '') },
      errors: [{ range: '3:3-3:6', messageId: 'omitted', message: omitted('Web') }],
      output: { 'stack.ros.yaml': `${ROS.replace('      Period: 1\n', '')}      Period: 3\n` },
    },
    {
      name: 'PeriodUnit Week: on the unit, the fix writes 3 Month',
      files: {
        'stack.ros.yaml': ROS.replace('Period: 1', 'Period: 4').replace(
          'PeriodUnit: Month',
          'PeriodUnit: Week',
        ),
      },
      errors: [{ range: '10:19-10:23', messageId: 'weeks', message: weeks('Web', 4) }],
      output: { 'stack.ros.yaml': ROS.replace('Period: 1', 'Period: 3') },
    },
    {
      name: 'PeriodUnit Week without a Period',
      files: {
        'stack.ros.yaml': ROS.replace('      Period: 1\n', '').replace(
          'PeriodUnit: Month',
          'PeriodUnit: Week',
        ),
      },
      errors: [{ range: '9:19-9:23', messageId: 'weeks', message: weeks('Web', 1) }],
      output: { 'stack.ros.yaml': `${ROS.replace('      Period: 1\n', '')}      Period: 3\n` },
    },
    {
      name: 'PrepayInstance with PeriodType Monthly',
      files: { 'stack.ros.yaml': ROS_PREPAY.replace('Yearly', 'Monthly') },
      errors: [{ range: '9:15-9:16', messageId: 'tooShort', message: tooShort('Db', 1) }],
      output: { 'stack.ros.yaml': ROS_PREPAY.replace('Yearly', 'Monthly').replace('Period: 1', 'Period: 3') },
    },
    {
      name: 'Simple Application Server for 1 month',
      files: { 'stack.ros.yaml': ROS_SWAS },
      errors: [{ range: '9:15-9:16', messageId: 'tooShort', message: tooShort('Blog', 1) }],
      output: { 'stack.ros.yaml': ROS_SWAS.replace('Period: 1', 'Period: 3') },
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
        "Period": 2,
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

ruleTable('ICP003', 'error', 'subscription-too-short: ROS JSON', {
  valid: [
    { name: 'Period 12', files: { 'stack.ros.json': ROS_JSON.replace('"Period": 2', '"Period": 12') } },
  ],
  invalid: [
    {
      name: 'Period 2',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [{ range: '9:19-9:20', messageId: 'tooShort', message: tooShort('Web', 2) }],
      output: { 'stack.ros.json': ROS_JSON.replace('"Period": 2', '"Period": 3') },
    },
    {
      name: 'Period "1" as a string, unit Week',
      files: {
        'stack.ros.json': ROS_JSON.replace('"Period": 2', '"Period": "1",\n        "PeriodUnit": "Week"'),
      },
      errors: [{ range: '10:23-10:29', messageId: 'weeks', message: weeks('Web', 1) }],
      output: {
        'stack.ros.json': ROS_JSON.replace('"Period": 2', '"Period": "3",\n        "PeriodUnit": "Month"'),
      },
    },
  ],
});

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    region: cn-hangzhou
    billing: subscription
    period: 2
    autoRenew: true
    publicBandwidthMbps: 5
`;

const SPEC_PRODUCT = (product: string, period: string) => `kind: IcpInstanceSpec
instances:
  site:
    product: ${product}
    region: cn-hangzhou
    billing: subscription
    period: ${period}
    autoRenew: true
`;

ruleTable('ICP003', 'error', 'subscription-too-short: instance spec', {
  valid: [
    { name: 'period 3', files: { 'plan.icp.yaml': SPEC.replace('period: 2', 'period: 3') } },
    {
      name: 'period 1 year',
      files: { 'plan.icp.yaml': SPEC.replace('period: 2', 'period: 1\n    periodUnit: year') },
    },
    { name: 'NAT gateway: 1 month is enough', files: { 'plan.icp.yaml': SPEC_PRODUCT('nat-gateway', '1') } },
    {
      name: 'NAT gateway without a period (1 month) is enough',
      files: { 'plan.icp.yaml': SPEC_PRODUCT('nat-gateway', '1').replace('    period: 1\n', '') },
    },
    {
      name: 'pay-as-you-go has no period to check',
      files: { 'plan.icp.yaml': SPEC.replace('subscription', 'pay-as-you-go') },
    },
  ],
  invalid: [
    {
      name: 'period 2 months',
      files: { 'plan.icp.yaml': SPEC },
      errors: [{ range: '7:13-7:14', messageId: 'tooShort', message: tooShort('web-1', 2) }],
      output: { 'plan.icp.yaml': SPEC.replace('period: 2', 'period: 3') },
    },
    {
      name: 'periodUnit week',
      files: { 'plan.icp.yaml': SPEC.replace('period: 2', 'period: 3\n    periodUnit: week') },
      errors: [{ range: '8:17-8:21', messageId: 'weeks', message: weeks('web-1', 3) }],
      output: { 'plan.icp.yaml': SPEC.replace('period: 2', 'period: 3\n    periodUnit: month') },
    },
    {
      name: 'periodUnit week without a period',
      files: { 'plan.icp.yaml': SPEC.replace('period: 2', 'periodUnit: week') },
      errors: [{ range: '7:17-7:21', messageId: 'weeks', message: weeks('web-1', 1) }],
      output: { 'plan.icp.yaml': `${SPEC.replace('period: 2', 'periodUnit: month')}    period: 3\n` },
    },
    {
      name: 'no period: on the key, the fix adds period: 3',
      files: { 'plan.icp.yaml': SPEC.replace('    period: 2\n', '') },
      errors: [{ range: '3:3-3:8', messageId: 'omitted', message: omitted('web-1') }],
      output: { 'plan.icp.yaml': `${SPEC.replace('    period: 2\n', '')}    period: 3\n` },
    },
    {
      name: 'elastic web hosting needs 6 months',
      files: { 'plan.icp.yaml': SPEC_PRODUCT('elastic-web-hosting', '3') },
      errors: [{ range: '7:13-7:14', messageId: 'tooShort', message: tooShort('site', 3, 6) }],
      fixTitle: 'Subscribe for 6 months',
      output: { 'plan.icp.yaml': SPEC_PRODUCT('elastic-web-hosting', '6') },
    },
    {
      name: 'a marketplace site needs 12 months',
      files: { 'plan.icp.yaml': SPEC_PRODUCT('marketplace-site', '6') },
      errors: [{ range: '7:13-7:14', messageId: 'tooShort', message: tooShort('site', 6, 12) }],
      output: { 'plan.icp.yaml': SPEC_PRODUCT('marketplace-site', '12') },
    },
    {
      name: 'an IoT package needs 6 months',
      files: { 'plan.icp.yaml': SPEC_PRODUCT('iot-package', '3') },
      errors: [{ range: '7:13-7:14', messageId: 'tooShort', message: tooShort('site', 3, 6) }],
      output: { 'plan.icp.yaml': SPEC_PRODUCT('iot-package', '6') },
    },
  ],
});
