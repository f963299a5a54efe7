import { ruleTable } from '../../helpers/rule-table';

/** ICP001 region-not-mainland, through the real parsers and engine, per format. */

const PREFERRED = { preferredRegions: ['cn-shenzhen', 'cn-beijing'] };

const TF_HK = `provider "alicloud" {
  region = "cn-hongkong"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_ALIAS = `provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "sg"
  region = "ap-southeast-1"
}

resource "alicloud_instance" "web" {
  provider                   = alicloud.sg
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_VAR_MAIN = `provider "alicloud" {
  region = var.region
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;
const TF_VAR_VARIABLES = `variable "region" {
  type    = string
  default = "cn-hangzhou"
}
`;
const TF_VAR_TFVARS = `region = "us-west-1"
`;

const TF_ZONE = `resource "alicloud_instance" "web" {
  availability_zone          = "ap-southeast-1a"
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_VSWITCH = `resource "alicloud_vswitch" "main" {
  vpc_id     = "vpc-123"
  cidr_block = "10.0.1.0/24"
  zone_id    = "ap-northeast-1a"
}

resource "alicloud_instance" "web" {
  vswitch_id                 = alicloud_vswitch.main.id
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_CONDITIONAL = `variable "env" {
  default = "dev"
}

provider "alicloud" {
  region = var.env == "prod" ? "cn-hangzhou" : "cn-hongkong"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_SAS = `provider "alicloud" {
  region = "eu-central-1"
}

resource "alicloud_simple_application_server_instance" "blog" {
  plan_id    = "swas.s.c1m1s30b1.linux"
  image_id   = "img-123"
  period     = 12
  auto_renew = true
}
`;

ruleTable('ICP001', 'error', 'region-not-mainland: Terraform', {
  valid: [
    {
      name: 'provider in cn-hangzhou',
      files: { 'infra/main.tf': TF_HK.replace('cn-hongkong', 'cn-hangzhou') },
    },
    {
      name: 'no provider, zone cn-shanghai-b',
      files: { 'infra/main.tf': TF_ZONE.replace('ap-southeast-1a', 'cn-shanghai-b') },
    },
    {
      name: 'the un-aliased provider applies when the instance names none',
      files: { 'infra/main.tf': TF_ALIAS.replace('  provider                   = alicloud.sg\n', '') },
    },
    {
      name: 'a tfvars value wins over a non-mainland default',
      files: {
        'infra/main.tf': TF_VAR_MAIN,
        'infra/variables.tf': TF_VAR_VARIABLES.replace('cn-hangzhou', 'us-west-1'),
        'infra/terraform.tfvars': 'region = "cn-beijing"\n',
      },
    },
    {
      name: 'a conditional that picks a mainland region',
      files: { 'infra/main.tf': TF_CONDITIONAL.replace('"dev"', '"prod"') },
    },
    {
      name: 'a region that cannot be evaluated is not guessed (ICP011 instead)',
      files: {
        'infra/main.tf': TF_HK.replace('"cn-hongkong"', 'data.alicloud_regions.current.regions[0].id'),
      },
    },
  ],
  invalid: [
    {
      name: 'Hong Kong from the provider block: on the header, related provider region, preferred region first',
      files: { 'infra/main.tf': TF_HK },
      config: PREFERRED,
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'hongKong',
          message:
            'alicloud_instance.web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'infra/main.tf', range: '2:12-2:25', message: 'region of provider alicloud' }],
        },
      ],
      fixTitles: [
        'Deploy in China (Shenzhen) (cn-shenzhen)',
        'Deploy in China (Beijing) (cn-beijing)',
        'Deploy in China (Qingdao) (cn-qingdao)',
        'Deploy in China (Zhangjiakou) (cn-zhangjiakou)',
        'Deploy in China (Hohhot) (cn-huhehaote)',
        'Deploy in China (Ulanqab) (cn-wulanchabu)',
      ],
      fixTitle: 'Deploy in China (Shenzhen) (cn-shenzhen)',
      output: { 'infra/main.tf': TF_HK.replace('"cn-hongkong"', '"cn-shenzhen"') },
    },
    {
      name: 'without preferred regions the first mainland region is offered first',
      files: { 'infra/main.tf': TF_HK },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'hongKong',
          message:
            'alicloud_instance.web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'infra/main.tf', range: '2:12-2:25', message: 'region of provider alicloud' }],
        },
      ],
      fixTitle: 'Deploy in China (Qingdao) (cn-qingdao)',
      output: { 'infra/main.tf': TF_HK.replace('"cn-hongkong"', '"cn-qingdao"') },
    },
    {
      name: 'aliased provider: the region of alicloud.sg, not the default provider',
      files: { 'infra/main.tf': TF_ALIAS },
      config: PREFERRED,
      errors: [
        {
          range: '10:1-10:35',
          messageId: 'notMainland',
          message:
            'alicloud_instance.web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [{ file: 'infra/main.tf', range: '7:12-7:28', message: 'region of provider alicloud.sg' }],
        },
      ],
      output: { 'infra/main.tf': TF_ALIAS.replace('"ap-southeast-1"', '"cn-shenzhen"') },
    },
    {
      name: 'provider region from a variable set in terraform.tfvars: related provider, default and tfvars line; the fix edits terraform.tfvars',
      files: {
        'infra/main.tf': TF_VAR_MAIN,
        'infra/variables.tf': TF_VAR_VARIABLES,
        'infra/terraform.tfvars': TF_VAR_TFVARS,
      },
      config: PREFERRED,
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'notMainland',
          message:
            'alicloud_instance.web is deployed in us-west-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [
            { file: 'infra/main.tf', range: '2:12-2:22', message: 'region of provider alicloud' },
            { file: 'infra/variables.tf', range: '3:13-3:26', message: 'default of variable "region"' },
            {
              file: 'infra/terraform.tfvars',
              range: '1:1-1:21',
              message: 'terraform.tfvars sets variable "region"',
            },
          ],
        },
      ],
      output: { 'infra/terraform.tfvars': 'region = "cn-shenzhen"\n' },
    },
    {
      name: 'provider region from a variable default in variables.tf: the fix edits the default in that file',
      files: {
        'infra/main.tf': TF_VAR_MAIN,
        'infra/variables.tf': TF_VAR_VARIABLES.replace('cn-hangzhou', 'cn-hongkong'),
      },
      config: PREFERRED,
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'hongKong',
          message:
            'alicloud_instance.web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [
            { file: 'infra/main.tf', range: '2:12-2:22', message: 'region of provider alicloud' },
            { file: 'infra/variables.tf', range: '3:13-3:26', message: 'default of variable "region"' },
          ],
        },
      ],
      output: { 'infra/variables.tf': TF_VAR_VARIABLES.replace('cn-hangzhou', 'cn-shenzhen') },
    },
    {
      name: '--region assumed for a provider without region: related --region, the fix states the region in the provider',
      files: { 'infra/main.tf': TF_HK.replace('region = "cn-hongkong"', 'profile = "prod"') },
      options: { region: 'cn-hongkong' },
      config: { preferredRegions: ['cn-shanghai'] },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'hongKong',
          message:
            'alicloud_instance.web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'infra/main.tf', range: '5:1-5:35', message: '--region' }],
        },
      ],
      fixTitle: 'Deploy in China (Shanghai) (cn-shanghai)',
      output: {
        'infra/main.tf': TF_HK.replace(
          'region = "cn-hongkong"',
          'profile = "prod"\n  region  = "cn-shanghai"',
        ),
      },
    },
    {
      name: '--region assumed without any provider block: nothing in the module to edit',
      files: { 'infra/main.tf': TF_ZONE.replace('  availability_zone          = "ap-southeast-1a"\n', '') },
      options: { region: 'ap-southeast-1' },
      errors: [
        {
          range: '1:1-1:35',
          messageId: 'notMainland',
          message:
            'alicloud_instance.web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [{ file: 'infra/main.tf', range: '1:1-1:35', message: '--region' }],
        },
      ],
      output: null,
    },
    {
      name: 'a conditional whose operands resolve',
      files: { 'infra/main.tf': TF_CONDITIONAL },
      errors: [
        {
          range: '9:1-9:35',
          messageId: 'hongKong',
          message:
            'alicloud_instance.web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [
            { file: 'infra/main.tf', range: '6:12-6:61', message: 'region of provider alicloud' },
            { file: 'infra/main.tf', range: '2:13-2:18', message: 'default of variable "env"' },
          ],
        },
      ],
    },
    {
      name: 'the zone picked out of a list variable with element(): on the zone value, related the default',
      files: {
        'infra/main.tf': TF_ZONE.replace('"ap-southeast-1a"', 'element(var.zones, 1)'),
        'infra/variables.tf': 'variable "zones" {\n  default = ["cn-hangzhou-h", "ap-southeast-1b"]\n}\n',
      },
      errors: [
        {
          range: '2:32-2:53',
          messageId: 'notMainland',
          message:
            'alicloud_instance.web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [
            { file: 'infra/variables.tf', range: '2:13-2:49', message: 'default of variable "zones"' },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'no provider: the region of the availability zone, on the zone value',
      files: { 'infra/main.tf': TF_ZONE },
      errors: [
        {
          range: '2:32-2:49',
          messageId: 'notMainland',
          message:
            'alicloud_instance.web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
        },
      ],
      // A zone names a zone, not a region: no zone of the preferred region is known to write.
      output: null,
    },
    {
      name: 'no provider: the zone of the referenced vSwitch',
      files: { 'infra/main.tf': TF_VSWITCH },
      errors: [
        {
          range: '7:1-7:35',
          messageId: 'notMainland',
          message:
            'alicloud_instance.web is deployed in ap-northeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [
            { file: 'infra/main.tf', range: '4:16-4:33', message: 'zone of vSwitch alicloud_vswitch.main' },
          ],
        },
      ],
    },
    {
      name: 'Simple Application Server',
      files: { 'infra/main.tf': TF_SAS },
      config: PREFERRED,
      errors: [
        {
          range: '5:1-5:62',
          messageId: 'notMainland',
          message:
            'alicloud_simple_application_server_instance.blog is deployed in eu-central-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [{ file: 'infra/main.tf', range: '2:12-2:26', message: 'region of provider alicloud' }],
        },
      ],
      output: { 'infra/main.tf': TF_SAS.replace('"eu-central-1"', '"cn-shenzhen"') },
    },
  ],
});

const ROS_ZONE = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: ap-southeast-1a
      InstanceType: ecs.g7.large
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_PARAM = `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  Zone:
    Type: String
    Default: cn-hongkong-b
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId:
        Ref: Zone
      InstanceType: ecs.g7.large
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_COMMENT = `# icp-region: ap-southeast-1
ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      InstanceType: ecs.g7.large
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

const ROS_GROUP = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Fleet:
    Type: ALIYUN::ECS::InstanceGroup
    Condition: CreateFleet
    Properties:
      ZoneIds:
        - us-east-1a
        - cn-hangzhou-h
      MaxAmount: 2
      InstanceType: ecs.g7.large
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 5
`;

ruleTable('ICP001', 'error', 'region-not-mainland: ROS YAML', {
  valid: [
    {
      name: 'ZoneId in cn-hangzhou',
      files: { 'stack.ros.yaml': ROS_ZONE.replace('ap-southeast-1a', 'cn-hangzhou-h') },
    },
    {
      name: 'parameter default in a mainland zone',
      files: { 'stack.ros.yaml': ROS_PARAM.replace('cn-hongkong-b', 'cn-shenzhen-a') },
    },
    {
      name: '# icp-region: comment in the mainland',
      files: { 'stack.ros.yaml': ROS_COMMENT.replace('ap-southeast-1', 'cn-beijing') },
    },
    {
      name: 'a parameter that holds a region for another service does not set the stack region',
      files: {
        'stack.ros.yaml': ROS_COMMENT.replace('# icp-region: ap-southeast-1\n', '').replace(
          'Resources:',
          'Parameters:\n  BackupRegion:\n    Type: String\n    Default: ap-southeast-1\nResources:',
        ),
      },
    },
    {
      name: 'ZoneIds whose first zone is mainland',
      files: { 'stack.ros.yaml': ROS_GROUP.replace('        - us-east-1a\n', '') },
    },
  ],
  invalid: [
    {
      name: 'literal ZoneId outside the mainland: on the value',
      files: { 'stack.ros.yaml': ROS_ZONE },
      errors: [
        {
          range: '6:15-6:30',
          messageId: 'notMainland',
          message:
            'Web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
        },
      ],
      output: null,
    },
    {
      name: 'ZoneId from a parameter default: on the Ref, related parameter default',
      files: { 'stack.ros.yaml': ROS_PARAM },
      errors: [
        {
          range: '11:9-11:18',
          messageId: 'hongKong',
          message:
            'Web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'stack.ros.yaml', range: '5:14-5:27', message: 'default of parameter Zone' }],
        },
      ],
    },
    {
      name: 'ZoneId built by Fn::Sub from a parameter default: on the Sub, related the default',
      files: {
        'stack.ros.yaml': ROS_PARAM.replace('Default: cn-hongkong-b', 'Default: b').replace(
          '      ZoneId:\n        Ref: Zone',
          "      ZoneId: !Sub 'cn-hongkong-${Zone}'",
        ),
      },
      errors: [
        {
          range: '10:15-10:41',
          messageId: 'hongKong',
          message:
            'Web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'stack.ros.yaml', range: '5:14-5:15', message: 'default of parameter Zone' }],
        },
      ],
    },
    {
      name: 'ZoneId picked by Fn::If and Fn::FindInMap: on the Fn::If, related the mapping entry',
      files: {
        'stack.ros.yaml': ROS_PARAM.replace(
          'Resources:',
          'Mappings:\n  Zones:\n    hk:\n      Main: cn-hongkong-b\nConditions:\n  Abroad:\n    Fn::Equals: [hk, hk]\nResources:',
        ).replace(
          '      ZoneId:\n        Ref: Zone',
          '      ZoneId: !If [Abroad, !FindInMap [Zones, hk, Main], cn-hangzhou-h]',
        ),
      },
      errors: [
        {
          range: '17:15-17:72',
          messageId: 'hongKong',
          message:
            'Web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'stack.ros.yaml', range: '9:13-9:26', message: 'Mappings entry Zones.hk.Main' }],
        },
      ],
    },
    {
      name: '# icp-region: comment: on the header, related comment, the fix rewrites the comment with the preferred region',
      files: { 'stack.ros.yaml': ROS_COMMENT },
      config: PREFERRED,
      errors: [
        {
          range: '4:3-4:6',
          messageId: 'notMainland',
          message:
            'Web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [{ file: 'stack.ros.yaml', range: '1:15-1:29', message: 'icp-region comment' }],
        },
      ],
      fixTitle: 'Deploy in China (Shenzhen) (cn-shenzhen)',
      output: { 'stack.ros.yaml': ROS_COMMENT.replace('ap-southeast-1', 'cn-shenzhen') },
    },
    {
      name: 'InstanceGroup: the first of ZoneIds; a Condition does not matter',
      files: { 'stack.ros.yaml': ROS_GROUP },
      errors: [
        {
          range: '8:11-8:21',
          messageId: 'notMainland',
          message:
            'Fleet is deployed in us-east-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
        },
      ],
    },
    {
      name: 'the configured default region applies when the template states none',
      files: { 'stack.ros.yaml': ROS_COMMENT.replace('# icp-region: ap-southeast-1\n', '') },
      config: { region: 'cn-hongkong' },
      errors: [
        {
          range: '3:3-3:6',
          messageId: 'hongKong',
          message:
            'Web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [{ file: 'stack.ros.yaml', range: '3:3-3:6', message: 'configured default region' }],
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
        "ZoneId": "cn-hongkong-b",
        "InstanceType": "ecs.g7.large",
        "InstanceChargeType": "PrePaid",
        "Period": 12,
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

const ROS_JSON_PARAM = `{
  "ROSTemplateFormatVersion": "2015-09-01",
  "Parameters": {
    "Zones": { "Type": "CommaDelimitedList", "Default": "eu-west-1a,cn-hangzhou-h" }
  },
  "Resources": {
    "Web": {
      "Type": "ALIYUN::ECS::InstanceGroup",
      "Properties": {
        "ZoneIds": { "Ref": "Zones" },
        "MaxAmount": 2,
        "InstanceType": "ecs.g7.large",
        "InstanceChargeType": "PrePaid",
        "Period": 12,
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 5
      }
    }
  }
}
`;

ruleTable('ICP001', 'error', 'region-not-mainland: ROS JSON', {
  valid: [
    {
      name: 'ZoneId in cn-shanghai',
      files: { 'stack.ros.json': ROS_JSON.replace('cn-hongkong-b', 'cn-shanghai-l') },
    },
    {
      name: 'ZoneIds parameter default whose first zone is mainland',
      files: { 'stack.ros.json': ROS_JSON_PARAM.replace('eu-west-1a,', '') },
    },
  ],
  invalid: [
    {
      name: 'literal ZoneId in Hong Kong',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [
        {
          range: '7:19-7:34',
          messageId: 'hongKong',
          message:
            'Web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
        },
      ],
    },
    {
      name: 'ZoneIds from a comma-delimited parameter default',
      files: { 'stack.ros.json': ROS_JSON_PARAM },
      errors: [
        {
          range: '10:20-10:38',
          messageId: 'notMainland',
          message:
            'Web is deployed in eu-west-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
          related: [{ file: 'stack.ros.json', range: '4:57-4:83', message: 'default of parameter Zones' }],
        },
      ],
    },
  ],
});

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    region: ap-southeast-1
    billing: subscription
    period: 12
    autoRenew: true
    publicBandwidthMbps: 5
`;

ruleTable('ICP001', 'error', 'region-not-mainland: instance spec', {
  valid: [
    { name: 'region cn-hangzhou', files: { 'plan.icp.yaml': SPEC.replace('ap-southeast-1', 'cn-hangzhou') } },
    {
      name: 'zone cn-beijing-k',
      files: { 'plan.icp.yaml': SPEC.replace('region: ap-southeast-1', 'zone: cn-beijing-k') },
    },
  ],
  invalid: [
    {
      name: 'region outside the mainland: on the value, fix writes the preferred region',
      files: { 'plan.icp.yaml': SPEC },
      config: PREFERRED,
      errors: [
        {
          range: '5:13-5:27',
          messageId: 'notMainland',
          message:
            'web-1 is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
        },
      ],
      fixTitles: [
        'Deploy in China (Shenzhen) (cn-shenzhen)',
        'Deploy in China (Beijing) (cn-beijing)',
        'Deploy in China (Qingdao) (cn-qingdao)',
        'Deploy in China (Zhangjiakou) (cn-zhangjiakou)',
        'Deploy in China (Hohhot) (cn-huhehaote)',
        'Deploy in China (Ulanqab) (cn-wulanchabu)',
      ],
      output: { 'plan.icp.yaml': SPEC.replace('ap-southeast-1', 'cn-shenzhen') },
    },
    {
      name: 'zone in Hong Kong: the fix replaces the zone with a region',
      files: { 'plan.icp.yaml': SPEC.replace('region: ap-southeast-1', 'zone: cn-hongkong-c') },
      config: PREFERRED,
      errors: [
        {
          range: '5:11-5:24',
          messageId: 'hongKong',
          message:
            'web-1 is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
        },
      ],
      output: { 'plan.icp.yaml': SPEC.replace('region: ap-southeast-1', 'region: cn-shenzhen') },
    },
  ],
});
