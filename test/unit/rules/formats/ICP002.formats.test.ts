import { ruleTable } from '../../helpers/rule-table';

/** ICP002 pay-as-you-go, through the real parsers and engine, per format. */

const PAYG = 'alicloud_instance.web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.';
const OMITTED =
  'alicloud_instance.web sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.';

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_type              = "ecs.g7.large"
  instance_charge_type       = "PostPaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_OMITTED = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_type              = "ecs.g7.large"
  internet_max_bandwidth_out = 5
}
`;

const TF_VAR = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_type              = "ecs.g7.large"
  instance_charge_type       = var.billing
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;
const TF_VARIABLES = `variable "billing" {
  description = "Charge type of the web server"
  type        = string
  default     = "PostPaid"
}
`;

const TF_LOCAL = `provider "alicloud" {
  region = "cn-hangzhou"
}

locals {
  billing = var.prod ? "PrePaid" : "PostPaid"
}

variable "prod" {
  default = false
}

resource "alicloud_instance" "web" {
  instance_charge_type       = local.billing
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_SPOT = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  spot_strategy              = "SpotAsPriceGo"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_SET = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ecs_instance_set" "fleet" {
  amount                     = 3
  instance_type              = "ecs.g7.large"
  instance_charge_type       = "PostPaid"
  spot_strategy              = "SpotWithPriceLimit"
  internet_max_bandwidth_out = 5
}
`;

const TF_TEMPLATE = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ecs_launch_template" "base" {
  launch_template_name       = "base"
  instance_charge_type       = "PostPaid"
  internet_max_bandwidth_out = 5
}

resource "alicloud_instance" "web" {
  launch_template_id = alicloud_ecs_launch_template.base.id
  renewal_status     = "AutoRenewal"
}
`;

const TF_SAS = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_simple_application_server_instance" "blog" {
  plan_id    = "swas.s.c1m1s30b1.linux"
  image_id   = "img-123"
  period     = 12
  auto_renew = true
}
`;

ruleTable('ICP002', 'error', 'pay-as-you-go: Terraform', {
  valid: [
    { name: 'PrePaid', files: { 'infra/main.tf': TF.replace('PostPaid', 'PrePaid') } },
    { name: 'prepaid spelled in lower case', files: { 'infra/main.tf': TF.replace('PostPaid', 'prepaid') } },
    {
      name: 'count = 0 creates no instance',
      files: {
        'infra/main.tf': TF.replace('  instance_type ', '  count                      = 0\n  instance_type '),
      },
    },
    {
      name: 'a count conditional that resolves to 0 creates no instance',
      files: {
        'infra/main.tf': TF.replace(
          '  instance_type ',
          '  count                      = var.create && length(var.zones) > 0 ? 1 : 0\n  instance_type ',
        ),
        'infra/variables.tf':
          'variable "create" {\n  default = false\n}\nvariable "zones" {\n  default = ["cn-hangzhou-h"]\n}\n',
      },
    },
    {
      name: 'for_each over an empty map creates no instance',
      files: {
        'infra/main.tf': TF.replace(
          '  instance_type ',
          '  for_each                   = {}\n  instance_type ',
        ),
      },
    },
    {
      name: 'PrePaid with spot_strategy NoSpot',
      files: { 'infra/main.tf': TF_SPOT.replace('SpotAsPriceGo', 'NoSpot') },
    },
    {
      name: 'PrePaid with a spot strategy is a subscription: the strategy only applies to pay-as-you-go',
      files: { 'infra/main.tf': TF_SPOT },
    },
    {
      name: 'PrePaid with an empty spot strategy',
      files: { 'infra/main.tf': TF_SPOT.replace('"SpotAsPriceGo"', '""') },
    },
    {
      name: 'a variable default PrePaid',
      files: { 'infra/main.tf': TF_VAR, 'infra/variables.tf': TF_VARIABLES.replace('PostPaid', 'PrePaid') },
    },
    {
      name: 'a tfvars value PrePaid wins over the default',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES,
        'infra/terraform.tfvars': 'billing = "PrePaid"\n',
      },
    },
    {
      name: 'a conditional that resolves to PrePaid',
      files: { 'infra/main.tf': TF_LOCAL.replace('default = false', 'default = true') },
    },
    { name: 'a Simple Application Server is always a subscription', files: { 'infra/main.tf': TF_SAS } },
    {
      name: 'a charge type from a data source is not guessed',
      files: {
        'infra/main.tf': TF.replace(
          '"PostPaid"',
          'data.alicloud_instance_types.default.instance_charge_type',
        ),
      },
    },
    {
      name: 'a variable without default or tfvars is not guessed',
      files: { 'infra/main.tf': TF_VAR, 'infra/variables.tf': 'variable "billing" {\n  type = string\n}\n' },
    },
  ],
  invalid: [
    {
      name: 'explicit PostPaid: on the value, fixed to PrePaid',
      files: { 'infra/main.tf': TF },
      errors: [{ range: '7:32-7:42', messageId: 'payAsYouGo', message: PAYG }],
      fixTitle: 'Switch to subscription (PrePaid)',
      output: { 'infra/main.tf': TF.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'postpaid in lower case',
      files: { 'infra/main.tf': TF.replace('"PostPaid"', '"postpaid"') },
      errors: [{ range: '7:32-7:42', messageId: 'payAsYouGo', message: PAYG }],
      output: { 'infra/main.tf': TF.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'an empty charge type is the same as none: the API default, pay-as-you-go, on the empty value',
      files: { 'infra/main.tf': TF.replace('"PostPaid"', '""') },
      errors: [{ range: '7:32-7:34', messageId: 'omitted', message: OMITTED }],
      output: { 'infra/main.tf': TF.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'a map entry read with lookup: related the variable default, the fix rewrites the entry in the map',
      files: {
        'infra/main.tf': TF.replace('"PostPaid"', 'lookup(var.billing, "web", "PrePaid")'),
        'infra/variables.tf':
          'variable "billing" {\n  default = {\n    web = "PostPaid"\n    db  = "PrePaid"\n  }\n}\n',
      },
      errors: [
        {
          range: '7:32-7:69',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '2:13-5:4', message: 'default of variable "billing"' },
          ],
        },
      ],
      output: {
        'infra/variables.tf':
          'variable "billing" {\n  default = {\n    web = "PrePaid"\n    db  = "PrePaid"\n  }\n}\n',
      },
    },
    {
      name: 'a lone interpolation "${var.billing}" is the variable itself, indexed by key',
      files: {
        'infra/main.tf': TF.replace('"PostPaid"', '"${var.billing["web"]}"'),
        'infra/variables.tf': 'variable "billing" {\n  default = { web = "PostPaid" }\n}\n',
      },
      errors: [
        {
          range: '7:32-7:55',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '2:13-2:33', message: 'default of variable "billing"' },
          ],
        },
      ],
      output: { 'infra/variables.tf': 'variable "billing" {\n  default = { web = "PrePaid" }\n}\n' },
    },
    {
      name: 'a conditional over contains() and ==: the fix rewrites the branch taken',
      files: {
        'infra/main.tf': TF.replace(
          '"PostPaid"',
          'contains(["prod", "staging"], local.env) && local.env != "" ? "PrePaid" : "PostPaid"',
        ).replace(
          'resource "alicloud_instance"',
          'locals {\n  env = "dev"\n}\n\nresource "alicloud_instance"',
        ),
      },
      errors: [
        {
          range: '11:32-11:116',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [{ file: 'infra/main.tf', range: '6:9-6:14', message: 'local value "env"' }],
        },
      ],
      output: {
        'infra/main.tf': TF.replace(
          '"PostPaid"',
          'contains(["prod", "staging"], local.env) && local.env != "" ? "PrePaid" : "PrePaid"',
        ).replace(
          'resource "alicloud_instance"',
          'locals {\n  env = "dev"\n}\n\nresource "alicloud_instance"',
        ),
      },
    },
    {
      name: 'an unknown count is checked as if the instance is created',
      files: {
        'infra/main.tf': TF.replace(
          '  instance_type ',
          '  count                      = var.instances\n  instance_type ',
        ),
      },
      errors: [{ range: '8:32-8:42', messageId: 'payAsYouGo', message: PAYG }],
    },
    {
      name: 'count = 1 (or more) is created',
      files: {
        'infra/main.tf': TF.replace(
          '  instance_type ',
          '  count                      = length(["a", "b"]) - 1\n  instance_type ',
        ),
      },
      errors: [{ range: '8:32-8:42', messageId: 'payAsYouGo', message: PAYG }],
    },
    {
      name: 'omitted charge type = pay-as-you-go: on the header, the fix adds the attribute',
      files: { 'infra/main.tf': TF_OMITTED },
      errors: [{ range: '5:1-5:35', messageId: 'omitted', message: OMITTED }],
      output: {
        'infra/main.tf': TF_OMITTED.replace('= 5\n', '= 5\n  instance_charge_type       = "PrePaid"\n'),
      },
    },
    {
      name: 'a variable default in variables.tf: on the instance line, related default, the fix edits variables.tf',
      files: { 'infra/main.tf': TF_VAR, 'infra/variables.tf': TF_VARIABLES },
      errors: [
        {
          range: '7:32-7:43',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '4:17-4:27', message: 'default of variable "billing"' },
          ],
        },
      ],
      output: { 'infra/variables.tf': TF_VARIABLES.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'a tfvars value over a PrePaid default: related default and tfvars line, the fix edits terraform.tfvars',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES.replace('PostPaid', 'PrePaid'),
        'infra/terraform.tfvars': 'billing = "PostPaid"\n',
      },
      errors: [
        {
          range: '7:32-7:43',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '4:17-4:26', message: 'default of variable "billing"' },
            {
              file: 'infra/terraform.tfvars',
              range: '1:1-1:21',
              message: 'terraform.tfvars sets variable "billing"',
            },
          ],
        },
      ],
      output: { 'infra/terraform.tfvars': 'billing = "PrePaid"\n' },
    },
    {
      name: '*.auto.tfvars wins over terraform.tfvars',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES.replace('PostPaid', 'PrePaid'),
        'infra/terraform.tfvars': 'billing = "PrePaid"\n',
        'infra/prod.auto.tfvars': 'billing = "PostPaid"\n',
      },
      errors: [
        {
          range: '7:32-7:43',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '4:17-4:26', message: 'default of variable "billing"' },
            {
              file: 'infra/prod.auto.tfvars',
              range: '1:1-1:21',
              message: 'prod.auto.tfvars sets variable "billing"',
            },
          ],
        },
      ],
      output: { 'infra/prod.auto.tfvars': 'billing = "PrePaid"\n' },
    },
    {
      name: 'a *.tfvars file that is not auto-loaded does not apply',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES,
        'infra/prod.tfvars': 'billing = "PrePaid"\n',
      },
      errors: [
        {
          range: '7:32-7:43',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '4:17-4:27', message: 'default of variable "billing"' },
          ],
        },
      ],
      output: { 'infra/variables.tf': TF_VARIABLES.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'terraform.tfvars in another folder is another module',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES,
        'other/terraform.tfvars': 'billing = "PrePaid"\n',
      },
      errors: [
        {
          range: '7:32-7:43',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '4:17-4:27', message: 'default of variable "billing"' },
          ],
        },
      ],
    },
    {
      name: 'of two *.auto.tfvars the last in name order wins',
      files: {
        'infra/main.tf': TF_VAR,
        'infra/variables.tf': TF_VARIABLES,
        'infra/b.auto.tfvars': 'billing = "PostPaid"\n',
        'infra/a.auto.tfvars': 'billing = "PrePaid"\n',
      },
      errors: [
        {
          range: '7:32-7:43',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/variables.tf', range: '4:17-4:27', message: 'default of variable "billing"' },
            {
              file: 'infra/b.auto.tfvars',
              range: '1:1-1:21',
              message: 'b.auto.tfvars sets variable "billing"',
            },
          ],
        },
      ],
      output: { 'infra/b.auto.tfvars': 'billing = "PrePaid"\n' },
    },
    {
      name: 'a local with a conditional: related local and variable default, the fix edits the chosen branch',
      files: { 'infra/main.tf': TF_LOCAL },
      errors: [
        {
          range: '14:32-14:45',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'infra/main.tf', range: '6:13-6:46', message: 'local value "billing"' },
            { file: 'infra/main.tf', range: '10:13-10:18', message: 'default of variable "prod"' },
          ],
        },
      ],
      output: { 'infra/main.tf': TF_LOCAL.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'an empty spot strategy on PostPaid is no spot strategy: plain pay-as-you-go, never "a spot instance ()"',
      files: { 'infra/main.tf': TF_SPOT.replace('"PrePaid"', '"PostPaid"').replace('"SpotAsPriceGo"', '""') },
      errors: [{ range: '6:32-6:42', messageId: 'payAsYouGo', message: PAYG }],
      fixTitle: 'Switch to subscription (PrePaid)',
      output: { 'infra/main.tf': TF_SPOT.replace('"SpotAsPriceGo"', '""') },
    },
    {
      name: 'alicloud_ecs_instance_set: PostPaid with a spot strategy, one fix for both',
      files: { 'infra/main.tf': TF_SET },
      errors: [
        {
          range: '9:32-9:52',
          messageId: 'spot',
          message:
            'alicloud_ecs_instance_set.fleet is a spot instance (SpotWithPriceLimit); spot instances are billed pay-as-you-go and cannot carry an ICP filing.',
        },
      ],
      fixTitle: 'Switch to subscription (PrePaid) and set the spot strategy to NoSpot',
      output: {
        'infra/main.tf': TF_SET.replace('"PostPaid"', '"PrePaid"').replace(
          '"SpotWithPriceLimit"',
          '"NoSpot"',
        ),
      },
    },
    {
      name: 'inherited from a launch template: on the header, related template attribute, the fix edits the template',
      files: { 'infra/main.tf': TF_TEMPLATE },
      errors: [
        {
          range: '11:1-11:35',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            {
              file: 'infra/main.tf',
              range: '7:32-7:42',
              message: 'instance_charge_type in launch template alicloud_ecs_launch_template.base',
            },
          ],
        },
      ],
      output: { 'infra/main.tf': TF_TEMPLATE.replace('"PostPaid"', '"PrePaid"') },
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
      InstanceChargeType: PostPaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_OMITTED = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceType: ecs.g7.large
      InternetMaxBandwidthOut: 5
`;

const ROS_PARAM = `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  ChargeType:
    Type: String
    AllowedValues: [PrePaid, PostPaid]
    Default: PostPaid
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceType: ecs.g7.large
      InstanceChargeType: !Ref ChargeType
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_CLONE = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Copy:
    Type: ALIYUN::ECS::InstanceClone
    Properties:
      SourceInstanceId: i-123
      ZoneId: cn-hangzhou-h
      InstanceChargeType: Postpaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_SPOT = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Fleet:
    Type: ALIYUN::ECS::InstanceGroup
    Properties:
      ZoneId: cn-hangzhou-h
      MaxAmount: 2
      InstanceType: ecs.g7.large
      InstanceChargeType: PostPaid
      SpotStrategy: SpotAsPriceGo
      InternetMaxBandwidthOut: 5
`;

const ROS_SWAS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Blog:
    Type: ALIYUN::SWAS::Instance
    Properties:
      PlanId: swas.s.c1m1s30b1.linux
      ImageId: img-123
      Period: 12
      AutoRenew: true
`;

ruleTable('ICP002', 'error', 'pay-as-you-go: ROS YAML', {
  valid: [
    { name: 'PrePaid', files: { 'stack.ros.yaml': ROS.replace('PostPaid', 'PrePaid') } },
    { name: 'Prepaid on a clone', files: { 'stack.ros.yaml': ROS_CLONE.replace('Postpaid', 'Prepaid') } },
    {
      name: 'parameter default PrePaid',
      files: { 'stack.ros.yaml': ROS_PARAM.replace('Default: PostPaid', 'Default: PrePaid') },
    },
    {
      name: 'a parameter without default is not guessed',
      files: { 'stack.ros.yaml': ROS_PARAM.replace('    Default: PostPaid\n', '') },
    },
    { name: 'a Simple Application Server is always a subscription', files: { 'stack.ros.yaml': ROS_SWAS } },
    {
      name: 'PrePaid with a spot strategy is a subscription',
      files: { 'stack.ros.yaml': ROS_SPOT.replace('PostPaid', 'PrePaid') },
    },
    {
      name: 'PrePaid with an empty SpotStrategy',
      files: { 'stack.ros.yaml': ROS_SPOT.replace('PostPaid', 'PrePaid').replace('SpotAsPriceGo', "''") },
    },
  ],
  invalid: [
    {
      name: 'explicit PostPaid: on the value, fixed to PrePaid',
      files: { 'stack.ros.yaml': ROS },
      errors: [
        {
          range: '8:27-8:35',
          messageId: 'payAsYouGo',
          message: 'Web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'stack.ros.yaml': ROS.replace('PostPaid', 'PrePaid') },
    },
    {
      name: 'omitted InstanceChargeType = PostPaid: on the logical ID, the fix adds the property',
      files: { 'stack.ros.yaml': ROS_OMITTED },
      errors: [
        {
          range: '3:3-3:6',
          messageId: 'omitted',
          message:
            'Web sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'stack.ros.yaml': `${ROS_OMITTED}      InstanceChargeType: PrePaid\n` },
    },
    {
      name: 'Postpaid on an InstanceClone (its own spelling): the fix keeps the spelling family',
      files: { 'stack.ros.yaml': ROS_CLONE },
      errors: [
        {
          range: '8:27-8:35',
          messageId: 'payAsYouGo',
          message: 'Copy is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'stack.ros.yaml': ROS_CLONE.replace('Postpaid', 'Prepaid') },
    },
    {
      name: '!Ref to a parameter default: on the Ref, related default, the fix edits the default',
      files: { 'stack.ros.yaml': ROS_PARAM },
      errors: [
        {
          range: '13:27-13:42',
          messageId: 'payAsYouGo',
          message: 'Web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            { file: 'stack.ros.yaml', range: '6:14-6:22', message: 'default of parameter ChargeType' },
          ],
        },
      ],
      output: { 'stack.ros.yaml': ROS_PARAM.replace('Default: PostPaid', 'Default: PrePaid') },
    },
    {
      name: 'SpotStrategy on an InstanceGroup: the fix switches to PrePaid and NoSpot',
      files: { 'stack.ros.yaml': ROS_SPOT },
      errors: [
        {
          range: '10:21-10:34',
          messageId: 'spot',
          message:
            'Fleet is a spot instance (SpotAsPriceGo); spot instances are billed pay-as-you-go and cannot carry an ICP filing.',
        },
      ],
      output: {
        'stack.ros.yaml': ROS_SPOT.replace('PostPaid', 'PrePaid').replace('SpotAsPriceGo', 'NoSpot'),
      },
    },
    {
      name: 'an empty InstanceChargeType is the API default, pay-as-you-go',
      files: { 'stack.ros.yaml': ROS.replace('PostPaid', "''") },
      errors: [
        {
          range: '8:27-8:29',
          messageId: 'omitted',
          message:
            'Web sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'stack.ros.yaml': ROS.replace('PostPaid', "'PrePaid'") },
    },
    {
      name: 'an empty SpotStrategy on PostPaid is plain pay-as-you-go',
      files: { 'stack.ros.yaml': ROS_SPOT.replace('SpotAsPriceGo', "''") },
      errors: [
        {
          range: '9:27-9:35',
          messageId: 'payAsYouGo',
          message: 'Fleet is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'stack.ros.yaml': ROS_SPOT.replace('PostPaid', 'PrePaid').replace('SpotAsPriceGo', "''") },
    },
    {
      name: 'a resource with a Condition is checked as if it is created',
      files: {
        'stack.ros.yaml': ROS.replace(
          'Resources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n',
          'Conditions:\n  IsProd:\n    Fn::Equals: [prod, dev]\nResources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n    Condition: IsProd\n',
        ),
      },
      errors: [
        {
          range: '12:27-12:35',
          messageId: 'payAsYouGo',
          message: 'Web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
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
        "InstanceType": "ecs.g7.large",
        "InstanceChargeType": "PostPaid",
        "Period": 12,
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

const ROS_JSON_OMITTED = `{
  "ROSTemplateFormatVersion": "2015-09-01",
  "Resources": {
    "Web": {
      "Type": "ALIYUN::ECS::Instance",
      "Properties": {
        "ZoneId": "cn-hangzhou-h",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

const ROS_JSON_IF = ROS_JSON.replace(
  '  "Resources": {',
  '  "Parameters": { "Env": { "Type": "String", "Default": "dev" } },\n  "Conditions": { "IsProd": { "Fn::Equals": ["prod", { "Ref": "Env" }] } },\n  "Resources": {',
).replace(
  '"InstanceChargeType": "PostPaid"',
  '"InstanceChargeType": { "Fn::If": ["IsProd", "PrePaid", "PostPaid"] }',
);

ruleTable('ICP002', 'error', 'pay-as-you-go: ROS JSON', {
  valid: [
    { name: 'PrePaid', files: { 'stack.ros.json': ROS_JSON.replace('PostPaid', 'PrePaid') } },
    {
      name: 'Fn::If whose condition holds picks PrePaid',
      files: { 'stack.ros.json': ROS_JSON_IF.replace('"Default": "dev"', '"Default": "prod"') },
    },
  ],
  invalid: [
    {
      name: 'Fn::If whose condition fails: on the Fn::If, related the parameter default, the fix rewrites the branch taken',
      files: { 'stack.ros.json': ROS_JSON_IF },
      errors: [
        {
          range: '11:31-11:78',
          messageId: 'payAsYouGo',
          message: 'Web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [{ file: 'stack.ros.json', range: '3:57-3:62', message: 'default of parameter Env' }],
        },
      ],
      output: { 'stack.ros.json': ROS_JSON_IF.replace('"PrePaid", "PostPaid"', '"PrePaid", "PrePaid"') },
    },
    {
      name: 'explicit PostPaid',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [
        {
          range: '9:31-9:41',
          messageId: 'payAsYouGo',
          message: 'Web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'stack.ros.json': ROS_JSON.replace('"PostPaid"', '"PrePaid"') },
    },
    {
      name: 'omitted: the fix inserts a JSON member',
      files: { 'stack.ros.json': ROS_JSON_OMITTED },
      errors: [
        {
          range: '4:5-4:10',
          messageId: 'omitted',
          message:
            'Web sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: {
        'stack.ros.json': ROS_JSON_OMITTED.replace(
          '"InternetMaxBandwidthOut": 5\n',
          '"InternetMaxBandwidthOut": 5,\n        "InstanceChargeType": "PrePaid"\n',
        ),
      },
    },
  ],
});

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    region: cn-hangzhou
    billing: pay-as-you-go
    period: 12
    autoRenew: true
    publicBandwidthMbps: 5
`;

ruleTable('ICP002', 'error', 'pay-as-you-go: instance spec', {
  valid: [
    { name: 'subscription', files: { 'plan.icp.yaml': SPEC.replace('pay-as-you-go', 'subscription') } },
  ],
  invalid: [
    {
      name: 'pay-as-you-go',
      files: { 'plan.icp.yaml': SPEC },
      errors: [
        {
          range: '6:14-6:27',
          messageId: 'payAsYouGo',
          message: 'web-1 is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
        },
      ],
      output: { 'plan.icp.yaml': SPEC.replace('pay-as-you-go', 'subscription') },
    },
    {
      name: 'spot',
      files: { 'plan.icp.yaml': SPEC.replace('pay-as-you-go', 'spot') },
      errors: [
        {
          range: '6:14-6:18',
          messageId: 'spot',
          message:
            'web-1 is a spot instance (spot); spot instances are billed pay-as-you-go and cannot carry an ICP filing.',
        },
      ],
      output: { 'plan.icp.yaml': SPEC.replace('pay-as-you-go', 'subscription') },
      // A spec has no spot strategy: its billing becomes subscription, and the title says that.
      fixTitle: 'Switch to subscription (PrePaid)',
    },
  ],
});
