import { ruleTable } from '../../helpers/rule-table';

/**
 * ICP012 value-unresolved, through the real parsers and engine: a value a rule needs is an
 * expression that cannot be evaluated (data source, module output, variable or parameter without
 * default). No finding of the rule that needs it is guessed; this note says so once.
 */

const unresolved = (setting: string, instance: string, expression: string) =>
  `\`${setting}\` of ${instance} is \`${expression}\`, which cannot be evaluated here; the checks that need it are skipped, not guessed.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

ruleTable('ICP012', 'info', 'value-unresolved: Terraform', {
  valid: [
    { name: 'literals only', files: { 'infra/main.tf': TF } },
    {
      name: 'a variable with a default',
      files: {
        'infra/main.tf': TF.replace('= 12', '= var.months'),
        'infra/variables.tf': 'variable "months" {\n  default = 12\n}\n',
      },
    },
    {
      name: 'an empty status is the default, Running',
      files: { 'infra/main.tf': TF.replace('  period ', '  status                     = ""\n  period ') },
    },
    {
      name: 'an empty renewal_status is the default, Normal',
      files: { 'infra/main.tf': TF.replace('"AutoRenewal"', '""') },
    },
    {
      name: 'an empty period_unit is the default, Month',
      files: { 'infra/main.tf': TF.replace('  period ', '  period_unit                = ""\n  period ') },
    },
    {
      name: 'an empty spot_strategy is no spot strategy',
      files: { 'infra/main.tf': TF.replace('  period ', '  spot_strategy              = ""\n  period ') },
    },
    {
      name: 'a Week unit needs no period: an unknown number of weeks is not reported as unresolved',
      files: {
        'infra/main.tf': TF.replace('= 12\n', '= var.weeks\n  period_unit                = "Week"\n'),
        'infra/variables.tf': 'variable "weeks" {}\n',
      },
    },
    {
      name: 'an unknown value no rule needs: the period of a pay-as-you-go instance',
      files: {
        'infra/main.tf': TF.replace('PrePaid', 'PostPaid').replace(
          '= 12',
          '= data.alicloud_config.current.months',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a data source: on the expression, ICP002 reports nothing',
      files: { 'infra/main.tf': TF.replace('"PrePaid"', 'data.alicloud_config.current.charge') },
      errors: [
        {
          range: '6:32-6:67',
          messageId: 'unresolved',
          message: unresolved(
            'instance_charge_type',
            'alicloud_instance.web',
            'data.alicloud_config.current.charge',
          ),
        },
      ],
      output: null,
    },
    {
      name: 'a module output',
      files: { 'infra/main.tf': TF.replace('= 5', '= module.network.bandwidth') },
      errors: [
        {
          range: '9:32-9:56',
          messageId: 'unresolved',
          message: unresolved(
            'internet_max_bandwidth_out',
            'alicloud_instance.web',
            'module.network.bandwidth',
          ),
        },
      ],
    },
    {
      name: 'a variable without default or tfvars: related the declaration',
      files: {
        'infra/main.tf': TF.replace('= 12', '= var.months'),
        'infra/variables.tf': 'variable "months" {\n  type = number\n}\n',
      },
      errors: [
        {
          range: '7:32-7:42',
          messageId: 'unresolved',
          message: unresolved('period', 'alicloud_instance.web', 'var.months'),
          related: [
            { file: 'infra/variables.tf', range: '1:1-1:18', message: 'variable "months" (no default)' },
          ],
        },
      ],
    },
    {
      // Pins a parser fix: auto_renew mirrored an unknown renewal_status and was named a second time.
      name: 'each unknown value once, under the name written, even when several rules need it',
      files: {
        'infra/main.tf': TF.replace('"AutoRenewal"', 'var.renewal'),
        'infra/variables.tf': 'variable "renewal" {}\n',
      },
      errors: [
        {
          range: '8:32-8:43',
          messageId: 'unresolved',
          message: unresolved('renewal_status', 'alicloud_instance.web', 'var.renewal'),
          related: [
            { file: 'infra/variables.tf', range: '1:1-1:19', message: 'variable "renewal" (no default)' },
          ],
        },
      ],
    },
    {
      name: 'auto_renew written on alicloud_instance is named as auto_renew, once',
      files: {
        'infra/main.tf': TF.replace(
          'renewal_status             = "AutoRenewal"',
          'auto_renew                 = var.renew',
        ),
        'infra/variables.tf': 'variable "renew" {}\n',
      },
      errors: [
        {
          range: '8:32-8:41',
          messageId: 'unresolved',
          message: unresolved('auto_renew', 'alicloud_instance.web', 'var.renew'),
          related: [
            { file: 'infra/variables.tf', range: '1:1-1:17', message: 'variable "renew" (no default)' },
          ],
        },
      ],
    },
  ],
});

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  ChargeType:
    Type: String
    AllowedValues: [PrePaid, PostPaid]
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceChargeType:
        Ref: ChargeType
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_CLONE = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Copy:
    Type: ALIYUN::ECS::InstanceClone
    Properties:
      SourceInstanceId: i-bp1234567890
      ZoneId: cn-hangzhou-h
      InstanceChargeType: Prepaid
      Period: 12
      AutoRenew: 'True'
`;

ruleTable('ICP012', 'info', 'value-unresolved: ROS YAML', {
  valid: [
    {
      name: 'a parameter with a default',
      files: {
        'stack.ros.yaml': ROS.replace('    AllowedValues: [PrePaid, PostPaid]\n', '    Default: PrePaid\n'),
      },
    },
    {
      name: 'a clone of an instance in the template',
      files: {
        'stack.ros.yaml': ROS_CLONE.replace('i-bp1234567890', '!Ref Web').replace(
          'Resources:\n',
          "Resources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n    Properties:\n      ZoneId: cn-hangzhou-h\n      InstanceChargeType: PrePaid\n      Period: 12\n      AutoRenew: 'True'\n      InternetMaxBandwidthOut: 5\n",
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a parameter without default: on the Ref, related the parameter',
      files: { 'stack.ros.yaml': ROS },
      errors: [
        {
          range: '12:9-12:24',
          messageId: 'unresolved',
          message: unresolved('InstanceChargeType', 'Web', 'Ref: ChargeType'),
          related: [
            { file: 'stack.ros.yaml', range: '3:3-3:13', message: 'parameter ChargeType (no default)' },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'a clone of an instance outside the template: its bandwidth is unknown',
      files: { 'stack.ros.yaml': ROS_CLONE },
      errors: [
        {
          range: '6:25-6:39',
          messageId: 'unresolved',
          message: unresolved('InternetMaxBandwidthOut', 'Copy', 'i-bp1234567890'),
        },
      ],
    },
  ],
});

const ROS_JSON = `{
  "ROSTemplateFormatVersion": "2015-09-01",
  "Parameters": { "Months": { "Type": "Number" } },
  "Resources": {
    "Web": {
      "Type": "ALIYUN::ECS::Instance",
      "Properties": {
        "ZoneId": "cn-hangzhou-h",
        "InstanceChargeType": "PrePaid",
        "Period": { "Ref": "Months" },
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

ruleTable('ICP012', 'info', 'value-unresolved: ROS JSON', {
  valid: [
    { name: 'a literal Period', files: { 'stack.ros.json': ROS_JSON.replace('{ "Ref": "Months" }', '12') } },
    {
      name: 'empty SpotStrategy, PeriodUnit and AutoRenew are the defaults, not unresolved',
      files: {
        'stack.ros.json': ROS_JSON.replace(
          '{ "Ref": "Months" }',
          '12,\n        "PeriodUnit": "",\n        "SpotStrategy": ""',
        ).replace('"True"', '""'),
      },
    },
  ],
  invalid: [
    {
      name: 'Period from a parameter without default',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [
        {
          range: '10:19-10:38',
          messageId: 'unresolved',
          message: unresolved('Period', 'Web', '{ "Ref": "Months" }'),
          related: [{ file: 'stack.ros.json', range: '3:19-3:27', message: 'parameter Months (no default)' }],
        },
      ],
    },
  ],
});
