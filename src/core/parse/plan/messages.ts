import { text } from '../../model/localized';

/** What the plan front end tells people: why a plan cannot be read, and where a value came from. */
export const MESSAGES = {
  truncated: text(
    'This Terraform plan is cut short or is not valid JSON ({problem} here), so its instances are not checked. Write it again with `terraform show -json tfplan > plan.json`.',
    '此 Terraform 计划文件不完整或不是有效的 JSON（此处{problemZh}），因此未检查其中的实例。请用 `terraform show -json tfplan > plan.json` 重新生成。',
  ),
  unknownFormat: text(
    'This Terraform plan has format_version "{version}"; icp-check reads format 1.x (`terraform show -json`), so its instances are not checked.',
    '此 Terraform 计划文件的 format_version 为 "{version}"；icp-check 只能读取 1.x 格式（`terraform show -json`），因此未检查其中的实例。',
  ),
  knownAfterApply: '(known after apply)',
  planned: text('{attribute} planned for {address}', '计划中 {address} 的 {attribute}'),
  providerRegion: text('region of provider {provider} in the plan', '计划中提供方 {provider} 的地域'),
  variable: text('value of variable "{name}" in the plan', '计划中变量 "{name}" 的值'),
} as const;
