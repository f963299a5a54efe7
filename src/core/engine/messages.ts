import type { Localized } from '../model/localized';

/**
 * Texts the engine itself writes: skip notices, crash details, origin labels. Rule messages live
 * with their rules; these are the engine's own, so each has both languages here.
 */
export const ENGINE_MESSAGES = {
  skippedTooLarge: {
    en: 'Skipped: the file is {sizeKb} KB, over the {limitKb} KB limit (maxFileSizeKb).',
    'zh-cn': '已跳过：文件大小为 {sizeKb} KB，超过 {limitKb} KB 的上限（maxFileSizeKb）。',
  },
  skippedBinary: {
    en: 'Skipped: the file looks binary (it contains NUL bytes).',
    'zh-cn': '已跳过：文件含有 NUL 字节，看起来是二进制文件。',
  },
  timeBudgetExceeded: {
    en: 'Checking stopped after {elapsedMs} ms (time budget {budgetMs} ms per file): findings for this file may be incomplete.',
    'zh-cn': '检查在 {elapsedMs} 毫秒后停止（每个文件的时间预算为 {budgetMs} 毫秒）：此文件的结果可能不完整。',
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
