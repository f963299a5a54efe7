import type { Localized } from '../model/localized';

/** Texts of configuration errors. `{field}` is a dotted path such as `rules.ICP002`. */
export const CONFIG_MESSAGES = {
  notYaml: {
    en: 'The configuration is not valid YAML: {detail}',
    'zh-cn': '配置文件不是有效的 YAML：{detail}',
  },
  notMapping: {
    en: 'The configuration must be a mapping of settings ({allowed}).',
    'zh-cn': '配置文件必须是设置项的映射（{allowed}）。',
  },
  unknownSetting: {
    en: '`{field}` is not a setting; allowed: {allowed}.',
    'zh-cn': '`{field}` 不是有效的设置项；允许的设置项：{allowed}。',
  },
  oneOf: {
    en: '`{field}` is {found}; it must be one of: {allowed}.',
    'zh-cn': '`{field}` 的值为 {found}；必须是以下之一：{allowed}。',
  },
  wrongType: {
    en: '`{field}` is {found}; it must be {expectedEn}.',
    'zh-cn': '`{field}` 的值为 {found}；必须是{expectedZh}。',
  },
  notRegionId: {
    en: '`{field}` is {found}; it must be a region ID such as cn-hangzhou.',
    'zh-cn': '`{field}` 的值为 {found}；必须是地域 ID，例如 cn-hangzhou。',
  },
  notPositiveInteger: {
    en: '`{field}` is {found}; it must be a whole number above 0.',
    'zh-cn': '`{field}` 的值为 {found}；必须是大于 0 的整数。',
  },
  notMainland: {
    en: '`{field}` is {found}, which is not a mainland China region; region fixes offer only mainland regions, such as {examples}.',
    'zh-cn': '`{field}` 的值为 {found}，不是中国内地地域；地域修复只提供中国内地地域，例如 {examples}。',
  },
  unknownRule: {
    en: '`{field}`: no rule has the ID or name {found}; known rules: {allowed}.',
    'zh-cn': '`{field}`：没有 ID 或名称为 {found} 的规则；已知规则：{allowed}。',
  },
  other: {
    en: '`{field}`: {detail}',
    'zh-cn': '`{field}`：{detail}',
  },
} as const satisfies Record<string, Localized>;
