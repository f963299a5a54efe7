import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { productFacts } from '../domain/products';
import { docsUrl } from './docs-url';
import { rosJson, rosYaml, spec, terraform } from './examples';
import { fixOf, fixesOf, fixTitle, knownOnly, knownOrUnresolved, monthsOf, originsOf } from './helpers';

export const subscriptionTooShort: Rule = {
  id: 'ICP003',
  name: 'subscription-too-short',
  severity: 'error',
  fixable: true,
  appliesTo: ['terraform', 'ros', 'spec'],
  requirement: {
    id: 'period',
    settings: ['period', 'periodUnit'],
    // A pay-as-you-go instance has no subscription period to pass: a tick there would mislead.
    applies: (instance) =>
      instance.chargeType?.kind !== 'known' || instance.chargeType.value === 'subscription',
  },
  messages: {
    tooShort: {
      en: 'The {months}-month subscription of {instance} is shorter than the {minimum}-month minimum an ICP filing needs.',
      'zh-cn': '{instance} 的包年包月时长为 {months} 个月，短于 ICP 备案要求的至少 {minimum} 个月。',
    },
    omitted: {
      en: '{instance} sets no period, so it is bought for 1 month, shorter than the {minimum}-month minimum an ICP filing needs.',
      'zh-cn': '{instance} 未设置购买时长，默认只购买 1 个月，短于 ICP 备案要求的至少 {minimum} 个月。',
    },
    weeks: {
      en: '{instance} is bought by the week (period: {period}), always shorter than the {minimum}-month minimum an ICP filing needs.',
      'zh-cn': '{instance} 按周购买（时长：{period} 周），始终短于 ICP 备案要求的至少 {minimum} 个月。',
    },
  },
  fixTitles: {
    subscribeFor: { en: 'Subscribe for {months}', 'zh-cn': '购买时长改为 {months}' },
  },
  docs: {
    url: docsUrl('ICP003'),
    summary: {
      en: "The subscription is shorter than the product's minimum for an ICP filing.",
      'zh-cn': '包年包月时长短于该产品办理 ICP 备案的最低要求。',
    },
    why: {
      en: 'A 备案服务号 (service number) needs a subscription of at least 3 months for ECS, Simple Application Server, Web Hosting and ENS; 1 month for NAT Gateway and IPv6 Translation; 6 months for Elastic Web Hosting and IoT packages; 12 months for Marketplace website-building products. A weekly period is always too short, and a subscription without a period is bought for 1 month.',
      'zh-cn':
        '申请备案服务号要求包年包月时长：云服务器 ECS、轻量应用服务器、云虚拟主机和 ENS 至少 3 个月；NAT 网关和 IPv6 转换服务至少 1 个月；弹性 Web 托管和物联网套餐至少 6 个月；云市场建站产品至少 12 个月。按周购买总是不够，未设置时长的包年包月实例只购买 1 个月。',
    },
    howToFix: {
      en: 'Set `period` (Terraform), `Period` with `PeriodUnit: Month` (ROS) or `period` (instance spec) to at least the minimum, e.g. 3 months for ECS. The remaining time must also stay above the minimum when you apply: see ICP005 and ICP010.',
      'zh-cn':
        '将 `period`（Terraform）、`Period` 并设 `PeriodUnit: Month`（ROS）或 `period`（实例清单）设为不少于最低要求，例如 ECS 至少 3 个月。申请时剩余时长也必须不少于该要求：见 ICP005 和 ICP010。',
    },
    sources: [
      'service-number-faq',
      'ecs-service-codes-2018',
      'supported-instances-2019',
      'supported-instances-2019-zh',
      'apply-service-number-older',
      'terraform-provider',
      'ros-resource-docs-2021',
    ],
    failing: [
      terraform({ period: '1' }),
      rosYaml({ Period: '2', PeriodUnit: 'Week' }),
      rosJson({ Period: '2' }),
      spec({ period: '1' }),
    ],
    passing: [terraform({ period: '3' }), rosYaml(), rosJson({ Period: '1', PeriodUnit: '"Year"' }), spec()],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    // Only a subscription has a period; ICP002 reports other charge types and unknown ones.
    const charge = knownOnly(instance.chargeType);
    if (charge?.value !== 'subscription') return;
    const minimum = productFacts(instance.product).minimumMonths;
    const fix = () =>
      fixesOf(
        fixOf(
          fixTitle(subscriptionTooShort, 'subscribeFor', {}, { months: monthsOf(minimum) }),
          true,
          instance.setters.periodMonths?.(minimum),
        ),
      );

    const unit = knownOrUnresolved(instance, instance.periodUnit, 'periodUnit', context);
    if (instance.periodUnit?.kind === 'unknown') return;
    if (unit?.value === 'week') {
      // At most a few weeks (no period: one week): always below a month, whatever the number of weeks.
      const weeks = instance.period;
      context.report({
        instance,
        messageId: 'weeks',
        data: {
          instance: instance.name,
          period: weeks === undefined ? 1 : weeks.kind === 'known' ? weeks.value : weeks.expression,
          minimum,
        },
        at: !unit.omitted ? unit.at : (weeks?.at ?? instance.header),
        setting: 'periodUnit',
        related: [...originsOf(weeks), ...originsOf(unit)],
        fixes: fix(),
      });
      return;
    }
    const period = knownOrUnresolved(instance, instance.period, 'period', context);
    if (instance.period?.kind === 'unknown') return;
    const unitValue = unit?.value ?? 'month';
    if (!period || period.omitted) {
      // No period on a subscription means one month.
      if (minimum <= 1) return;
      context.report({
        instance,
        messageId: 'omitted',
        data: { instance: instance.name, minimum },
        at: period?.at ?? instance.header,
        setting: 'period',
        fixes: fix(),
      });
      return;
    }
    const months = unitValue === 'year' ? period.value * 12 : period.value;
    if (months >= minimum) return;
    context.report({
      instance,
      messageId: 'tooShort',
      data: { instance: instance.name, months, minimum },
      at: period.at,
      setting: 'period',
      related: originsOf(period),
      fixes: fix(),
    });
  },
};
