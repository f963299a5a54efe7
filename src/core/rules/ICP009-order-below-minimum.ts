import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { ORDER_MINIMUMS } from '../domain/products';
import { docsUrl } from './docs-url';
import { spec } from './examples';
import { originsOf } from './helpers';

export const orderBelowMinimum: Rule = {
  id: 'ICP009',
  name: 'order-below-minimum',
  severity: 'error',
  fixable: false,
  appliesTo: ['spec'],
  requirement: {
    id: 'order',
    settings: ['orderAmount', 'orderCurrency'],
    applies: (instance) =>
      instance.order !== undefined ||
      instance.product === 'iot-package' ||
      instance.product === 'marketplace-site',
  },
  messages: {
    belowMinimum: {
      en: 'The order for {instance} is {amount} {currency}, below the {minimum} {currency} minimum for a service number.',
      'zh-cn':
        '{instance} 的订单金额为 {amount} {currency}，低于申请备案服务号所需的最低金额 {minimum} {currency}。',
    },
  },
  docs: {
    url: docsUrl('ICP009'),
    summary: {
      en: 'An IoT package order is below RMB 90 (USD 14), or a Marketplace website-building order below RMB 99.',
      'zh-cn': '物联网套餐订单低于 90 元人民币（14 美元），或云市场建站产品订单低于 99 元人民币。',
    },
    why: {
      en: 'An IoT package yields a 备案服务号 (service number) only for a single order of at least RMB 90 (USD 14 in the 2022 FAQ) with a subscription of at least 6 months; a Marketplace website-building product only for an order of at least RMB 99 with a first subscription of at least 12 months.',
      'zh-cn':
        '物联网套餐只有单笔订单不低于 90 元人民币（2022 年版 FAQ 为 14 美元）且购买时长至少 6 个月，才能获得备案服务号；云市场建站产品要求订单不低于 99 元人民币且首次购买至少 12 个月。',
    },
    howToFix: {
      en: 'Buy a larger package in a single order, and update `order` in the instance spec.',
      'zh-cn': '在单笔订单中购买更高规格的套餐，并更新实例清单中的 `order`。',
    },
    sources: ['service-number-faq', 'supported-instances-2019', 'supported-instances-2019-zh'],
    failing: [
      spec({
        product: 'iot-package',
        period: '6',
        publicBandwidthMbps: null,
        order: '{ amount: 60, currency: CNY }',
      }),
    ],
    passing: [
      spec({
        product: 'iot-package',
        period: '6',
        publicBandwidthMbps: null,
        order: '{ amount: 90, currency: CNY }',
      }),
    ],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    const minimums = ORDER_MINIMUMS[instance.product];
    const order = instance.order;
    if (!minimums || !order || order.amount.kind !== 'known' || order.currency.kind !== 'known') return;
    const minimum = minimums[order.currency.value];
    // No minimum is stated in that currency: nothing to compare against.
    if (minimum === undefined || order.amount.value >= minimum) return;
    context.report({
      instance,
      messageId: 'belowMinimum',
      data: { instance: instance.name, amount: order.amount.value, currency: order.currency.value, minimum },
      at: order.amount.at,
      setting: 'orderAmount',
      related: originsOf(order.amount),
    });
  },
};
