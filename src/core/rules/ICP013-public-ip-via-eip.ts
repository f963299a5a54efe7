import type { Instance } from '../model/instance';
import type { RelatedLocation } from '../model/finding';
import type { Rule, RuleContext } from './rule';
import { productFacts } from '../domain/products';
import { docsUrl } from './docs-url';
import { rosYaml, spec, terraform } from './examples';
import { hasElasticIp } from './ICP004-no-public-ip';
import { knownOnly } from './helpers';

const EIP_LABEL = { en: 'Elastic IP association', 'zh-cn': '弹性公网IP绑定' };

const TF_EIP = `resource "alicloud_eip_address" "web" {
  address_name = "web"
}

resource "alicloud_eip_association" "web" {
  allocation_id = alicloud_eip_address.web.id
  instance_id   = alicloud_instance.web.id
}
`;

function rosWithEip(bandwidth: string | null) {
  const base = rosYaml({ InternetMaxBandwidthOut: bandwidth });
  return {
    ...base,
    code: `${base.code}  Eip:\n    Type: ALIYUN::VPC::EIP\n    Properties:\n      Bandwidth: 5\n  EipBinding:\n    Type: ALIYUN::VPC::EIPAssociation\n    Properties:\n      AllocationId:\n        Ref: Eip\n      InstanceId:\n        Ref: Web\n`,
  };
}

export const publicIpViaEip: Rule = {
  id: 'ICP013',
  name: 'public-ip-via-eip',
  severity: 'hint',
  fixable: false,
  appliesTo: ['terraform', 'ros', 'spec'],
  messages: {
    viaEip: {
      en: 'The only public IP of {instance} is an associated Elastic IP: keep it bound, or the instance has no public IP and loses its filing access.',
      'zh-cn':
        '{instance} 唯一的公网 IP 是绑定的弹性公网IP：请保持绑定，否则实例将没有公网 IP，备案接入也会失效。',
    },
  },
  docs: {
    url: docsUrl('ICP013'),
    summary: {
      en: 'The only public IP of the instance is an associated Elastic IP.',
      'zh-cn': '实例唯一的公网 IP 是绑定的弹性公网IP。',
    },
    why: {
      en: 'The ICP documentation asks for "a public IP address"; an Elastic IP bound to a VPC instance is one, so the instance passes ICP004. But an EIP can be unbound or released independently of the instance, which leaves it without a public IP. Check with Alibaba Cloud that your instance qualifies this way, and keep the EIP bound.',
      'zh-cn':
        'ICP 备案文档要求实例有“公网 IP”；绑定到专有网络实例的弹性公网IP 也算，因此实例可通过 ICP004。但弹性公网IP 可以独立于实例解绑或释放，之后实例将没有公网 IP。请向阿里云确认该实例可以这样办理备案，并保持弹性公网IP绑定。',
    },
    howToFix: {
      en: 'Nothing is wrong. To stop depending on the EIP, buy outbound public bandwidth for the instance itself; otherwise keep the association, or suppress this hint with a reason.',
      'zh-cn':
        '这不是错误。若不想依赖弹性公网IP，可为实例本身购买公网出带宽；否则请保持绑定，或注明原因后忽略此提示。',
    },
    sources: ['service-number-faq', 'filing-service-api', 'terraform-provider', 'ros-resource-docs-2021'],
    failing: [
      terraform({ internet_max_bandwidth_out: null }, { extra: TF_EIP }),
      rosWithEip(null),
      spec({ publicBandwidthMbps: null, eip: 'true' }),
    ],
    passing: [terraform({}, { extra: TF_EIP }), rosWithEip('5'), spec({ eip: 'true' })],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    if (!productFacts(instance.product).configurablePublicIp || !hasElasticIp(instance)) return;
    // "Only": the instance's own public IP must be known to be absent; unknown bandwidth says nothing.
    const allocate = knownOnly(instance.allocatePublicIp);
    const bandwidth = instance.publicBandwidthMbps;
    const ownIp =
      allocate?.value === false
        ? false
        : bandwidth?.kind === 'unknown'
          ? undefined
          : (bandwidth?.value ?? 0) > 0;
    if (ownIp !== false) return;
    const related: RelatedLocation[] = instance.eipAssociations.map((at) => ({ at, message: EIP_LABEL }));
    const declared = knownOnly(instance.eipDeclared);
    context.report({
      instance,
      messageId: 'viaEip',
      data: { instance: instance.name },
      at: declared?.value ? declared.at : instance.header,
      setting: declared?.value ? 'eipDeclared' : 'eipAssociations',
      related,
    });
  },
};
