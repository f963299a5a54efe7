import { text } from '../../model/localized';

/** Every text the Terraform front end shows to people: syntax problems and origin labels. */
export const MESSAGES = {
  unexpected: text("Syntax error: unexpected {token}.", '语法错误：意外的 {token}。'),
  unexpectedEnd: text('Syntax error: unexpected end of input.', '语法错误：输入意外结束。'),
  missingBrace: text("Syntax error: missing '}' to close this block.", "语法错误：缺少与此 '{' 配对的 '}'。"),
  missingQuote: text('Syntax error: missing \'"\' to close this string.', '语法错误：缺少结束此字符串的 \'"\'。'),
  tooDeep: text('This file is nested too deeply to be read.', '此文件嵌套层级过深，无法读取。'),
  missingValue: text("Syntax error: missing a value after '='.", "语法错误：'=' 后缺少值。"),
  missing: text("Syntax error: missing '{token}'.", "语法错误：缺少 '{token}'。"),

  notAllowed: text(
    '{attribute} = {value} is not allowed on {type}; the allowed values are {allowed}.',
    '{type} 不允许 {attribute} = {value}；允许的值为 {allowed}。',
  ),

  variableDefault: text('default of variable "{name}"', '变量 "{name}" 的默认值'),
  variableDeclared: text('variable "{name}" (no default)', '变量 "{name}"（无默认值）'),
  tfvars: text('{file} sets variable "{name}"', '{file} 设置了变量 "{name}"'),
  local: text('local value "{name}"', '局部值 "{name}"'),
  providerRegion: text('region of provider {provider}', '提供方 {provider} 的地域'),
  launchTemplate: text('{attribute} in launch template {template}', '启动模板 {template} 中的 {attribute}'),
  vswitchZone: text('zone of vSwitch {vswitch}', '交换机 {vswitch} 的可用区'),
} as const;
