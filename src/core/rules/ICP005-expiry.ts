import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { productFacts } from '../domain/products';
import { addMonths, isIsoDate } from './dates';
import { docsUrl } from './docs-url';
import { spec, terraform } from './examples';
import { fixOf, fixesOf, fixTitle, knownOnly, knownOrUnresolved, originsOf } from './helpers';

export const expiry: Rule = {
  id: 'ICP005',
  name: 'expiry',
  severity: 'warning',
  fixable: true,
  appliesTo: ['terraform', 'spec'],
  requirement: { id: 'expiry', settings: ['expiresOn', 'autoRenew', 'renewalStatus'] },
  messages: {
    notRenewal: {
      en: '{instance} is set not to renew (NotRenewal): it will expire, and an expired instance cannot carry an ICP filing.',
      'zh-cn': '{instance} 设置为到期不续费（NotRenewal）：实例将会到期，到期的实例无法用于 ICP 备案。',
    },
    expired: {
      en: '{instance} expired on {date}; an expired instance cannot apply for a service number, and its filed websites lose their access. Renew it.',
      'zh-cn':
        '{instance} 已于 {date} 到期；到期的实例无法申请备案服务号，已备案网站的接入也会失效。请续费。',
    },
    expiresSoon: {
      en: '{instance} expires on {date}, less than the {minimum}-month minimum away; renew it before applying for a service number.',
      'zh-cn': '{instance} 将于 {date} 到期，剩余时长不足要求的 {minimum} 个月；申请备案服务号前请先续费。',
    },
  },
  fixTitles: {
    autoRenewal: { en: 'Renew automatically (AutoRenewal)', 'zh-cn': '设为自动续费（AutoRenewal）' },
  },
  docs: {
    url: docsUrl('ICP005'),
    summary: {
      en: 'The instance is set not to renew, has expired, or expires sooner than the minimum subscription.',
      'zh-cn': '实例设置为到期不续费、已经到期，或剩余时长不足最低购买时长。',
    },
    why: {
      en: 'An expired instance cannot apply for a 备案服务号 (service number), and when an instance expires its websites become unreachable: the filing may be treated as a "shell website" and its access cancelled. When applying, the remaining time must also be at least the product\'s minimum (3 months for ECS): "If the remaining subscription period is less than three months, renew the subscription." `renewal_status = "NotRenewal"` is a warning; a spec `expiresOn` in the past is an error, less than the minimum away a warning.',
      'zh-cn':
        '到期的实例无法申请备案服务号；实例到期后网站无法访问，可能被视为“空壳网站”并被取消接入。申请时剩余时长也必须不少于该产品的最低购买时长（ECS 为 3 个月），不足时需先续费。`renewal_status = "NotRenewal"` 报告为警告；实例清单中 `expiresOn` 已过为错误，剩余不足最低时长为警告。',
    },
    howToFix: {
      en: 'Set `renewal_status = "AutoRenewal"` (Terraform), or renew the instance and update `expiresOn` in the instance spec.',
      'zh-cn':
        '设置 `renewal_status = "AutoRenewal"`（Terraform），或为实例续费并更新实例清单中的 `expiresOn`。',
    },
    sources: [
      'service-number-faq',
      'service-number-faq-2019',
      'apply-service-number-older',
      'supported-instances-2019',
      'prepare-instance-current',
      'terraform-provider',
    ],
    failing: [terraform({ renewal_status: '"NotRenewal"' }), spec({ expiresOn: '2025-12-31' })],
    passing: [terraform(), spec({ expiresOn: '2036-12-31' })],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    const charge = knownOnly(instance.chargeType);
    if (charge && charge.value !== 'subscription') return;

    const renewal = knownOrUnresolved(instance, instance.renewalStatus, 'renewalStatus', context);
    if (renewal?.value === 'NotRenewal') {
      context.report({
        instance,
        messageId: 'notRenewal',
        data: { instance: instance.name },
        severity: 'warning',
        at: renewal.at,
        setting: 'renewalStatus',
        related: originsOf(renewal),
        fixes: fixesOf(
          fixOf(fixTitle(expiry, 'autoRenewal'), true, instance.setters.renewalStatus?.('AutoRenewal')),
        ),
      });
    }

    const expires = knownOrUnresolved(instance, instance.expiresOn, 'expiresOn', context);
    // A malformed date is the parser's ICP000.
    if (!expires || !isIsoDate(expires.value) || !isIsoDate(context.today)) return;
    const minimum = productFacts(instance.product).minimumMonths;
    const data = { instance: instance.name, date: expires.value, minimum };
    if (expires.value < context.today) {
      context.report({
        instance,
        messageId: 'expired',
        data,
        severity: 'error',
        at: expires.at,
        setting: 'expiresOn',
        related: originsOf(expires),
      });
    } else if (expires.value < addMonths(context.today, minimum)) {
      context.report({
        instance,
        messageId: 'expiresSoon',
        data,
        severity: 'warning',
        at: expires.at,
        setting: 'expiresOn',
        related: originsOf(expires),
      });
    }
  },
};
