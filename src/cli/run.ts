import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  check,
  gatherModuleSources,
  initCore,
  RULES,
  formatReport,
  counted,
  withSkippedFiles,
  type CheckOptions,
  type CheckResult,
  type SourceFile,
  type Lang,
} from '../core';
import { terraformWasmPath } from './grammar-path';
import { DiskModuleHost } from './module-host';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { readConfig } from './config';
import { applyFixes } from './fix';
import { CLI_TEXT, formatLocalized } from './messages';
import { readFiles, type ReadFiles } from './read';
import { CheckPool } from './parallel/pool';
import { threadCount } from './parallel/threads';
import { toolVersion } from './version';
import { findFiles } from './walk';
import { identify, writeFixed, type FileIdentity, type FixedFile } from './write';

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
    const { config } = readConfig(options.config, io.cwd, options.paths);
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
      await initCore({ terraformWasmPath: terraformWasmPath() });
      // Module calls are followed wherever their folders are on disk, as Terraform does.
      const host = new DiskModuleHost(io.cwd);
      const modules = await gatherModuleSources(read.files, host);
      files = modules.files;
      const moduleOptions: CheckOptions = { ...checkOptions, moduleFolders: modules.moduleFolders };
      const absolute = new Map([...host.absolute, ...read.absolute]);
      // What each file is right after reading: --fix writes only a file that is still that one.
      const identities = options.fix ? identifyAll(absolute) : undefined;
      if (options.fix) {
        const fixed = applyFixes(files, moduleOptions, options.fixHints);
        const outcome = writeFixed(
          fixedFiles(fixed.changed, files, absolute, identities!, options.paths, io.cwd),
        );
        // On stderr, so `--fix --format json > out.json` still writes pure JSON.
        if (outcome.written.length > 0)
          io.stderr(
            counted(CLI_TEXT.fixed, outcome.written.length, lang).replace(
              '{files}',
              outcome.written.join(', '),
            ) + '\n',
          );
        for (const { path, reason } of outcome.skipped)
          io.stderr(formatLocalized(CLI_TEXT.notFixed, { path, reason })[lang] + '\n');
        if (outcome.skipped.length === 0) {
          files = fixed.files;
          checked = fixed.result;
        } else {
          // The report describes the files as they now are on disk: a file left unwritten keeps its findings.
          const unwritten = new Set(outcome.skipped.map((s) => s.path));
          const originals = files;
          files = fixed.files.map((f, i) => (unwritten.has(f.path) ? originals[i] : f));
          checked = check(files, moduleOptions);
        }
      } else {
        // A root and the modules it calls are one check; threads split work by folder.
        checked = pool && !modules.callsModules ? await pool.check(files) : check(files, moduleOptions);
      }
    } finally {
      await pool?.close();
    }

    const result: CheckResult = withSkippedFiles(checked, read.skipped);
    io.stdout(report(options, result, files, lang, today, options.region ?? config.region, io));
    return result.findings.some((f) => f.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `${formatLocalized(CLI_TEXT.usageError, { message: error.text })[lang]}\n${CLI_TEXT.seeHelp[lang]}\n`,
      );
    } else {
      // No stack trace for users; ICP_CHECK_DEBUG=1 shows it to whoever reports the bug.
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(formatLocalized(CLI_TEXT.internalError, { reason })[lang] + '\n');
      if (io.env.ICP_CHECK_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    }
    return EXIT_USAGE;
  }
}

function report(
  options: CliOptions,
  result: CheckResult,
  files: readonly SourceFile[],
  lang: Lang,
  today: string,
  assumedRegion: string | undefined,
  io: CliIo,
): string {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const input = {
    result,
    texts,
    rules: RULES,
    lang,
    tool: { name: 'icp-check', version: toolVersion() },
    today,
    assumedRegion,
  };
  const color = io.stdoutIsTTY && io.env.NO_COLOR === undefined;
  return formatReport(options.format, input, { color, srcRoot: pathToFileURL(io.cwd + '/').href });
}

function identifyAll(absolute: ReadonlyMap<string, string>): Map<string, FileIdentity | undefined> {
  return new Map([...absolute].map(([path, at]) => [path, identify(at)]));
}

/** The files `--fix` changed, with what the writer needs to write them safely; only files read from disk. */
function fixedFiles(
  changed: ReadonlyMap<string, string>,
  read: readonly SourceFile[],
  absolute: ReadonlyMap<string, string>,
  identities: ReadonlyMap<string, FileIdentity | undefined>,
  paths: readonly string[],
  cwd: string,
): FixedFile[] {
  const named = new Set(paths.map((p) => resolve(cwd, p)));
  const originals = new Map(read.map((f) => [f.path, f.text]));
  const out: FixedFile[] = [];
  for (const [path, text] of changed) {
    const at = absolute.get(path);
    const original = originals.get(path);
    if (at === undefined || original === undefined) continue;
    out.push({ path, absolute: at, original, text, named: named.has(at), identity: identities.get(path) });
  }
  return out;
}

/** Usage errors are reported in the language asked for, even when the arguments do not parse. */
function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.lastIndexOf('--lang');
  const value =
    i >= 0
      ? argv[i + 1]
      : argv
          .filter((a) => a.startsWith('--lang='))
          .pop()
          ?.slice('--lang='.length);
  return value === 'zh-cn' ? 'zh-cn' : 'en';
}

/** Today in the local time zone, as people read a calendar. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
