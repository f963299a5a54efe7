import type { Instance, Product } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { productFacts } from '../domain/products';
import { docsUrl } from './docs-url';
import { spec } from './examples';

function websitesList(count: number): string {
  const lines = ['    websites:'];
  for (let i = 1; i <= count; i++) lines.push(`      - domain: site${i}.example.com`);
  return lines.join('\n');
}

export const quotaExceeded: Rule = {
  id: 'ICP007',
  name: 'quota-exceeded',
  severity: 'error',
  fixable: false,
  appliesTo: ['spec'],
  requirement: { id: 'quota', settings: ['websites'], applies: (instance) => instance.format === 'spec' },
  messages: {
    perInstance: {
      en: '{instance} lists {count} websites, but this product yields at most {quota} service numbers (one website each): {domain} has none left.',
      'zh-cn':
        '{instance} 列出了 {count} 个网站，但该产品最多提供 {quota} 个备案服务号（每个网站一个）：{domain} 已没有可用的备案服务号。',
    },
    perAccount: {
      en: 'This file lists {count} websites on Elastic Web Hosting, which yields at most {quota} service numbers per Alibaba Cloud account: {domain} has none left.',
      'zh-cn':
        '本文件在弹性 Web 托管上列出了 {count} 个网站，但每个阿里云账号最多只能获得 {quota} 个备案服务号：{domain} 已没有可用的备案服务号。',
    },
  },
  docs: {
    url: docsUrl('ICP007'),
    summary: {
      en: 'An instance spec lists more websites for an instance than its product yields service numbers.',
      'zh-cn': '实例清单中某个实例列出的网站数量超过了该产品可提供的备案服务号数量。',
    },
    why: {
      en: 'Each 备案服务号 (service number) serves one website, and each product yields a fixed number: ECS, Simple Application Server, Web Hosting and ENS 5 per instance; NAT Gateway and IPv6 Translation 2; a Marketplace website-building product 1; Elastic Web Hosting 5 per Alibaba Cloud account (all such instances in one file are counted together).',
      'zh-cn':
        '每个备案服务号只能用于一个网站，每种产品可获得的数量固定：云服务器 ECS、轻量应用服务器、云虚拟主机和 ENS 每个实例 5 个；NAT 网关和 IPv6 转换服务 2 个；云市场建站产品 1 个；弹性 Web 托管每个阿里云账号共 5 个（同一文件中的所有此类实例合并计算）。',
    },
    howToFix: {
      en: 'Move the extra websites to another qualifying instance, or buy one more.',
      'zh-cn': '将多出的网站分配到另一台符合条件的实例上，或再购买一台实例。',
    },
    sources: [
      'ecs-service-codes-2018',
      'supported-instances-2019',
      'supported-instances-2019-zh',
      'service-number-faq',
    ],
    failing: [spec({}, { websites: websitesList(6) })],
    passing: [spec({}, { websites: websitesList(5) })],
  },
  checkFile(instances: readonly Instance[], context: RuleContext) {
    // Per-account products share one count across the file (one file is taken as one account).
    const accountCounts = new Map<Product, number>();
    const accountTotals = new Map<Product, number>();
    for (const instance of instances) {
      const facts = productFacts(instance.product);
      if (facts.quotaPer === 'account')
        accountTotals.set(
          instance.product,
          (accountTotals.get(instance.product) ?? 0) + instance.websites.length,
        );
    }
    for (const instance of instances) {
      const facts = productFacts(instance.product);
      if (facts.quota === undefined) continue;
      instance.websites.forEach((website, i) => {
        if (facts.quotaPer === 'instance') {
          if (i < facts.quota!) return;
          context.report({
            instance,
            messageId: 'perInstance',
            data: {
              instance: instance.name,
              count: instance.websites.length,
              quota: facts.quota!,
              domain: website.domain.value,
            },
            at: website.at,
            setting: 'websites',
          });
          return;
        }
        const seen = (accountCounts.get(instance.product) ?? 0) + 1;
        accountCounts.set(instance.product, seen);
        if (seen <= facts.quota!) return;
        context.report({
          instance,
          messageId: 'perAccount',
          data: {
            count: accountTotals.get(instance.product) ?? seen,
            quota: facts.quota!,
            domain: website.domain.value,
          },
          at: website.at,
          setting: 'websites',
        });
      });
    }
  },
};
