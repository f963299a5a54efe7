import { text } from '../../model/localized';

/** Every text the Terraform front end shows to people: syntax problems and origin labels. */
export const MESSAGES = {
  unexpected: text('Syntax error: unexpected {token}.', '语法错误：意外的 {token}。'),
  unexpectedEnd: text('Syntax error: unexpected end of input.', '语法错误：输入意外结束。'),
  missingBraceOf: text('Syntax error: missing "}" to close {block}.', '语法错误：缺少闭合 {block} 的 "}"。'),
  missingBrace: text("Syntax error: missing '}' to close this block.", "语法错误：缺少与此 '{' 配对的 '}'。"),
  missingQuote: text(
    "Syntax error: missing '\"' to close this string.",
    "语法错误：缺少结束此字符串的 '\"'。",
  ),
  tooDeep: text('This file is nested too deeply to be read.', '此文件嵌套层级过深，无法读取。'),
  missingValue: text("Syntax error: missing a value after '='.", "语法错误：'=' 后缺少值。"),
  duplicateResource: text(
    '{name} is already defined in {file}; Terraform rejects a module that defines a resource twice.',
    '{name} 已在 {file} 中定义；Terraform 不接受重复定义同一资源的模块。',
  ),
  duplicateVariable: text(
    '{name} is already declared in {file}; Terraform rejects a module that declares a variable twice.',
    '{name} 已在 {file} 中声明；Terraform 不接受重复声明同一变量的模块。',
  ),
  missing: text("Syntax error: missing '{token}'.", "语法错误：缺少 '{token}'。"),

  notAllowed: text(
    '{attribute} = {value} is not allowed on {type}; the allowed values are {allowed}.',
    '{type} 不允许 {attribute} = {value}；允许的值为 {allowed}。',
  ),

  variableDefault: text('default of variable "{name}"', '变量 "{name}" 的默认值'),
  typeDefault: text(
    'default of attribute "{name}" in the type of variable "{variable}"',
    '变量 "{variable}" 类型中属性 "{name}" 的默认值',
  ),
  variableDeclared: text('variable "{name}" (no default)', '变量 "{name}"（无默认值）'),
  tfvars: text('{file} sets variable "{name}"', '{file} 设置了变量 "{name}"'),
  local: text('local value "{name}"', '局部值 "{name}"'),
  providerRegion: text('region of provider {provider}', '提供方 {provider} 的地域'),
  launchTemplate: text('{attribute} in launch template {template}', '启动模板 {template} 中的 {attribute}'),
  vswitchZone: text('zone of vSwitch {vswitch}', '交换机 {vswitch} 的可用区'),

  moduleArgument: text('argument "{name}" of {call}', '{call} 的参数 "{name}"'),
  moduleCall: text('{call}, which creates {instance}', '{call}，创建了 {instance}'),
  moduleAttribute: text('`{attribute}` of {resource} in {module}', '{module} 中 {resource} 的 `{attribute}`'),
  moduleResource: text(
    '{resource} in {module}, which leaves `{attribute}` out',
    '{module} 中的 {resource}，未设置 `{attribute}`',
  ),
  moduleSourceMissing: text(
    'Module source "{source}" names {folder}, which does not exist.',
    '模块来源 "{source}" 指向的 {folder} 不存在。',
  ),
  moduleSourceFile: text(
    'Module source "{source}" names {folder}, which is a file; a module source must be a folder.',
    '模块来源 "{source}" 指向的 {folder} 是一个文件；模块来源必须是文件夹。',
  ),
  moduleSourceEmpty: text(
    'Module source "{source}" names {folder}, which holds no Terraform (.tf) files.',
    '模块来源 "{source}" 指向的 {folder} 中没有 Terraform（.tf）文件。',
  ),
  moduleCycle: text(
    'Module call cycle: {chain}. Terraform rejects a module that calls itself; the call is not followed again.',
    '模块调用形成循环：{chain}。Terraform 不允许模块调用自身；此调用不再继续展开。',
  ),
  compositionTooCostly: text(
    'Evaluating the module calls took more than {steps} steps; the instances read from here on are not checked and count as unknown.',
    '求值模块调用超过 {steps} 步；从此处起读取的实例未被检查，结果记为未知。',
  ),
  tooManyRepetitions: text(
    '{argument} makes {copies} copies here, more than the {max} icp-check checks; they are not checked and count as unknown.',
    '{argument} 在此处生成 {copies} 个副本，超过 icp-check 检查的上限 {max} 个；这些副本未被检查，结果记为未知。',
  ),
  moduleTooDeep: text(
    'Module calls nest more than {depth} levels deep here; the call is not followed.',
    '此处模块调用嵌套超过 {depth} 层；不再展开此调用。',
  ),
  modulesJsonInvalid: text(
    '.terraform/modules/modules.json is not valid JSON ({error}); downloaded modules cannot be followed. Run `terraform init` again.',
    '.terraform/modules/modules.json 不是有效的 JSON（{error}）；无法跟踪已下载的模块。请重新运行 `terraform init`。',
  ),
  modulesJsonShape: text(
    '.terraform/modules/modules.json does not have the shape `terraform init` writes ({"Modules": [{"Key", "Source", "Dir"}]}); this part is ignored.',
    '.terraform/modules/modules.json 的结构与 `terraform init` 写入的不同（{"Modules": [{"Key", "Source", "Dir"}]}）；此部分已忽略。',
  ),
} as const;
