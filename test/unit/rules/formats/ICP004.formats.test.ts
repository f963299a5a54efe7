import { ruleTable } from '../../helpers/rule-table';

/** ICP004 no-public-ip, through the real parsers and engine, per format. */

const noBandwidth = (instance: string, mbps: number) =>
  `${instance} has ${mbps} Mbit/s of outbound public bandwidth and no Elastic IP, so it has no public IP; an ICP filing needs one.`;
const omitted = (instance: string) =>
  `${instance} sets no outbound public bandwidth (so 0 Mbit/s) and has no Elastic IP, so it has no public IP; an ICP filing needs one.`;
const allocateFalse = (instance: string) =>
  `${instance} sets AllocatePublicIP to false and has no Elastic IP, so it has no public IP; an ICP filing needs one.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 0
}
`;

const TF_OMITTED = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
  period               = 12
  renewal_status       = "AutoRenewal"
}
`;

const TF_EIP = `${TF_OMITTED}
resource "alicloud_eip_address" "web" {
  address_name = "web"
}

resource "alicloud_eip_association" "web" {
  allocation_id = alicloud_eip_address.web.id
  instance_id   = alicloud_instance.web.id
}
`;

const TF_ENI = `${TF_OMITTED}
resource "alicloud_ecs_network_interface" "eni" {
  vswitch_id = "vsw-123"
}

resource "alicloud_ecs_network_interface_attachment" "eni" {
  instance_id          = alicloud_instance.web.id
  network_interface_id = alicloud_ecs_network_interface.eni.id
}

resource "alicloud_eip_association" "eni" {
  allocation_id = "eip-123"
  instance_id   = alicloud_ecs_network_interface.eni.id
}
`;

/** TF_OMITTED after the fix: the new argument joins the run, which is re-aligned to its longer key. */
const TF_OMITTED_FIXED = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 1
}
`;

const TF_NAT = `${TF_OMITTED}
resource "alicloud_nat_gateway" "nat" {
  vpc_id = "vpc-123"
}

resource "alicloud_eip_association" "nat" {
  allocation_id = "eip-123"
  instance_id   = alicloud_nat_gateway.nat.id
}
`;

const TF_TFVARS_MAIN = TF.replace('= 0\n', '= var.bandwidth\n');
const TF_TFVARS_VARIABLES = `variable "bandwidth" {
  default = 10
}
`;

const TF_TEMPLATE = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ecs_launch_template" "base" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  internet_max_bandwidth_out = 0
}

resource "alicloud_instance" "web" {
  launch_template_id = alicloud_ecs_launch_template.base.id
  renewal_status     = "AutoRenewal"
}
`;

ruleTable('ICP004', 'error', 'no-public-ip: Terraform', {
  valid: [
    { name: 'bandwidth 5', files: { 'infra/main.tf': TF.replace('= 0', '= 5') } },
    { name: 'bandwidth "1" as a string number', files: { 'infra/main.tf': TF.replace('= 0', '= "1"') } },
    { name: 'no bandwidth, an EIP associated directly', files: { 'infra/main.tf': TF_EIP } },
    {
      name: 'no bandwidth, an EIP on a network interface attached to the instance',
      files: { 'infra/main.tf': TF_ENI },
    },
    {
      name: 'bandwidth from a data source is not guessed',
      files: { 'infra/main.tf': TF.replace('= 0', '= data.alicloud_config.current.bandwidth') },
    },
    {
      name: 'a Simple Application Server always has a public IP',
      files: {
        'infra/main.tf':
          'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\nresource "alicloud_simple_application_server_instance" "blog" {\n  plan_id    = "swas.s.c1m1s30b1.linux"\n  period     = 12\n  auto_renew = true\n}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'bandwidth 0: on the value, fixed to 1',
      files: { 'infra/main.tf': TF },
      errors: [
        { range: '9:32-9:33', messageId: 'noBandwidth', message: noBandwidth('alicloud_instance.web', 0) },
      ],
      fixTitle: 'Buy 1 Mbit/s of outbound public bandwidth',
      output: { 'infra/main.tf': TF.replace('= 0', '= 1') },
    },
    {
      name: 'bandwidth omitted: on the header, the fix adds the attribute',
      files: { 'infra/main.tf': TF_OMITTED },
      errors: [{ range: '5:1-5:35', messageId: 'omitted', message: omitted('alicloud_instance.web') }],
      output: { 'infra/main.tf': TF_OMITTED_FIXED },
    },
    {
      name: 'an EIP on a NAT gateway gives the instance no public IP',
      files: { 'infra/main.tf': TF_NAT },
      errors: [{ range: '5:1-5:35', messageId: 'omitted', message: omitted('alicloud_instance.web') }],
      output: { 'infra/main.tf': TF_NAT.replace(TF_OMITTED, TF_OMITTED_FIXED) },
    },
    {
      name: 'terraform.tfvars sets 0 over a default of 10: related default and tfvars line, the fix edits terraform.tfvars',
      files: {
        'infra/main.tf': TF_TFVARS_MAIN,
        'infra/variables.tf': TF_TFVARS_VARIABLES,
        'infra/terraform.tfvars': 'bandwidth = 0\n',
      },
      errors: [
        {
          range: '9:32-9:45',
          messageId: 'noBandwidth',
          message: noBandwidth('alicloud_instance.web', 0),
          related: [
            { file: 'infra/variables.tf', range: '2:13-2:15', message: 'default of variable "bandwidth"' },
            {
              file: 'infra/terraform.tfvars',
              range: '1:1-1:14',
              message: 'terraform.tfvars sets variable "bandwidth"',
            },
          ],
        },
      ],
      output: { 'infra/terraform.tfvars': 'bandwidth = 1\n' },
    },
    {
      name: 'inherited from a launch template: on the header, the fix edits the template',
      files: { 'infra/main.tf': TF_TEMPLATE },
      errors: [
        {
          range: '11:1-11:35',
          messageId: 'noBandwidth',
          message: noBandwidth('alicloud_instance.web', 0),
          related: [
            {
              file: 'infra/main.tf',
              range: '8:32-8:33',
              message: 'internet_max_bandwidth_out in launch template alicloud_ecs_launch_template.base',
            },
          ],
        },
      ],
      output: { 'infra/main.tf': TF_TEMPLATE.replace('= 0', '= 1') },
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
      AutoRenew: 'True'
      InternetMaxBandwidthOut: 0
`;

const ROS_OMITTED = ROS.replace('      InternetMaxBandwidthOut: 0\n', '');

const ROS_EIP = `${ROS_OMITTED}  Eip:
    Type: ALIYUN::VPC::EIP
    Properties:
      Bandwidth: 5
  EipBinding:
    Type: ALIYUN::VPC::EIPAssociation
    Properties:
      AllocationId:
        Ref: Eip
      InstanceId:
        Ref: Web
`;

const ROS_CLONE = `${ROS}  Copy:
    Type: ALIYUN::ECS::InstanceClone
    Properties:
      SourceInstanceId:
        Ref: Web
      ZoneId: cn-hangzhou-h
      InstanceChargeType: Prepaid
      Period: 12
      AutoRenew: 'True'
`;

const ROS_CLONE_OUTSIDE = `ROSTemplateFormatVersion: '2015-09-01'
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

ruleTable('ICP004', 'error', 'no-public-ip: ROS YAML', {
  valid: [
    { name: 'InternetMaxBandwidthOut 5', files: { 'stack.ros.yaml': ROS.replace('Out: 0', 'Out: 5') } },
    {
      name: "InternetMaxBandwidthOut '5' as a string",
      files: { 'stack.ros.yaml': ROS.replace('Out: 0', "Out: '5'") },
    },
    { name: 'an EIPAssociation that binds to the instance', files: { 'stack.ros.yaml': ROS_EIP } },
    {
      name: 'a clone copies the bandwidth of its source in the template',
      files: { 'stack.ros.yaml': ROS_CLONE.replace('Out: 0', 'Out: 5') },
    },
    {
      name: 'a clone of an instance outside the template: unknown, not guessed',
      files: { 'stack.ros.yaml': ROS_CLONE_OUTSIDE },
    },
  ],
  invalid: [
    {
      name: 'InternetMaxBandwidthOut 0: on the value, fixed to 1',
      files: { 'stack.ros.yaml': ROS },
      errors: [{ range: '10:32-10:33', messageId: 'noBandwidth', message: noBandwidth('Web', 0) }],
      output: { 'stack.ros.yaml': ROS.replace('Out: 0', 'Out: 1') },
    },
    {
      name: 'omitted: on the logical ID, the fix adds the property',
      files: { 'stack.ros.yaml': ROS_OMITTED },
      errors: [{ range: '3:3-3:6', messageId: 'omitted', message: omitted('Web') }],
      output: { 'stack.ros.yaml': `${ROS_OMITTED}      InternetMaxBandwidthOut: 1\n` },
    },
    {
      name: 'AllocatePublicIP: false with bandwidth: on the flag, no fix (a deliberate choice)',
      files: { 'stack.ros.yaml': ROS.replace('Out: 0', 'Out: 5\n      AllocatePublicIP: false') },
      errors: [{ range: '11:25-11:30', messageId: 'allocateFalse', message: allocateFalse('Web') }],
      output: null,
    },
    {
      name: 'a clone copies 0 Mbit/s from its source: on SourceInstanceId, related source bandwidth, the fix edits the source',
      files: { 'stack.ros.yaml': ROS_CLONE },
      errors: [
        { range: '10:32-10:33', messageId: 'noBandwidth', message: noBandwidth('Web', 0) },
        {
          range: '15:9-15:17',
          messageId: 'noBandwidth',
          message: noBandwidth('Copy', 0),
          related: [
            { file: 'stack.ros.yaml', range: '10:32-10:33', message: 'bandwidth of the source instance Web' },
          ],
        },
      ],
      fixOf: 1,
      output: { 'stack.ros.yaml': ROS_CLONE.replace('Out: 0', 'Out: 1') },
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
        "AutoRenew": "True",
        "InternetMaxBandwidthOut": 0
      }
    }
  }
}
`;

ruleTable('ICP004', 'error', 'no-public-ip: ROS JSON', {
  valid: [
    {
      name: 'InternetMaxBandwidthOut 10',
      files: { 'stack.ros.json': ROS_JSON.replace('Out": 0', 'Out": 10') },
    },
  ],
  invalid: [
    {
      name: 'InternetMaxBandwidthOut 0',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [{ range: '11:36-11:37', messageId: 'noBandwidth', message: noBandwidth('Web', 0) }],
      output: { 'stack.ros.json': ROS_JSON.replace('Out": 0', 'Out": 1') },
    },
    {
      name: 'AllocatePublicIP false',
      files: { 'stack.ros.json': ROS_JSON.replace('Out": 0', 'Out": 5,\n        "AllocatePublicIP": false') },
      errors: [{ range: '12:29-12:34', messageId: 'allocateFalse', message: allocateFalse('Web') }],
      output: null,
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
    autoRenew: true
    publicBandwidthMbps: 0
`;

ruleTable('ICP004', 'error', 'no-public-ip: instance spec', {
  valid: [
    { name: 'publicBandwidthMbps 5', files: { 'plan.icp.yaml': SPEC.replace('Mbps: 0', 'Mbps: 5') } },
    { name: 'eip: true', files: { 'plan.icp.yaml': SPEC.replace('Mbps: 0', 'Mbps: 0\n    eip: true') } },
    {
      name: 'web hosting comes with its public address',
      files: { 'plan.icp.yaml': SPEC.replace('product: ecs', 'product: web-hosting') },
    },
  ],
  invalid: [
    {
      name: 'publicBandwidthMbps 0',
      files: { 'plan.icp.yaml': SPEC },
      errors: [{ range: '9:26-9:27', messageId: 'noBandwidth', message: noBandwidth('web-1', 0) }],
      output: { 'plan.icp.yaml': SPEC.replace('Mbps: 0', 'Mbps: 1') },
    },
    {
      name: 'omitted on ENS: on the key, the fix adds the field',
      files: {
        'plan.icp.yaml': SPEC.replace('product: ecs', 'product: ens').replace(
          '    publicBandwidthMbps: 0\n',
          '',
        ),
      },
      errors: [{ range: '3:3-3:8', messageId: 'omitted', message: omitted('web-1') }],
      output: { 'plan.icp.yaml': SPEC.replace('product: ecs', 'product: ens').replace('Mbps: 0', 'Mbps: 1') },
    },
  ],
});
