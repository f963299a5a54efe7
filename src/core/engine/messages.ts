import type { Localized } from '../model/localized';

/**
 * Texts the engine itself writes: skip notices, crash details, origin labels. Rule messages live
 * with their rules; these are the engine's own, so each has both languages here.
 */
export const ENGINE_MESSAGES = {
  skippedTooLarge: {
    en: 'Not checked: the file is {sizeKb} KB, over the {limitKb} KB limit (maxFileSizeKb).',
    'zh-cn': '未检查：文件大小为 {sizeKb} KB，超过 {limitKb} KB 的上限（maxFileSizeKb）。',
  },
  skippedBinary: {
    en: 'Not checked: this is not a text file (it contains NUL bytes).',
    'zh-cn': '未检查：这不是文本文件（含有 NUL 字节）。',
  },
  notUtf8: {
    en: 'Not checked: this is not a text file (its bytes are neither UTF-8 nor UTF-16 with a byte-order mark).',
    'zh-cn': '未检查：这不是文本文件（其字节既不是 UTF-8，也不是带字节顺序标记的 UTF-16）。',
  },
  timeBudgetExceeded: {
    en: 'Not checked: checking this file took longer than its time budget of {budgetMs} ms.',
    'zh-cn': '未检查：检查此文件所用时间超过了 {budgetMs} 毫秒的时间预算。',
  },
  parserCrashed: {
    en: 'The {parser} parser failed on this file: {error}',
    'zh-cn': '{parser} 解析器处理此文件时出错：{error}',
  },
  ruleCrashed: {
    en: 'Rule {rule} failed on {instance}: {error}',
    'zh-cn': '规则 {rule} 检查 {instance} 时出错：{error}',
  },
  ruleCrashedOnFile: {
    en: 'Rule {rule} failed on this file: {error}',
    'zh-cn': '规则 {rule} 检查此文件时出错：{error}',
  },
  unknownMessageId: {
    en: 'rule reported an unknown message id "{messageId}"',
    'zh-cn': '规则报告了未知的消息 ID "{messageId}"',
  },
  defaultRegionFromConfig: {
    en: 'configured default region',
    'zh-cn': '配置的默认地域',
  },
  defaultRegionFromOption: {
    en: '--region',
    'zh-cn': '--region 参数指定的地域',
  },
} as const satisfies Record<string, Localized>;

/**
 * The messages of ICP000, ICP012 and ICP014 as the rule registry defines them. The engine takes
 * them from the registry; these copies are used only when a registry lacks one (a test's stub
 * registry), so a missing entry can never become a crash.
 */
export const FALLBACK_RULE_MESSAGES: Readonly<Record<string, { name: string; messages: Readonly<Record<string, Localized>> }>> = {
  ICP000: {
    name: 'invalid-input',
    messages: { invalid: { en: 'Invalid input: {detail}', 'zh-cn': '输入无效：{detail}' } },
  },
  ICP012: {
    name: 'value-unresolved',
    messages: {
      unresolved: {
        en: '{setting} of {instance} is `{expression}`, which cannot be evaluated here; it is not checked.',
        'zh-cn': '{instance} 的 {setting} 为 `{expression}`，此处无法求值，因此未检查。',
      },
    },
  },
  ICP014: {
    name: 'invalid-suppression',
    messages: {
      noReason: { en: 'The suppression `{directive}` has no reason="…"; it is not applied.', 'zh-cn': '抑制注释 `{directive}` 缺少 reason="…"，未生效。' },
      unknownRule: { en: 'The suppression names an unknown rule `{rule}`.', 'zh-cn': '抑制注释中的规则 `{rule}` 不存在。' },
      expired: { en: 'The suppression of {rule} expired on {expires}; the findings are reported again.', 'zh-cn': '对 {rule} 的抑制已于 {expires} 过期，相关问题重新报告。' },
      forbidden: { en: 'Suppressions are not allowed by the configuration (allowSuppressions: false).', 'zh-cn': '配置禁止使用抑制注释（allowSuppressions: false）。' },
    },
  },
};
