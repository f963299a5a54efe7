import { text, type Localized } from '../core';

/** Fills `{name}` placeholders where a value itself is localized (a reason from the engine, say). */
export function formatLocalized(
  template: Localized,
  data: Readonly<Record<string, string | number | Localized>>,
): Localized {
  const fill = (lang: 'en' | 'zh-cn') =>
    template[lang].replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = data[k];
      return v === undefined ? m : typeof v === 'object' ? v[lang] : String(v);
    });
  return { en: fill('en'), 'zh-cn': fill('zh-cn') };
}

/** Everything the command line itself says (reports have their own texts in core/report). */
export const CLI_TEXT = {
  usageError: text('icp-check: {message}', 'icp-check：{message}'),
  seeHelp: text("Run 'icp-check --help' for the options.", "运行 'icp-check --help' 查看选项。"),
  unknownOption: text('unknown option {option}', '未知选项 {option}'),
  missingValue: text('option {option} needs a value', '选项 {option} 需要一个值'),
  noValue: text('option {option} takes no value', '选项 {option} 不接受值'),
  badFormat: text(
    "unknown format '{value}' (allowed: stylish, json, sarif, markdown, junit, gitlab)",
    "未知格式 '{value}'（可选：stylish、json、sarif、markdown、junit、gitlab）",
  ),
  badLang: text("unknown language '{value}' (allowed: en, zh-cn)", "未知语言 '{value}'（可选：en、zh-cn）"),
  badToday: text(
    "--today needs a real date written YYYY-MM-DD, not '{value}'",
    "--today 需要 YYYY-MM-DD 格式的有效日期，而不是 '{value}'",
  ),
  badRegion: text(
    "--region needs a region ID such as cn-hangzhou, not '{value}'",
    "--region 需要地域 ID（如 cn-hangzhou），而不是 '{value}'",
  ),
  badJobs: text(
    "--jobs needs a whole number of threads from 1 to 9999, not '{value}'",
    "--jobs 需要 1 到 9999 之间的整数线程数，而不是 '{value}'",
  ),
  pathMissing: text('cannot read {path}: no such file or folder', '无法读取 {path}：文件或文件夹不存在'),
  pathUnreadable: text('cannot read {path}: {reason}', '无法读取 {path}：{reason}'),
  notRegularFile: text(
    'cannot check {path}: it is not a regular file (a device, pipe or socket); save its content to a file first',
    '无法检查 {path}：它不是普通文件（而是设备、管道或套接字）；请先将其内容保存为文件',
  ),
  unrecognisedName: text(
    'cannot check {path}: its name is not one icp-check reads (*.tf, terraform.tfvars, *.auto.tfvars, *.yaml, *.yml, *.json); rename it',
    '无法检查 {path}：icp-check 不读取此类文件名（*.tf、terraform.tfvars、*.auto.tfvars、*.yaml、*.yml、*.json）；请重命名该文件',
  ),
  configMissing: text(
    'cannot read the configuration {path}: no such file',
    '无法读取配置文件 {path}：文件不存在',
  ),
  configInvalid: text('invalid configuration {path}: {reason}', '配置文件 {path} 无效：{reason}'),
  internalError: text('internal error: {reason}', '内部错误：{reason}'),
  fixed: text('Fixed {n} file: {files}|Fixed {n} files: {files}', '已修复 {n} 个文件：{files}'),
  notFixed: text('Not fixed: {path}: {reason}', '未修复：{path}：{reason}'),
  notWrittenChanged: text(
    'it changed on disk while the fix ran; run --fix again',
    '修复期间该文件在磁盘上被修改；请重新运行 --fix',
  ),
  notWrittenReplaced: text(
    'it was replaced while the fix ran; run --fix again',
    '修复期间该文件被替换；请重新运行 --fix',
  ),
  notWrittenSymlink: text(
    'it is a symbolic link that was not named on the command line; name it to fix it',
    '它是未在命令行中指定的符号链接；请直接指定它以修复',
  ),
  notWrittenEncoding: text(
    'it is not valid UTF-8, and writing it would replace the bytes that are not',
    '它不是有效的 UTF-8，写入会替换其中无效的字节',
  ),
  notWrittenError: text('cannot write it: {reason}', '无法写入：{reason}'),
  help: text(
    `Usage: icp-check [options] [paths...]

Checks whether the Alibaba Cloud instances in Terraform, ROS templates and
instance specs (*.icp.yaml) can be used for a China ICP filing.
Paths are files or folders (default: the current folder).

Options:
  --format <name>      stylish (default), json, sarif, markdown, junit or gitlab
  --region <id>        region to assume where none can be determined
  --today <YYYY-MM-DD> the date expiry is measured from (default: today)
  --config <file>      configuration file (default: .icpcheck.yaml here, if present)
  --fix                apply the preferred fixes in place, then report what remains
  --fix-hints          --fix, and also apply fixes of hint-level rules (turning
                       on auto-renewal costs money, so --fix alone never does)
  -j, --jobs <n>       threads that check files (default: 1, no worker threads;
                       worth trying on large workspaces with idle cores). The
                       output is the same for every n
  --lang <en|zh-cn>    language of the output (default: the configuration's, else en)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-level finding remains, 1 one does (a file that
could not be checked -- too large, not text, past its work budget -- is one),
2 usage error, unreadable path or invalid configuration.`,
    `用法：icp-check [选项] [路径...]

检查 Terraform、ROS 模板和实例清单（*.icp.yaml）中的阿里云实例
能否用于中国 ICP 备案。路径可以是文件或文件夹（默认：当前文件夹）。

选项：
  --format <名称>      stylish（默认）、json、sarif、markdown、junit 或 gitlab
  --region <地域ID>    无法确定地域时假定的地域
  --today <YYYY-MM-DD> 计算到期时间所用的日期（默认：今天）
  --config <文件>      配置文件（默认：当前文件夹中的 .icpcheck.yaml，如存在）
  --fix                就地应用首选修复，然后报告剩余问题
  --fix-hints          同 --fix，并且应用提示级规则的修复（开启自动续费会产生
                       费用，因此仅用 --fix 时不会应用）
  -j, --jobs <n>       检查文件所用的线程数（默认：1，不使用工作线程；
                       在大型工作区且有空闲 CPU 核心时可以尝试）。
                       任何 n 的输出都相同
  --lang <en|zh-cn>    输出语言（默认：配置文件中的语言，否则为 en）
  -h, --help           显示帮助
  -v, --version        显示版本

退出状态：0 没有错误级别的问题，1 存在错误级别的问题（无法检查的文件——
过大、不是文本、超出工作量预算——也算），
2 用法错误、路径无法读取或配置无效。`,
  ),
} as const satisfies Record<string, Localized>;
