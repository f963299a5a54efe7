import { z } from '../zod';

/** `off` or a severity, per rule (by ID or name). */
export const RuleSetting = z.enum(['off', 'error', 'warning', 'info', 'hint']);

/**
 * The most any configuration (file or editor setting, trusted or not) may set `maxFileSizeKb` to:
 * the limit is what keeps one huge file from taking the checker's memory and time.
 */
export const MAX_FILE_SIZE_KB_CEILING = 20_480;

/**
 * `.icpcheck.yaml`. Strict: an unknown key is an error, not a silently ignored typo, so the
 * editor and the CLI can never disagree about what a file means.
 */
export const ConfigSchema = z
  .object({
    rules: z
      .record(z.string(), RuleSetting)
      .default({})
      .describe('Per-rule severity or off, keyed by rule ID (ICP002) or name (pay-as-you-go).'),
    region: z
      .string()
      .regex(/^[a-z]{2,4}(-[a-z0-9]+)+$/, 'a region ID such as cn-hangzhou')
      .optional()
      .describe('Region to assume where none can be determined.'),
    preferredRegions: z
      .array(z.string())
      .default([])
      .describe('Mainland regions offered first by region fixes.'),
    allowSuppressions: z.boolean().default(true).describe('Whether icp-ignore comments are honoured.'),
    maxFileSizeKb: z
      .number()
      .int()
      .positive()
      .max(MAX_FILE_SIZE_KB_CEILING)
      .default(5120)
      .describe(`Files larger than this are skipped with a notice (at most ${MAX_FILE_SIZE_KB_CEILING}).`),
    language: z.enum(['en', 'zh-cn']).default('en').describe('Language of messages in CLI output.'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});
