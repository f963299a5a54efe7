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
  notUtf16: {
    en: 'Not checked: this is not a text file (it starts with a UTF-16 byte-order mark, but the rest is not UTF-16).',
    'zh-cn': '未检查：这不是文本文件（它以 UTF-16 字节顺序标记开头，但其余内容不是 UTF-16）。',
  },
  workBudgetExceeded: {
    en: 'Not checked: checking this file needs more work than the per-file budget of {budget} work units allows (its size, instances, rule checks and findings are counted; the same on every run). Split it into smaller files.',
    'zh-cn':
      '未检查：检查此文件所需的工作量超过了每个文件 {budget} 个工作单位的预算（按文件大小、实例、规则检查和发现的问题计算，每次运行结果相同）。请将其拆分为较小的文件。',
  },
  timeBudgetExceeded: {
    en: 'Not checked: checking this file took longer than its time budget of {budgetMs} ms.',
    'zh-cn': '未检查：检查此文件所用时间超过了 {budgetMs} 毫秒的时间预算。',
  },
  checkerStopped: {
    en: 'Not checked: the checker stopped while checking this file ({error}).',
    'zh-cn': '未检查：检查此文件时检查器已停止（{error}）。',
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
