import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { docsUrl } from './docs-url';
import { rosJson, rosYaml, spec, terraform } from './examples';
import { productFacts } from '../domain/products';
import { fixOf, fixesOf, fixTitle, knownOnly, knownOrUnresolved, monthsOf, originsOf } from './helpers';

export const payAsYouGo: Rule = {
  id: 'ICP002',
  name: 'pay-as-you-go',
  severity: 'error',
  fixable: true,
  appliesTo: ['terraform', 'ros', 'spec'],
  requirement: { id: 'billing', settings: ['chargeType', 'spotStrategy'] },
  messages: {
    payAsYouGo: {
      en: '{instance} is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
      'zh-cn': '{instance} 为按量付费实例；ICP 备案需要包年包月（PrePaid）实例。',
    },
    omitted: {
      en: '{instance} sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.',
      'zh-cn':
        '{instance} 未设置付费类型，将按 API 默认值创建为按量付费实例；ICP 备案需要包年包月（PrePaid）实例。',
    },
    spot: {
      en: '{instance} is a spot instance ({strategy}); spot instances are billed pay-as-you-go and cannot carry an ICP filing.',
      'zh-cn': '{instance} 是抢占式实例（{strategy}）；抢占式实例按量付费，不能用于 ICP 备案。',
    },
  },
  fixTitles: {
    toSubscription: { en: 'Switch to subscription (PrePaid)', 'zh-cn': '改为包年包月（PrePaid）' },
    // The fix writes `NoSpot`; it does not delete the line, so the title says what it writes.
    toSubscriptionNoSpot: {
      en: 'Switch to subscription (PrePaid) and set the spot strategy to NoSpot',
      'zh-cn': '改为包年包月（PrePaid）并将抢占式策略设为 NoSpot',
    },
    toSubscriptionFor: {
      en: 'Switch to subscription (PrePaid) for {months}',
      'zh-cn': '改为包年包月（PrePaid），购买时长 {months}',
    },
  },
  docs: {
    url: docsUrl('ICP002'),
    summary: {
      en: 'The instance is pay-as-you-go or a spot instance.',
      'zh-cn': '实例为按量付费或抢占式实例。',
    },
    why: {
      en: 'Alibaba Cloud issues 备案服务号 (service numbers) only for subscription (包年包月) instances: "You cannot apply for service identification numbers for pay-as-you-go instances." Spot (preemptible) instances are a kind of pay-as-you-go instance; a spot strategy written beside `PrePaid` has no effect. When the charge type is left out, the API default applies, which is pay-as-you-go.',
      'zh-cn':
        '阿里云只为包年包月实例签发备案服务号，按量付费实例无法申请。抢占式实例属于按量付费；与 `PrePaid` 同时设置的抢占式策略不起作用。未设置付费类型时采用 API 默认值，即按量付费。',
    },
    howToFix: {
      en: 'Set `instance_charge_type = "PrePaid"` (Terraform), `InstanceChargeType: PrePaid` (ROS) or `billing: subscription` (instance spec), remove any spot strategy, and choose a period of at least 3 months (ICP003).',
      'zh-cn':
        '设置 `instance_charge_type = "PrePaid"`（Terraform）、`InstanceChargeType: PrePaid`（ROS）或 `billing: subscription`（实例清单），去掉抢占式策略，并将购买时长设为至少 3 个月（见 ICP003）。',
    },
    sources: [
      'service-number-faq',
      'ecs-service-codes-2018',
      'supported-instances-2019',
      'service-number-faq-2019',
      'terraform-provider',
      'ros-resource-docs-2021',
    ],
    failing: [
      terraform({ instance_charge_type: '"PostPaid"', period: null, renewal_status: null }),
      rosYaml({ InstanceChargeType: null, Period: null, PeriodUnit: null, AutoRenew: null }),
      rosJson({ InstanceChargeType: '"PostPaid"', Period: null, PeriodUnit: null, AutoRenew: null }),
      spec({ billing: 'spot', period: null, autoRenew: null }),
    ],
    passing: [terraform(), rosYaml(), rosJson(), spec()],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    const charge = knownOrUnresolved(instance, instance.chargeType, 'chargeType', context);
    if (!charge || charge.value === 'subscription') return;
    // A spot strategy only takes effect on pay-as-you-go (beside PrePaid it is ignored); here it only
    // picks the message, so an unknown one is not worth an ICP012.
    const spot = knownOnly(instance.spotStrategy);
    if (spot !== undefined && spot.value.toLowerCase() !== 'nospot') {
      context.report({
        instance,
        messageId: 'spot',
        data: { instance: instance.name, strategy: spot.value },
        at: spot.at,
        setting: 'spotStrategy',
        related: originsOf(spot),
        fixes: fixesOf(
          fixOf(
            fixTitle(payAsYouGo, 'toSubscriptionNoSpot'),
            true,
            instance.setters.chargeType?.('subscription'),
            instance.setters.noSpot?.(),
          ),
        ),
      });
      return;
    }
    const messageId = charge.value === 'spot' ? 'spot' : charge.omitted ? 'omitted' : 'payAsYouGo';
    // A module's period (often 1 month) is written for pay-as-you-go too: once the instance becomes a
    // subscription it applies, so the fix sets the minimum with it rather than leave an ICP003 behind.
    const minimum = productFacts(instance.product).minimumMonths;
    const period = knownOnly(instance.period);
    const unit = knownOnly(instance.periodUnit)?.value ?? 'month';
    const shortPeriod =
      period !== undefined &&
      !period.omitted &&
      (unit === 'week' || period.value * (unit === 'year' ? 12 : 1) < minimum);
    // Where the period cannot be written (a module reading it from a map), the charge type alone is still fixed.
    const withPeriod = shortPeriod
      ? fixOf(
          fixTitle(payAsYouGo, 'toSubscriptionFor', {}, { months: monthsOf(minimum) }),
          true,
          instance.setters.chargeType?.('subscription'),
          instance.setters.periodMonths?.(minimum),
        )
      : undefined;
    const fix =
      withPeriod ??
      fixOf(fixTitle(payAsYouGo, 'toSubscription'), true, instance.setters.chargeType?.('subscription'));
    context.report({
      instance,
      messageId,
      data:
        messageId === 'spot' ? { instance: instance.name, strategy: 'spot' } : { instance: instance.name },
      at: charge.at,
      setting: 'chargeType',
      related: originsOf(charge),
      fixes: fixesOf(fix),
    });
  },
};
