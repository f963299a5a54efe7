import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  loadConfig,
  LineIndex,
  DEFAULT_CONFIG,
  format,
  CONFIG_FILE_NAME,
  configCandidates,
  type ConfigProblem,
  type Config,
  type Localized,
} from '../core';
import { CLI_TEXT, formatLocalized } from './messages';
import { UsageError } from './args';

export const DEFAULT_CONFIG_FILE = CONFIG_FILE_NAME;

/**
 * The configuration: `--config <file>` (which must exist), else the nearest `.icpcheck.yaml` at or
 * above the folder holding every checked path, up to the working folder (the lookup the editor
 * makes from a file up to its workspace folder), else the defaults. An invalid file is a usage
 * error (exit 2): checking with settings the user did not mean would give an answer they cannot trust.
 */
export function readConfig(
  explicit: string | undefined,
  cwd: string,
  paths: readonly string[] = ['.'],
): { config: Config; path?: string } {
  let path = explicit;
  if (path === undefined) {
    const nearest = configCandidates(toSlashes(commonFolder(paths, cwd)), toSlashes(cwd)).find((candidate) =>
      existsSync(fromSlashes(candidate)),
    );
    if (nearest === undefined) return { config: DEFAULT_CONFIG };
    path = relative(cwd, fromSlashes(nearest)) || CONFIG_FILE_NAME;
  }
  const absolute = resolve(cwd, path);
  let content: string;
  try {
    content = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(format(CLI_TEXT.configMissing, { path }));
    throw new UsageError(format(CLI_TEXT.pathUnreadable, { path, reason: String(code ?? error) }));
  }
  const loaded = loadConfig(content, path);
  if ('error' in loaded)
    throw new UsageError(
      describeProblems(loaded.problems.length > 0 ? loaded.problems : [loaded.error], content),
    );
  return { config: loaded.config, path };
}

/** Every problem on its own line, `file:line:column: message`, so an editor can jump to it. */
function describeProblems(problems: readonly ConfigProblem[], content: string): Localized {
  const index = new LineIndex(content);
  const lines = problems.map((p) => {
    const at = index.positionAt(p.at.start);
    return formatLocalized(CLI_TEXT.configInvalid, {
      path: `${p.at.file}:${at.line + 1}:${at.character + 1}`,
      reason: p.message,
    });
  });
  return { en: lines.map((l) => l.en).join('\n'), 'zh-cn': lines.map((l) => l['zh-cn']).join('\n') };
}

/** The deepest folder holding every named path (a file counts as its folder). */
function commonFolder(paths: readonly string[], cwd: string): string {
  const folders = paths.map((p) => {
    const absolute = resolve(cwd, p);
    try {
      return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
    } catch {
      return dirname(absolute);
    }
  });
  return folders.reduce((common, folder) => {
    let c = common;
    while (folder !== c && !folder.startsWith(c.endsWith(sep) ? c : c + sep)) c = dirname(c);
    return c;
  });
}

/** The lookup speaks `/`-paths (as editor URIs do); these convert a local path both ways. */
function toSlashes(path: string): string {
  return sep === '/' ? path : `/${path.split(sep).join('/')}`;
}

function fromSlashes(path: string): string {
  return sep === '/' ? path : path.slice(1).split('/').join(sep);
}
