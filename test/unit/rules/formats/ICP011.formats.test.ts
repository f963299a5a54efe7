import { ruleTable } from '../../helpers/rule-table';

/** ICP011 region-unresolved, through the real parsers and engine, per format: what would apply and how to state a region. */

const TF_MESSAGE = (instance: string) =>
  `No region is set for ${instance}: the provider then uses ALICLOUD_REGION / ALIBABA_CLOUD_REGION or the profile's region, else cn-beijing. State it with \`region\` in the provider block, \`--region\`, or \`region\` in .icpcheck.yaml.`;
const TF_EXPRESSION = (instance: string, expression: string) =>
  `The region of ${instance} comes from \`${expression}\`, which cannot be evaluated here, so the region is not checked. State it with \`--region\` or \`region\` in .icpcheck.yaml.`;
const ROS_MESSAGE = (instance: string) =>
  `The region of ${instance} is the one chosen when the stack is created; nothing in the template states it. Give the instance a literal ZoneId, add a \`# icp-region: <id>\` comment to the file, or use \`--region\` or \`region\` in .icpcheck.yaml.`;
const ROS_EXPRESSION = (instance: string, expression: string) =>
  `The zone of ${instance} is \`${expression}\`, which cannot be evaluated here; its region is the one chosen when the stack is created. Add a \`# icp-region: <id>\` comment to the file, or use \`--region\` or \`region\` in .icpcheck.yaml.`;

const TF = `resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_DATA = `provider "alicloud" {
  region = data.alicloud_regions.current.regions[0].id
}

${TF}`;

ruleTable('ICP011', 'info', 'region-unresolved: Terraform', {
  valid: [
    {
      name: 'provider region',
      files: { 'infra/main.tf': `provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\n${TF}` },
    },
    {
      name: 'a zone',
      files: {
        'infra/main.tf': TF.replace('  period', '  availability_zone          = "cn-hangzhou-h"\n  period'),
      },
    },
    { name: '--region states it', files: { 'infra/main.tf': TF }, options: { region: 'cn-hangzhou' } },
    {
      name: 'region in the configuration states it',
      files: { 'infra/main.tf': TF },
      config: { region: 'cn-shanghai' },
    },
  ],
  invalid: [
    {
      name: 'no provider, no zone: on the header, names what would apply',
      files: { 'infra/main.tf': TF },
      errors: [{ range: '1:1-1:35', messageId: 'terraform', message: TF_MESSAGE('alicloud_instance.web') }],
      output: null,
    },
    {
      name: 'a provider without region',
      files: { 'infra/main.tf': `provider "alicloud" {\n  profile = "prod"\n}\n\n${TF}` },
      errors: [{ range: '5:1-5:35', messageId: 'terraform', message: TF_MESSAGE('alicloud_instance.web') }],
    },
    {
      name: 'provider region from a data source: on the header, related provider region',
      files: { 'infra/main.tf': TF_DATA },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'terraformExpression',
          message: TF_EXPRESSION('alicloud_instance.web', 'data.alicloud_regions.current.regions[0].id'),
          related: [{ file: 'infra/main.tf', range: '2:12-2:55', message: 'region of provider alicloud' }],
        },
      ],
    },
    {
      name: 'a zone that is an unresolvable expression: on the zone',
      files: {
        'infra/main.tf': TF.replace(
          '  period',
          '  availability_zone          = data.alicloud_zones.default.zones[0].id\n  period',
        ),
      },
      errors: [
        {
          range: '3:32-3:71',
          messageId: 'terraformExpression',
          message: TF_EXPRESSION('alicloud_instance.web', 'data.alicloud_zones.default.zones[0].id'),
        },
      ],
    },
    {
      name: 'a region icp-check does not know, starting with cn-: a probable typo',
      files: { 'infra/main.tf': `provider "alicloud" {\n  region = "cn-hangzou"\n}\n\n${TF}` },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'unknownRegion',
          message:
            'cn-hangzou is not a region icp-check knows; it is treated as mainland China. Check the spelling.',
          related: [{ file: 'infra/main.tf', range: '2:12-2:24', message: 'region of provider alicloud' }],
        },
      ],
    },
  ],
});

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  Zone:
    Type: String
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_ZONE_REF = ROS.replace('    Properties:\n', '    Properties:\n      ZoneId:\n        Ref: Zone\n');
const ROS_GETAZS = ROS.replace(
  '    Properties:\n',
  '    Properties:\n      ZoneId:\n        Fn::Select: [0, Fn::GetAZs: !Ref ALIYUN::Region]\n',
);

ruleTable('ICP011', 'info', 'region-unresolved: ROS YAML', {
  valid: [
    {
      name: 'a literal ZoneId',
      files: {
        'stack.ros.yaml': ROS.replace('    Properties:\n', '    Properties:\n      ZoneId: cn-hangzhou-h\n'),
      },
    },
    { name: 'a # icp-region: comment', files: { 'stack.ros.yaml': `# icp-region: cn-hangzhou\n${ROS}` } },
    {
      name: 'a # icp-region: comment also stands in for Fn::GetAZs',
      files: { 'stack.ros.yaml': `${ROS_GETAZS}# icp-region: cn-shanghai\n` },
    },
    { name: 'the configured region', files: { 'stack.ros.yaml': ROS }, config: { region: 'cn-hangzhou' } },
  ],
  invalid: [
    {
      name: 'nothing states a region: on the logical ID',
      files: { 'stack.ros.yaml': ROS },
      errors: [{ range: '6:3-6:6', messageId: 'ros', message: ROS_MESSAGE('Web') }],
    },
    {
      name: "a ZoneId parameter whose Default is '' states none either: on the logical ID, never quoting an empty zone",
      files: {
        'stack.ros.yaml': ROS_ZONE_REF.replace('    Type: String\n', "    Type: String\n    Default: ''\n"),
      },
      errors: [{ range: '7:3-7:6', messageId: 'ros', message: ROS_MESSAGE('Web') }],
      output: null,
    },
    {
      name: 'ZoneId from a parameter without default: on the Ref',
      files: { 'stack.ros.yaml': ROS_ZONE_REF },
      errors: [
        { range: '10:9-10:18', messageId: 'rosExpression', message: ROS_EXPRESSION('Web', 'Ref: Zone') },
      ],
    },
    {
      name: 'ZoneId from Fn::GetAZs',
      files: { 'stack.ros.yaml': ROS_GETAZS },
      errors: [
        {
          range: '10:9-10:57',
          messageId: 'rosExpression',
          message: ROS_EXPRESSION('Web', 'Fn::Select: [0, Fn::GetAZs: !Ref ALIYUN::Region]'),
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
        "InstanceChargeType": "PrePaid",
        "Period": 12,
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

ruleTable('ICP011', 'info', 'region-unresolved: ROS JSON', {
  valid: [
    {
      name: 'a literal ZoneId',
      files: {
        'stack.ros.json': ROS_JSON.replace(
          '"Properties": {\n',
          '"Properties": {\n        "ZoneId": "cn-hangzhou-h",\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'nothing states a region: on the logical ID',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [{ range: '4:5-4:10', messageId: 'ros', message: ROS_MESSAGE('Web') }],
    },
  ],
});

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    billing: subscription
    period: 12
    autoRenew: true
    publicBandwidthMbps: 5
`;

ruleTable('ICP011', 'info', 'region-unresolved: instance spec', {
  valid: [
    {
      name: 'region',
      files: { 'plan.icp.yaml': SPEC.replace('    billing', '    region: cn-hangzhou\n    billing') },
    },
    {
      name: 'zone',
      files: { 'plan.icp.yaml': SPEC.replace('    billing', '    zone: cn-hangzhou-h\n    billing') },
    },
  ],
  invalid: [
    {
      name: 'no region: on the key',
      files: { 'plan.icp.yaml': SPEC },
      errors: [
        {
          range: '3:3-3:8',
          messageId: 'spec',
          message:
            'web-1 states no region. Set `region:` (or `zone:`) on the instance, or use `--region` or `region` in .icpcheck.yaml.',
        },
      ],
    },
    {
      name: 'a region icp-check does not know: a probable typo',
      files: { 'plan.icp.yaml': SPEC.replace('    billing', '    region: cn-shanghia\n    billing') },
      errors: [
        {
          range: '5:13-5:24',
          messageId: 'unknownRegion',
          message:
            'cn-shanghia is not a region icp-check knows; it is treated as mainland China. Check the spelling.',
        },
      ],
    },
    {
      name: 'a zone of no known region: says so, not "no region"',
      files: { 'plan.icp.yaml': SPEC.replace('    billing', '    zone: mars-north-1a\n    billing') },
      errors: [
        {
          range: '5:11-5:24',
          messageId: 'specZone',
          message:
            'The zone `mars-north-1a` of web-1 belongs to no region icp-check knows, so the region is not checked. Check the spelling, or set `region:` instead.',
        },
      ],
    },
  ],
});
