import { z } from '../zod';

/** `off` or a severity, per rule (by ID or name). */
export const RuleSetting = z.enum(['off', 'error', 'warning', 'info', 'hint']);

/**
 * `.icpcheck.yaml`. Strict: an unknown key is an error, not a silently ignored typo, so the
 * editor and the CLI can never disagree about what a file means.
 */
export const ConfigSchema = z
  .object({
    rules: z.record(z.string(), RuleSetting).default({}).describe('Per-rule severity or off, keyed by rule ID (ICP002) or name (pay-as-you-go).'),
    region: z.string().regex(/^[a-z]{2,4}(-[a-z0-9]+)+$/, 'a region ID such as cn-hangzhou').optional().describe('Region to assume where none can be determined.'),
    preferredRegions: z.array(z.string()).default([]).describe('Mainland regions offered first by region fixes.'),
    allowSuppressions: z.boolean().default(true).describe('Whether icp-ignore comments are honoured.'),
    maxFileSizeKb: z.number().int().positive().default(5120).describe('Files larger than this are skipped with a notice.'),
    language: z.enum(['en', 'zh-cn']).default('en').describe('Language of messages in CLI output.'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});
