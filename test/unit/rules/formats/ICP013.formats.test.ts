import { ruleTable } from '../../helpers/rule-table';

/** ICP013 public-ip-via-eip, through the real parsers and engine, per format. */

const VIA_EIP = (instance: string) =>
  `The only public IP of ${instance} is an associated Elastic IP: keep it bound, or the instance has no public IP and loses its filing access.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
  period               = 12
  renewal_status       = "AutoRenewal"
}

resource "alicloud_eip_association" "web" {
  allocation_id = "eip-123"
  instance_id   = alicloud_instance.web.id
}
`;

const TF_ENI = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
  period               = 12
  renewal_status       = "AutoRenewal"
}

resource "alicloud_network_interface" "eni" {
  vswitch_id = "vsw-123"
}

resource "alicloud_network_interface_attachment" "eni" {
  instance_id          = alicloud_instance.web.id
  network_interface_id = alicloud_network_interface.eni.id
}

resource "alicloud_eip_association" "eni" {
  allocation_id = "eip-123"
  instance_id   = alicloud_network_interface.eni.id
}
`;

const TF_COUNT = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  count                = 2
  instance_charge_type = "PrePaid"
  period               = 12
  renewal_status       = "AutoRenewal"
}

resource "alicloud_ecs_network_interface" "eni" {
  count      = 2
  vswitch_id = "vsw-123"
}

resource "alicloud_ecs_network_interface_attachment" "eni" {
  count                = 2
  instance_id          = alicloud_instance.web[count.index].id
  network_interface_id = alicloud_ecs_network_interface.eni[count.index].id
}

resource "alicloud_eip_association" "eni" {
  count         = 2
  allocation_id = "eip-123"
  instance_id   = alicloud_ecs_network_interface.eni[count.index].id
}
`;

const TF_OWN_ENI = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type = "PrePaid"
  period               = 12
  renewal_status       = "AutoRenewal"

  network_interfaces {
    network_interface_id = alicloud_ecs_network_interface.eni.id
  }
}

resource "alicloud_ecs_network_interface" "eni" {
  vswitch_id = "vsw-123"
}

resource "alicloud_eip_association" "eni" {
  allocation_id = "eip-123"
  instance_id   = alicloud_ecs_network_interface.eni.id
}
`;

const TF_FOR_EACH = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  for_each             = toset(["a", "b"])
  instance_charge_type = "PrePaid"
  period               = 12
  renewal_status       = "AutoRenewal"
}

resource "alicloud_eip_association" "web" {
  for_each      = alicloud_instance.web
  allocation_id = "eip-123"
  instance_id   = each.value.id
}
`;

ruleTable('ICP013', 'hint', 'public-ip-via-eip: Terraform', {
  valid: [
    {
      name: 'own bandwidth beside the EIP',
      files: {
        'infra/main.tf': TF.replace(
          '  renewal_status       = "AutoRenewal"\n',
          '  renewal_status       = "AutoRenewal"\n  internet_max_bandwidth_out = 5\n',
        ),
      },
    },
    {
      name: 'no EIP (ICP004 instead)',
      files: { 'infra/main.tf': TF.replace(/\nresource "alicloud_eip_association"[\s\S]*$/, '') },
    },
    {
      name: 'an EIP on a NAT gateway is not the instance’s',
      files: { 'infra/main.tf': TF.replace('alicloud_instance.web.id', 'alicloud_nat_gateway.nat.id') },
    },
    {
      name: 'an unknown bandwidth says nothing',
      files: {
        'infra/main.tf': TF.replace(
          '  renewal_status       = "AutoRenewal"\n',
          '  renewal_status       = "AutoRenewal"\n  internet_max_bandwidth_out = module.net.bandwidth\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'an EIP associated directly: on the header, related the association',
      files: { 'infra/main.tf': TF },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '11:1-11:42', message: 'Elastic IP association' }],
        },
      ],
      output: null,
    },
    {
      name: 'an EIP on an attached network interface',
      files: { 'infra/main.tf': TF_ENI },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '20:1-20:42', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'an EIP on interfaces attached by count.index: alicloud_ecs_network_interface_attachment',
      files: { 'infra/main.tf': TF_COUNT },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '23:1-23:42', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: "an EIP on an interface in the instance's own network_interfaces block",
      files: { 'infra/main.tf': TF_OWN_ENI },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '19:1-19:42', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'an EIP on an interface in a dynamic "network_interfaces" block',
      files: {
        'infra/main.tf': TF_OWN_ENI.replace(
          '  network_interfaces {\n    network_interface_id = alicloud_ecs_network_interface.eni.id\n  }',
          '  dynamic "network_interfaces" {\n    for_each = [1]\n    content {\n      network_interface_id = alicloud_ecs_network_interface.eni.id\n    }\n  }',
        ),
      },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '22:1-22:42', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'an association per instance: for_each over the instances, each.value.id',
      files: { 'infra/main.tf': TF_FOR_EACH },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '12:1-12:42', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'one instance of a count by index: alicloud_instance.web[0].id',
      files: {
        'infra/main.tf': TF.replace(
          '  instance_charge_type',
          '  count                = 1\n  instance_charge_type',
        ).replace('alicloud_instance.web.id', 'alicloud_instance.web[0].id'),
      },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '12:1-12:42', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'the association in another file of the module',
      files: {
        'infra/main.tf': TF.replace(/\nresource "alicloud_eip_association"[\s\S]*$/, ''),
        'infra/eip.tf': TF.replace(/^[\s\S]*?(resource "alicloud_eip_association")/, '$1'),
      },
      errors: [
        {
          range: '5:1-5:35',
          messageId: 'viaEip',
          message: VIA_EIP('alicloud_instance.web'),
          related: [{ file: 'infra/eip.tf', range: '1:1-1:42', message: 'Elastic IP association' }],
        },
      ],
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
  Eip:
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

const ROS_ENI = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: cn-hangzhou-h
      InstanceChargeType: PrePaid
      Period: 12
      AutoRenew: 'True'
  Eni:
    Type: ALIYUN::ECS::NetworkInterface
    Properties:
      VSwitchId: vsw-123
  EniAttachment:
    Type: ALIYUN::ECS::NetworkInterfaceAttachment
    Properties:
      InstanceId: !Ref Web
      NetworkInterfaceId: !Ref Eni
  EipBinding:
    Type: ALIYUN::VPC::EIPAssociation
    Properties:
      AllocationId: eip-123
      InstanceId: !GetAtt Eni.NetworkInterfaceId
`;

ruleTable('ICP013', 'hint', 'public-ip-via-eip: ROS YAML', {
  valid: [
    {
      name: 'own bandwidth beside the EIP',
      files: {
        'stack.ros.yaml': ROS.replace(
          "      AutoRenew: 'True'\n",
          "      AutoRenew: 'True'\n      InternetMaxBandwidthOut: 5\n",
        ),
      },
    },
    {
      name: 'the EIP is bound to something else',
      files: { 'stack.ros.yaml': ROS.replace('Ref: Web', 'Ref: Nat') },
    },
  ],
  invalid: [
    {
      name: 'an EIPAssociation by Ref: on the logical ID, related the association',
      files: { 'stack.ros.yaml': ROS },
      errors: [
        {
          range: '3:3-3:6',
          messageId: 'viaEip',
          message: VIA_EIP('Web'),
          related: [{ file: 'stack.ros.yaml', range: '14:3-14:13', message: 'Elastic IP association' }],
        },
      ],
      output: null,
    },
    {
      name: 'an EIP on a network interface attached by NetworkInterfaceAttachment (short tags)',
      files: { 'stack.ros.yaml': ROS_ENI },
      errors: [
        {
          range: '3:3-3:6',
          messageId: 'viaEip',
          message: VIA_EIP('Web'),
          related: [{ file: 'stack.ros.yaml', range: '19:3-19:13', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'the same by Ref and Fn::GetAtt in long form',
      files: {
        'stack.ros.yaml': ROS_ENI.replace(
          'InstanceId: !Ref Web',
          'InstanceId:\n        Fn::GetAtt: [Web, InstanceId]',
        ).replace('InstanceId: !GetAtt Eni.NetworkInterfaceId', 'InstanceId:\n        Ref: Eni'),
      },
      errors: [
        {
          range: '3:3-3:6',
          messageId: 'viaEip',
          message: VIA_EIP('Web'),
          related: [{ file: 'stack.ros.yaml', range: '20:3-20:13', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'an EIPAssociation by Fn::GetAtt, with AllocatePublicIP: false',
      files: {
        'stack.ros.yaml': ROS.replace('        Ref: Web', '        Fn::GetAtt: [Web, InstanceId]').replace(
          "      AutoRenew: 'True'\n",
          "      AutoRenew: 'True'\n      InternetMaxBandwidthOut: 5\n      AllocatePublicIP: false\n",
        ),
      },
      errors: [
        {
          range: '3:3-3:6',
          messageId: 'viaEip',
          message: VIA_EIP('Web'),
          related: [{ file: 'stack.ros.yaml', range: '16:3-16:13', message: 'Elastic IP association' }],
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
      "Properties": { "ZoneId": "cn-hangzhou-h", "InstanceChargeType": "PrePaid", "Period": 12, "AutoRenew": "True" }
    },
    "EipBinding": {
      "Type": "ALIYUN::VPC::EIPAssociation",
      "Properties": { "AllocationId": "eip-123", "InstanceId": { "Ref": "Web" } }
    }
  }
}
`;

ruleTable('ICP013', 'hint', 'public-ip-via-eip: ROS JSON', {
  valid: [
    {
      name: 'own bandwidth',
      files: {
        'stack.ros.json': ROS_JSON.replace(
          '"AutoRenew": "True"',
          '"AutoRenew": "True", "InternetMaxBandwidthOut": 1',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'an EIP on an attached network interface, by Fn::GetAtt',
      files: {
        'stack.ros.json': ROS_JSON.replace(
          '"InstanceId": { "Ref": "Web" }',
          '"InstanceId": { "Fn::GetAtt": ["Eni", "NetworkInterfaceId"] }',
        ).replace(
          '    "EipBinding"',
          '    "Eni": { "Type": "ALIYUN::ECS::NetworkInterface", "Properties": { "VSwitchId": "vsw-123" } },\n    "Attach": {\n      "Type": "ALIYUN::ECS::NetworkInterfaceAttachment",\n      "Properties": { "InstanceId": { "Fn::GetAtt": ["Web", "InstanceId"] }, "NetworkInterfaceId": { "Ref": "Eni" } }\n    },\n    "EipBinding"',
        ),
      },
      errors: [
        {
          range: '4:5-4:10',
          messageId: 'viaEip',
          message: VIA_EIP('Web'),
          related: [{ file: 'stack.ros.json', range: '13:5-13:17', message: 'Elastic IP association' }],
        },
      ],
    },
    {
      name: 'an EIPAssociation',
      files: { 'stack.ros.json': ROS_JSON },
      errors: [
        {
          range: '4:5-4:10',
          messageId: 'viaEip',
          message: VIA_EIP('Web'),
          related: [{ file: 'stack.ros.json', range: '8:5-8:17', message: 'Elastic IP association' }],
        },
      ],
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
    eip: true
`;

ruleTable('ICP013', 'hint', 'public-ip-via-eip: instance spec', {
  valid: [
    { name: 'eip beside own bandwidth', files: { 'plan.icp.yaml': `${SPEC}    publicBandwidthMbps: 5\n` } },
    {
      name: 'web hosting: no configurable public IP',
      files: { 'plan.icp.yaml': SPEC.replace('product: ecs', 'product: web-hosting') },
    },
  ],
  invalid: [
    {
      name: 'eip: true and no bandwidth: on the eip value',
      files: { 'plan.icp.yaml': SPEC },
      errors: [{ range: '9:10-9:14', messageId: 'viaEip', message: VIA_EIP('web-1') }],
      output: null,
    },
  ],
});
