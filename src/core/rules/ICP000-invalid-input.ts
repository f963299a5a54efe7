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
      en: 'What cannot be read cannot be checked: each damaged part of a file gets one ICP000, and the instances in it (or after a block left open, or reading a value from it) are not checked and count as unknown, never as failing on a misread value. Findings for the parts that did parse are still reported. A file that is not checked at all (too large, not text, past its work or time budget, or a `count` of more copies than are checked) is also an ICP000.',
      'zh-cn':
        '无法读取的内容就无法检查：文件中每个损坏的部分报告一个 ICP000，其中的实例（或位于未闭合块之后、或从中读取值的实例）不会被检查，结果记为未知，而不会因误读的值被判为不合格。已解析部分的检查结果仍会照常报告。完全未被检查的文件（过大、不是文本、超出工作量或时间预算，或 `count` 生成的副本超过检查上限）同样报告为 ICP000。',
    },
    howToFix: {
      en: 'Correct the syntax or the field the message names; for an instance spec the message lists the allowed values.',
      'zh-cn': '按提示修正语法或出错的字段；实例清单的提示中会列出允许的取值。',
    },
    sources: [],
    failing: [
      {
        format: 'terraform',
        file: 'main.tf',
        code: 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n',
      },
      spec({ product: 'ecs-server' }),
    ],
    passing: [terraform(), spec()],
  },
};
