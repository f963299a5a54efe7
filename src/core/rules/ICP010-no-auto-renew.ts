import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { docsUrl } from './docs-url';
import { rosJson, rosYaml, spec, terraform } from './examples';
import { fixOf, fixesOf, fixTitle, knownOnly, knownOrUnresolved, originsOf } from './helpers';

export const noAutoRenew: Rule = {
  id: 'ICP010',
  name: 'no-auto-renew',
  severity: 'hint',
  fixable: true,
  appliesTo: ['terraform', 'ros', 'spec'],
  messages: {
    noAutoRenew: {
      en: '{instance} does not renew automatically: once its remaining time drops below the minimum it can no longer apply for a service number, and when it expires its websites lose their filing access.',
      'zh-cn':
        '{instance} 未开启自动续费：剩余时长低于要求后将无法申请备案服务号，到期后网站的备案接入也会失效。',
    },
  },
  fixTitles: {
    turnOn: { en: 'Turn on auto-renewal', 'zh-cn': '开启自动续费' },
  },
  docs: {
    url: docsUrl('ICP010'),
    summary: {
      en: 'A subscription has no auto-renewal, so its remaining time will drop below the minimum.',
      'zh-cn': '包年包月实例未开启自动续费，剩余时长终将低于最低要求。',
    },
    why: {
      en: "The remaining time of an instance must stay at least the product's minimum (3 months for ECS) when you apply for a 备案服务号 (service number), and an expired instance loses its websites' filing access. Auto-renewal keeps both from happening by accident.",
      'zh-cn':
        '申请备案服务号时，实例剩余时长必须不少于该产品的最低购买时长（ECS 为 3 个月）；实例到期后，网站的备案接入会失效。开启自动续费可避免因疏忽而出现这两种情况。',
    },
    howToFix: {
      en: 'Set `renewal_status = "AutoRenewal"` on `alicloud_instance`, `auto_renew = true` on other Terraform resources, `AutoRenew: \'True\'` in ROS, or `autoRenew: true` in an instance spec.',
      'zh-cn':
        '在 `alicloud_instance` 上设置 `renewal_status = "AutoRenewal"`，在其他 Terraform 资源上设置 `auto_renew = true`，在 ROS 中设置 `AutoRenew: \'True\'`，或在实例清单中设置 `autoRenew: true`。',
    },
    sources: [
      'apply-service-number-older',
      'service-number-faq-2019',
      'ecs-api',
      'terraform-provider',
      'ros-resource-docs-2021',
    ],
    failing: [
      terraform({ renewal_status: null }),
      rosYaml({ AutoRenew: null }),
      rosJson({ AutoRenew: '"False"' }),
      spec({ autoRenew: null }),
    ],
    passing: [terraform(), rosYaml(), rosJson(), spec()],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    if (knownOnly(instance.chargeType)?.value !== 'subscription') return;
    const renewal = knownOrUnresolved(instance, instance.renewalStatus, 'renewalStatus', context);
    const autoRenew = knownOrUnresolved(instance, instance.autoRenew, 'autoRenew', context);
    if (instance.renewalStatus?.kind === 'unknown' || instance.autoRenew?.kind === 'unknown') return;
    if (renewal?.value === 'AutoRenewal' || autoRenew?.value === true) return;
    // NotRenewal is ICP005's warning already.
    if (renewal?.value === 'NotRenewal') return;

    // Point at the setting the instance actually uses; prefer one the user wrote over an omitted default.
    const target = [renewal, autoRenew].find((v) => v && !v.omitted) ?? renewal ?? autoRenew;
    const viaRenewal = () => instance.setters.renewalStatus?.('AutoRenewal');
    const viaAutoRenew = () => instance.setters.autoRenew?.(true);
    const edits =
      target !== undefined && target === renewal
        ? (viaRenewal() ?? viaAutoRenew())
        : (viaAutoRenew() ?? viaRenewal());
    context.report({
      instance,
      messageId: 'noAutoRenew',
      data: { instance: instance.name },
      at: target?.at ?? instance.header,
      setting: target !== undefined && target === renewal ? 'renewalStatus' : 'autoRenew',
      related: originsOf(target),
      fixes: fixesOf(fixOf(fixTitle(noAutoRenew, 'turnOn'), true, edits)),
    });
  },
};
