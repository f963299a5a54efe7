import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { productFacts } from '../domain/products';
import { docsUrl } from './docs-url';
import { rosJson, rosYaml, spec, terraform } from './examples';
import { fixOf, fixesOf, fixTitle, knownOrUnresolved, originsOf } from './helpers';

/** An Elastic IP bound to the instance (association in the workspace, or `eip: true` in a spec). */
export function hasElasticIp(instance: Instance): boolean {
  return (
    instance.eipAssociations.length > 0 ||
    (instance.eipDeclared?.kind === 'known' && instance.eipDeclared.value)
  );
}

export const noPublicIp: Rule = {
  id: 'ICP004',
  name: 'no-public-ip',
  severity: 'error',
  fixable: true,
  appliesTo: ['terraform', 'ros', 'spec'],
  requirement: {
    id: 'public-ip',
    settings: ['publicBandwidthMbps', 'allocatePublicIp', 'eipDeclared', 'eipAssociations'],
    // Only ECS and ENS have a configurable public IP; a Simple Application Server always has one.
    applies: (instance) =>
      instance.product === 'ecs' ||
      instance.product === 'ens' ||
      instance.product === 'simple-application-server',
  },
  messages: {
    noBandwidth: {
      en: '{instance} has {bandwidth} Mbit/s of outbound public bandwidth and no Elastic IP, so it has no public IP; an ICP filing needs one.',
      'zh-cn':
        '{instance} 的公网出带宽为 {bandwidth} Mbit/s 且未绑定弹性公网IP，因此没有公网 IP；ICP 备案需要公网 IP。',
    },
    omitted: {
      en: '{instance} sets no outbound public bandwidth (so 0 Mbit/s) and has no Elastic IP, so it has no public IP; an ICP filing needs one.',
      'zh-cn':
        '{instance} 未设置公网出带宽（即 0 Mbit/s）且未绑定弹性公网IP，因此没有公网 IP；ICP 备案需要公网 IP。',
    },
    allocateFalse: {
      en: '{instance} sets AllocatePublicIP to false and has no Elastic IP, so it has no public IP; an ICP filing needs one.',
      'zh-cn':
        '{instance} 将 AllocatePublicIP 设为 false 且未绑定弹性公网IP，因此没有公网 IP；ICP 备案需要公网 IP。',
    },
  },
  fixTitles: {
    buyBandwidth: { en: 'Buy 1 Mbit/s of outbound public bandwidth', 'zh-cn': '购买 1 Mbit/s 公网出带宽' },
  },
  docs: {
    url: docsUrl('ICP004'),
    summary: {
      en: 'The instance has no public IP: no outbound public bandwidth and no Elastic IP.',
      'zh-cn': '实例没有公网 IP：既没有公网出带宽，也没有绑定弹性公网IP。',
    },
    why: {
      en: 'A 备案服务号 (service number) cannot be generated for an instance without a public IP: "You need to purchase the public network bandwidth." An ECS instance has a public IP when its outbound bandwidth is above 0 Mbit/s, or when an Elastic IP is associated with it (directly or through an attached network interface). An EIP on a NAT gateway gives the instance no public IP of its own. Only ECS and ENS instances are checked: other products come with their public address.',
      'zh-cn':
        '没有公网 IP 的实例无法生成备案服务号，必须购买公网带宽。ECS 实例在公网出带宽大于 0 Mbit/s，或直接（或通过挂载的弹性网卡）绑定了弹性公网IP 时才有公网 IP。绑定在 NAT 网关上的弹性公网IP 不算实例自己的公网 IP。只检查 ECS 和 ENS 实例：其他产品自带公网地址。',
    },
    howToFix: {
      en: 'Set `internet_max_bandwidth_out` (Terraform), `InternetMaxBandwidthOut` (ROS) or `publicBandwidthMbps` (instance spec) to 1 or more, or associate an Elastic IP with the instance. In ROS, remove `AllocatePublicIP: false`: the quick fix does not, because turning it off is a deliberate choice.',
      'zh-cn':
        '将 `internet_max_bandwidth_out`（Terraform）、`InternetMaxBandwidthOut`（ROS）或 `publicBandwidthMbps`（实例清单）设为 1 或以上，或为实例绑定弹性公网IP。在 ROS 中还需去掉 `AllocatePublicIP: false`；快速修复不会替你去掉它，因为关闭公网 IP 通常是有意为之。',
    },
    sources: [
      'service-number-faq',
      'ecs-service-codes-2018',
      'supported-instances-2019',
      'filing-service-api',
      'terraform-provider',
      'ros-resource-docs-2021',
    ],
    failing: [
      terraform({ internet_max_bandwidth_out: null }),
      rosYaml({ InternetMaxBandwidthOut: '0' }),
      rosJson({ AllocatePublicIP: 'false' }),
      spec({ publicBandwidthMbps: null }),
    ],
    passing: [terraform(), rosYaml(), rosJson(), spec({ publicBandwidthMbps: null, eip: 'true' })],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    // Other products come with their public address (docs/contract.md: ICP004 applies to ecs and ens only).
    if (!productFacts(instance.product).configurablePublicIp || hasElasticIp(instance)) return;
    if (instance.eipDeclared?.kind === 'unknown') return;

    const allocate = knownOrUnresolved(instance, instance.allocatePublicIp, 'allocatePublicIp', context);
    if (instance.allocatePublicIp?.kind === 'unknown') return;
    if (allocate && !allocate.value) {
      // No fix: more bandwidth alone would not give a public IP, and turning it back on is the user's call.
      context.report({
        instance,
        messageId: 'allocateFalse',
        data: { instance: instance.name },
        at: allocate.at,
        setting: 'allocatePublicIp',
        related: originsOf(allocate),
      });
      return;
    }

    const bandwidth = knownOrUnresolved(
      instance,
      instance.publicBandwidthMbps,
      'publicBandwidthMbps',
      context,
    );
    if (instance.publicBandwidthMbps?.kind === 'unknown') return;
    if (bandwidth && bandwidth.value > 0) return;
    const omitted = !bandwidth || bandwidth.omitted;
    context.report({
      instance,
      messageId: omitted ? 'omitted' : 'noBandwidth',
      data: omitted ? { instance: instance.name } : { instance: instance.name, bandwidth: bandwidth.value },
      at: bandwidth?.at ?? instance.header,
      setting: 'publicBandwidthMbps',
      related: originsOf(bandwidth),
      fixes: fixesOf(
        fixOf(fixTitle(noPublicIp, 'buyBandwidth'), true, instance.setters.publicBandwidth?.(1)),
      ),
    });
  },
};
