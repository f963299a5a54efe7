import { pathToFileURL } from 'node:url';
import { check, initCore, RULES, formatReport, counted, type CheckOptions, type CheckResult, type SourceFile, type Lang } from '../core';
import { terraformWasmPath } from './grammar-path';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { readConfig } from './config';
import { applyFixes } from './fix';
import { CLI_TEXT, formatLocalized } from './messages';
import { readFiles, type ReadFiles } from './read';
import { CheckPool } from './parallel/pool';
import { threadCount } from './parallel/threads';
import { toolVersion } from './version';
import { findFiles } from './walk';
import { writeFiles } from './write';

/** The outside world the CLI touches, passed in so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** arguments → configuration → files → core → formatter → exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = langFromArgv(argv);
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(CLI_TEXT.help[lang] + '\n');
      return EXIT_OK;
    }
    if (options.version) {
      io.stdout(toolVersion() + '\n');
      return EXIT_OK;
    }
    const { config } = readConfig(options.config, io.cwd);
    lang = options.lang ?? config.language;

    const found = findFiles(options.paths, io.cwd);
    const today = options.today ?? localToday();
    const checkOptions: CheckOptions = { config, today, region: options.region };
    // Worker threads start before the files are read, so their start-up overlaps the reading.
    const threads = threadCount(options, found.length);
    const pool = threads > 1 ? CheckPool.start(threads - 1, checkOptions) : undefined;

    let files: readonly SourceFile[];
    let checked: CheckResult;
    let read: ReadFiles;
    try {
      read = readFiles(found, config.maxFileSizeKb);
      files = read.files;
      await initCore({ terraformWasmPath: terraformWasmPath() });
      if (options.fix) {
        const fixed = applyFixes(files, checkOptions);
        const written = writeFiles(fixed.changed, read.absolute);
        files = fixed.files;
        checked = fixed.result;
        // On stderr, so `--fix --format json > out.json` still writes pure JSON.
        if (written.length > 0) io.stderr(counted(CLI_TEXT.fixed, written.length, lang).replace('{files}', written.join(', ')) + '\n');
      } else {
        checked = pool ? await pool.check(files) : check(files, checkOptions);
      }
    } finally {
      await pool?.close();
    }

    const result: CheckResult = { ...checked, skipped: [...read.skipped, ...checked.skipped] };
    io.stdout(report(options, result, files, lang, today, options.region ?? config.region, io));
    return result.findings.some((f) => f.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${formatLocalized(CLI_TEXT.usageError, { message: error.text })[lang]}\n${CLI_TEXT.seeHelp[lang]}\n`);
    } else {
      // No stack trace for users; ICP_CHECK_DEBUG=1 shows it to whoever reports the bug.
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(formatLocalized(CLI_TEXT.internalError, { reason })[lang] + '\n');
      if (io.env.ICP_CHECK_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    }
    return EXIT_USAGE;
  }
}

function report(options: CliOptions, result: CheckResult, files: readonly SourceFile[], lang: Lang, today: string, assumedRegion: string | undefined, io: CliIo): string {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const input = { result, texts, rules: RULES, lang, tool: { name: 'icp-check', version: toolVersion() }, today, assumedRegion };
  const color = io.stdoutIsTTY && io.env.NO_COLOR === undefined;
  return formatReport(options.format, input, { color, srcRoot: pathToFileURL(io.cwd + '/').href });
}

/** Usage errors are reported in the language asked for, even when the arguments do not parse. */
function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.lastIndexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.filter((a) => a.startsWith('--lang=')).pop()?.slice('--lang='.length);
  return value === 'zh-cn' ? 'zh-cn' : 'en';
}

/** Today in the local time zone, as people read a calendar. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
