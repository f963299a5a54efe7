import { parseArgs } from 'node:util';
import { format, REPORT_FORMATS, type Lang, type Localized, type ReportFormat } from '../core';
import { CLI_TEXT } from './messages';

/** What the user asked for, validated; no file system here. */
export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: ReportFormat;
  readonly region?: string;
  readonly today?: string;
  readonly config?: string;
  readonly fix: boolean;
  /** `--fix-hints`: `--fix` that also applies fixes of hint-level rules (they cost money, so only when asked). */
  readonly fixHints: boolean;
  /** `--jobs <n>`: threads that check; undefined = decided by the machine and the number of files. */
  readonly jobs?: number;
  /** Only when `--lang` is given; otherwise the configuration decides. */
  readonly lang?: Lang;
  readonly help: boolean;
  readonly version: boolean;
}

/** A mistake on the command line: exit status 2, the message on stderr. */
export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

const REGION_ID = /^[a-z]{2,4}(-[a-z0-9]+)+$/;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        region: { type: 'string' },
        today: { type: 'string' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean' },
        'fix-hints': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const v = parsed.values;

  const formatName = v.format ?? 'stylish';
  if (!(REPORT_FORMATS as readonly string[]).includes(formatName))
    throw new UsageError(format(CLI_TEXT.badFormat, { value: formatName }));
  if (v.lang !== undefined && v.lang !== 'en' && v.lang !== 'zh-cn')
    throw new UsageError(format(CLI_TEXT.badLang, { value: v.lang }));
  if (v.today !== undefined && !isIsoDate(v.today))
    throw new UsageError(format(CLI_TEXT.badToday, { value: v.today }));
  if (v.region !== undefined && !REGION_ID.test(v.region))
    throw new UsageError(format(CLI_TEXT.badRegion, { value: v.region }));
  if (v.jobs !== undefined && !/^[1-9]\d{0,3}$/.test(v.jobs))
    throw new UsageError(format(CLI_TEXT.badJobs, { value: v.jobs }));

  return {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    format: formatName as ReportFormat,
    region: v.region,
    today: v.today,
    config: v.config,
    fix: (v.fix ?? false) || (v['fix-hints'] ?? false),
    fixHints: v['fix-hints'] ?? false,
    ...(v.jobs !== undefined ? { jobs: Number(v.jobs) } : {}),
    lang: v.lang as Lang | undefined,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/** node:util's errors are English prose with a code; we say the same in both languages. */
function describeParseError(error: unknown): Localized {
  const e = error as { code?: string; message?: string };
  // The option as node:util quotes it: '--nope', '--format <value>' or '-f, --format <value>'.
  const quoted = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '?';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return format(CLI_TEXT.unknownOption, { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(e.message ?? ''))
    return format(CLI_TEXT.missingValue, { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return format(CLI_TEXT.noValue, { option });
  const message = e.message ?? String(error);
  return { en: message, 'zh-cn': message };
}
