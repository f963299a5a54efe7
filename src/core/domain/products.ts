import type { Product } from '../model/instance';
import type { Localized } from '../model/localized';

/**
 * What each product needs for an ICP filing and how many service numbers it yields
 * (docs/sources.md "Products": the 2019 table, supported-instances-2019; the IoT package from service-number-faq).
 */
export interface ProductFacts {
  readonly name: Localized;
  /** Minimum subscription in months (ICP003), also the remaining time ICP005 warns below. */
  readonly minimumMonths: number;
  /** Service numbers (one website each) the product yields (ICP007); undefined where no source states it. */
  readonly quota?: number;
  /** `account`: the quota is shared by every instance of the product in one Alibaba Cloud account. */
  readonly quotaPer: 'instance' | 'account';
  /** Whether the public IP is something the buyer configures (ICP004, ICP013). */
  readonly configurablePublicIp: boolean;
}

export const PRODUCTS: Readonly<Record<Product, ProductFacts>> = {
  ecs: {
    name: { en: 'ECS instance', 'zh-cn': '云服务器 ECS 实例' },
    minimumMonths: 3,
    quota: 5,
    quotaPer: 'instance',
    configurablePublicIp: true,
  },
  'simple-application-server': {
    name: { en: 'Simple Application Server', 'zh-cn': '轻量应用服务器' },
    minimumMonths: 3,
    quota: 5,
    quotaPer: 'instance',
    configurablePublicIp: false,
  },
  'web-hosting': {
    name: { en: 'Web Hosting instance', 'zh-cn': '云虚拟主机' },
    minimumMonths: 3,
    quota: 5,
    quotaPer: 'instance',
    configurablePublicIp: false,
  },
  'elastic-web-hosting': {
    name: { en: 'Elastic Web Hosting', 'zh-cn': '弹性 Web 托管' },
    minimumMonths: 6,
    quota: 5,
    quotaPer: 'account',
    configurablePublicIp: false,
  },
  ens: {
    name: { en: 'ENS (Edge Node Service) instance', 'zh-cn': '边缘节点服务 ENS 实例' },
    minimumMonths: 3,
    quota: 5,
    quotaPer: 'instance',
    configurablePublicIp: true,
  },
  'nat-gateway': {
    name: { en: 'NAT Gateway', 'zh-cn': 'NAT 网关' },
    minimumMonths: 1,
    quota: 2,
    quotaPer: 'instance',
    configurablePublicIp: false,
  },
  'ipv6-translation': {
    name: { en: 'IPv6 Translation Service instance', 'zh-cn': 'IPv6 转换服务实例' },
    minimumMonths: 1,
    quota: 2,
    quotaPer: 'instance',
    configurablePublicIp: false,
  },
  'marketplace-site': {
    name: { en: 'Marketplace website-building product', 'zh-cn': '云市场建站产品' },
    minimumMonths: 12,
    quota: 1,
    quotaPer: 'instance',
    configurablePublicIp: false,
  },
  'iot-package': {
    name: { en: 'IoT package', 'zh-cn': '物联网套餐' },
    // service-number-faq states the period and order minimums but no number of service numbers.
    minimumMonths: 6,
    quotaPer: 'instance',
    configurablePublicIp: false,
  },
};

/** Minimum order amounts (ICP009), per currency; a missing currency has no stated minimum. */
export const ORDER_MINIMUMS: Readonly<Partial<Record<Product, Partial<Record<'CNY' | 'USD', number>>>>> = {
  'iot-package': { CNY: 90, USD: 14 },
  'marketplace-site': { CNY: 99 },
};

export function productFacts(product: Product): ProductFacts {
  return PRODUCTS[product];
}
