import type { Localized } from '../../model/localized';

/** Every text this front end shows to people: origins' labels and ICP000 messages, in en + zh-cn. */
export const MESSAGES = {
  parameterDefault: { en: 'default of parameter {name}', 'zh-cn': '参数 {name} 的默认值' },
  parameterNoDefault: { en: 'parameter {name} (no default)', 'zh-cn': '参数 {name}（无默认值）' },
  icpRegionComment: { en: 'icp-region comment', 'zh-cn': 'icp-region 注释' },
  mappingEntry: { en: 'Mappings entry {path}', 'zh-cn': 'Mappings 条目 {path}' },
  cloneSource: { en: 'bandwidth of the source instance {name}', 'zh-cn': '源实例 {name} 的带宽' },

  syntaxError: { en: 'Cannot parse the file: {message}', 'zh-cn': '无法解析文件：{message}' },
  unclosedList: {
    en: 'Syntax error: missing "]" to close the list opened here.',
    'zh-cn': '语法错误：缺少闭合此处列表的 "]"。',
  },
  unclosedMapping: {
    en: 'Syntax error: missing "}" to close the mapping opened here.',
    'zh-cn': '语法错误：缺少闭合此处映射的 "}"。',
  },
  badIndent: {
    en: 'Syntax error: this line is not indented like the lines it belongs with.',
    'zh-cn': '语法错误：此行的缩进与其所属的各行不一致。',
  },
  tabIndent: {
    en: 'Syntax error: a tab indents this line; YAML is indented with spaces only.',
    'zh-cn': '语法错误：此行用制表符缩进；YAML 只能用空格缩进。',
  },
  keyOnOneLine: {
    en: 'Syntax error: a key must be on one line, followed by ":".',
    'zh-cn': '语法错误：键必须写在一行内，后接 ":"。',
  },
  unexpectedToken: { en: 'Syntax error: unexpected {token}.', 'zh-cn': '语法错误：意外的 {token}。' },
  unreadable: {
    en: 'The file could not be read ({message}); nothing in it is checked.',
    'zh-cn': '无法读取该文件（{message}），未检查其中的任何内容。',
  },
  aliasBomb: {
    en: 'The YAML aliases expand too much (a possible resource exhaustion attack); nothing in this file is checked.',
    'zh-cn': 'YAML 别名展开过多（可能是资源耗尽攻击），未检查该文件中的任何内容。',
  },
  duplicateKey: {
    en: 'Duplicate key {key}: only one of them takes effect.',
    'zh-cn': '重复的键 {key}：只有其中一个生效。',
  },
  notAMapping: {
    en: '{what} must be a mapping of names to entries.',
    'zh-cn': '{what} 必须是名称到条目的映射。',
  },

  specRequired: { en: '{field} is required.', 'zh-cn': '缺少必填字段 {field}。' },
  specRequiredOneOf: {
    en: '{field} is required; one of: {allowed}.',
    'zh-cn': '缺少必填字段 {field}，可选值：{allowed}。',
  },
  specOneOf: { en: '{field} must be one of: {allowed}.', 'zh-cn': '{field} 必须是以下之一：{allowed}。' },
  specConst: { en: '{field} must be {allowed}.', 'zh-cn': '{field} 必须是 {allowed}。' },
  specType: { en: '{field} must be {expected}.', 'zh-cn': '{field} 必须是{expected}。' },
  specUnknownKey: {
    en: 'Unknown key {key}; allowed keys: {allowed}.',
    'zh-cn': '未知的键 {key}；允许的键：{allowed}。',
  },
  specTooSmall: { en: '{field} must be at least {minimum}.', 'zh-cn': '{field} 不能小于 {minimum}。' },
  specPositive: { en: '{field} must be greater than 0.', 'zh-cn': '{field} 必须大于 0。' },
  specEmpty: { en: '{field} must not be empty.', 'zh-cn': '{field} 不能为空。' },
  specDate: {
    en: '{field} must be a date written YYYY-MM-DD, e.g. 2027-06-30.',
    'zh-cn': '{field} 必须是 YYYY-MM-DD 格式的日期，例如 2027-06-30。',
  },
  specNoSuchDay: {
    en: '{field} is {value}, an invalid date: that day does not exist in the calendar.',
    'zh-cn': '{field} 为 {value}，是无效日期：日历中没有这一天。',
  },
  specRegion: {
    en: '{field} must be a region ID such as cn-hangzhou.',
    'zh-cn': '{field} 必须是地域 ID，例如 cn-hangzhou。',
  },
  specInvalid: { en: '{field} is not valid: {message}', 'zh-cn': '{field} 无效：{message}' },
} satisfies Record<string, Localized>;
