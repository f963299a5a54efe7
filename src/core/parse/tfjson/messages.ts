import { text } from '../../model/localized';

/** What the Terraform JSON front end tells people about a file it cannot read as Terraform. */
export const MESSAGES = {
  syntax: text('Syntax error: {problem}.', '语法错误：{problem}。'),
  notAnObject: text('A Terraform JSON file must hold one object.', 'Terraform JSON 文件必须是一个对象。'),
  tooDeep: text('This file is nested too deeply to be read.', '此文件嵌套层级过深，无法读取。'),
  blockNotObject: text('"{key}" must be an object.', '"{key}" 必须是一个对象。'),
} as const;

/** jsonc-parser's error codes, in words (en, zh-CN). */
export const SYNTAX_PROBLEMS: Readonly<Record<string, readonly [string, string]>> = {
  InvalidSymbol: ['unexpected character', '意外的字符'],
  InvalidNumberFormat: ['invalid number', '无效的数字'],
  PropertyNameExpected: ['a property name in double quotes is expected', '此处应为带双引号的属性名'],
  ValueExpected: ['a value is expected', '此处应为一个值'],
  ColonExpected: ["':' is expected", "此处应为 ':'"],
  CommaExpected: ["',' is expected", "此处应为 ','"],
  CloseBraceExpected: ["'}' is expected", "此处应为 '}'"],
  CloseBracketExpected: ["']' is expected", "此处应为 ']'"],
  EndOfFileExpected: ['nothing may follow the top-level value', '顶层值之后不能再有内容'],
  InvalidCommentToken: ['comments are not allowed in JSON', 'JSON 中不允许注释'],
  UnexpectedEndOfComment: ['unterminated comment', '注释未结束'],
  UnexpectedEndOfString: ['unterminated string', '字符串未结束'],
  UnexpectedEndOfNumber: ['unterminated number', '数字未结束'],
  InvalidUnicode: ['invalid unicode escape', '无效的 Unicode 转义'],
  InvalidEscapeCharacter: ['invalid escape character', '无效的转义字符'],
  InvalidCharacter: ['invalid character in a string', '字符串中有无效字符'],
};
