import type { Instance, Website } from '../model/instance';
import type { RelatedLocation } from '../model/finding';
import type { Known } from '../model/value';
import type { Rule, RuleContext } from './rule';
import { docsUrl } from './docs-url';
import { spec } from './examples';

interface Use {
  readonly instance: Instance;
  readonly website: Website;
  readonly number: Known<string>;
}

export const serviceNumberReused: Rule = {
  id: 'ICP008',
  name: 'service-number-reused',
  severity: 'error',
  fixable: false,
  appliesTo: ['spec'],
  requirement: {
    id: 'service-numbers',
    settings: ['serviceNumbers'],
    applies: (instance) => instance.format === 'spec',
  },
  messages: {
    reused: {
      en: 'Service number {serviceNumber} is already used for {other}; a service number serves one website only and can never be reused.',
      'zh-cn': '备案服务号 {serviceNumber} 已用于 {other}；一个备案服务号只能用于一个网站，且不能重复使用。',
    },
  },
  docs: {
    url: docsUrl('ICP008'),
    summary: {
      en: 'The same service number appears for more than one website in an instance spec.',
      'zh-cn': '实例清单中同一个备案服务号被用于多个网站。',
    },
    why: {
      en: 'One 备案服务号 (service number) can be used to file one website, once: it is not reusable, even after the filing is cancelled or the access removed.',
      'zh-cn':
        '一个备案服务号只能用于提交一个网站的备案，且只能使用一次：即使备案被注销或取消接入，也不能再次使用。',
    },
    howToFix: {
      en: "Apply for a new service number for the second website (within the instance's quota, see ICP007) and write it in the spec.",
      'zh-cn': '为第二个网站申请新的备案服务号（不超过实例的配额，见 ICP007），并填写到实例清单中。',
    },
    sources: [
      'service-number-faq',
      'ecs-service-codes-2018',
      'apply-service-number-2019',
      'filing-service-api',
    ],
    failing: [
      spec(
        {},
        {
          websites:
            '    websites:\n      - domain: example.com\n        serviceNumber: "1234567890"\n      - domain: shop.example.com\n        serviceNumber: "1234567890"',
        },
      ),
    ],
    passing: [
      spec(
        {},
        {
          websites:
            '    websites:\n      - domain: example.com\n        serviceNumber: "1234567890"\n      - domain: shop.example.com\n        serviceNumber: "1234567891"',
        },
      ),
    ],
  },
  checkFile(instances: readonly Instance[], context: RuleContext) {
    const uses = new Map<string, Use[]>();
    for (const instance of instances) {
      for (const website of instance.websites) {
        const number = website.serviceNumber;
        const key = number?.value.trim();
        if (!number || !key) continue;
        const group = uses.get(key);
        if (group) group.push({ instance, website, number });
        else uses.set(key, [{ instance, website, number }]);
      }
    }
    for (const [key, group] of uses) {
      // The first use is legitimate; every later one reuses it.
      for (const use of group.slice(1)) {
        context.report({
          instance: use.instance,
          messageId: 'reused',
          data: { serviceNumber: key, other: group[0].website.domain.value },
          at: use.number.at,
          setting: 'serviceNumbers',
          related: otherUses(group, use),
        });
      }
    }
  },
};

/** Other uses listed with each finding; beyond this, the rest are counted (a spec may list 50,000). */
const MAX_RELATED = 10;

/**
 * The other uses of the number, in the spec's order: all of them when they fit, else the first
 * `MAX_RELATED - 1` and one entry, at the next use, saying how many more there are. Costs the same
 * whatever the size of the group, so every reuse can be reported.
 */
function otherUses(group: readonly Use[], use: Use): RelatedLocation[] {
  const others = group.length - 1;
  const shown = others <= MAX_RELATED ? others : MAX_RELATED - 1;
  const listed: Use[] = [];
  for (let i = 0; i < group.length && listed.length <= shown; i++)
    if (group[i] !== use) listed.push(group[i]);
  const related = listed.slice(0, shown).map((other) => ({
    at: other.number.at,
    message: {
      en: `also used for ${other.website.domain.value}`,
      'zh-cn': `也用于 ${other.website.domain.value}`,
    },
  }));
  if (shown < others) {
    const more = (others - shown).toLocaleString('en-US');
    related.push({
      at: listed[shown].number.at,
      message: { en: `and ${more} more uses of this number`, 'zh-cn': `以及另外 ${more} 处使用此服务号` },
    });
  }
  return related;
}
