import type { Rule } from './rule';
import { docsUrl } from './docs-url';
import { terraform } from './examples';

/** Suppression comments are read by the engine, which emits this rule; metadata and messages only. */
export const invalidSuppression: Rule = {
  id: 'ICP014',
  name: 'invalid-suppression',
  severity: 'warning',
  fixable: false,
  appliesTo: ['terraform', 'ros', 'spec'],
  messages: {
    noReason: {
      en: '`{directive}` has no reason; write reason="…" so that others know why the finding is suppressed. It suppresses nothing until then.',
      'zh-cn':
        '`{directive}` 没有注明原因；请写上 reason="…"，让他人知道为什么忽略该问题。在此之前它不会忽略任何问题。',
    },
    placeholderReason: {
      en: '`{directive}` still has the placeholder reason "{reason}"; write why the finding is acceptable. It suppresses nothing until then.',
      'zh-cn':
        '`{directive}` 的原因仍是占位文字“{reason}”；请写明为什么可以接受该问题。在此之前它不会忽略任何问题。',
    },
    unknownRule: {
      en: '`{rule}` is not an icp-check rule ID or name.',
      'zh-cn': '`{rule}` 不是 icp-check 的规则 ID 或名称。',
    },
    expired: {
      en: 'The suppression of {rule} expired on {expires}; the finding is reported again.',
      'zh-cn': '对 {rule} 的忽略已于 {expires} 过期；该问题将重新报告。',
    },
    invalidExpires: {
      en: 'The suppression of {rule} has expires={expires}, an invalid date (that day does not exist; write YYYY-MM-DD); it suppresses nothing.',
      'zh-cn':
        '对 {rule} 的忽略写有 expires={expires}，这是无效日期（该日期不存在；请写成 YYYY-MM-DD）；它不会忽略任何问题。',
    },
    forbidden: {
      en: 'Suppressions are turned off in the configuration (allowSuppressions: false); this icp-ignore comment has no effect.',
      'zh-cn': '配置中已禁用忽略注释（allowSuppressions: false）；此 icp-ignore 注释不起作用。',
    },
  },
  docs: {
    url: docsUrl('ICP014'),
    summary: {
      en: 'An `icp-ignore` comment has no reason (or still the placeholder one), names an unknown rule, has an invalid `expires` date, or has expired.',
      'zh-cn':
        '`icp-ignore` 注释没有注明原因（或仍是占位原因）、引用了不存在的规则、`expires` 日期无效，或已过期。',
    },
    why: {
      en: 'A suppression hides a reason a filing would fail, so it must say why, name a real rule, and may be given an end date. An expired suppression no longer applies: the suppressed finding comes back, with this warning beside it.',
      'zh-cn':
        '忽略注释会隐藏导致备案失败的原因，因此必须说明原因、引用真实存在的规则，并可设置截止日期。过期的忽略注释不再生效：被忽略的问题会重新出现，并附带此警告。',
    },
    howToFix: {
      en: 'Write `# icp-ignore: ICP002 reason="test bench, never filed" expires=2027-03-31` with a real rule ID or name and a reason; extend or remove expired ones.',
      'zh-cn':
        '按 `# icp-ignore: ICP002 reason="测试环境，不备案" expires=2027-03-31` 的格式书写，使用真实的规则 ID 或名称并注明原因；对已过期的注释延期或删除。',
    },
    sources: [],
    failing: [
      {
        ...terraform(),
        code: terraform().code.replace(
          'resource "alicloud_instance"',
          '# icp-ignore: ICP010\nresource "alicloud_instance"',
        ),
      },
    ],
    passing: [
      {
        ...terraform(),
        code: terraform().code.replace(
          'resource "alicloud_instance"',
          '# icp-ignore: ICP010 reason="renewed by the finance team"\nresource "alicloud_instance"',
        ),
      },
    ],
  },
};
