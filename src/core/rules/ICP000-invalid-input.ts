import type { Rule } from './rule';
import { docsUrl } from './docs-url';
import { spec, terraform } from './examples';

/**
 * Parse errors and schema violations. The engine emits this rule from the parsers' problems and
 * the configuration loader; it has metadata and messages only.
 */
export const invalidInput: Rule = {
  id: 'ICP000',
  name: 'invalid-input',
  severity: 'error',
  fixable: false,
  appliesTo: ['terraform', 'ros', 'spec'],
  messages: {
    // `detail` is the parser's text, already in the language being rendered.
    invalid: { en: '{detail}', 'zh-cn': '{detail}' },
  },
  docs: {
    url: docsUrl('ICP000'),
    summary: {
      en: 'A file cannot be parsed, or an instance spec or configuration file breaks its schema.',
      'zh-cn': '文件无法解析，或实例清单、配置文件不符合其格式要求。',
    },
    why: {
      en: 'What cannot be read cannot be checked: the instances in the unreadable part are not checked at all. Findings for the parts that did parse are still reported.',
      'zh-cn': '无法读取的内容就无法检查：无法解析部分中的实例完全不会被检查。已解析部分的检查结果仍会照常报告。',
    },
    howToFix: {
      en: 'Correct the syntax or the field the message names; for an instance spec the message lists the allowed values.',
      'zh-cn': '按提示修正语法或出错的字段；实例清单的提示中会列出允许的取值。',
    },
    sources: [],
    failing: [
      { format: 'terraform', file: 'main.tf', code: 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n' },
      spec({ product: 'ecs-server' }),
    ],
    passing: [terraform(), spec()],
  },
};
