import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, LineIndex, DEFAULT_CONFIG, format, type ConfigProblem, type Config, type Localized } from '../core';
import { CLI_TEXT, formatLocalized } from './messages';
import { UsageError } from './args';

export const DEFAULT_CONFIG_FILE = '.icpcheck.yaml';

/**
 * The configuration: `--config <file>` (which must exist), else `.icpcheck.yaml` in the working
 * folder when there is one, else the defaults. An invalid file is a usage error (exit 2): checking
 * with settings the user did not mean would give an answer they cannot trust.
 */
export function readConfig(explicit: string | undefined, cwd: string): { config: Config; path?: string } {
  const path = explicit ?? DEFAULT_CONFIG_FILE;
  const absolute = resolve(cwd, path);
  if (explicit === undefined && !existsSync(absolute)) return { config: DEFAULT_CONFIG };
  let content: string;
  try {
    content = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(format(CLI_TEXT.configMissing, { path }));
    throw new UsageError(format(CLI_TEXT.pathUnreadable, { path, reason: String(code ?? error) }));
  }
  const loaded = loadConfig(content, path);
  if ('error' in loaded) throw new UsageError(describeProblems(loaded.problems.length > 0 ? loaded.problems : [loaded.error], content));
  return { config: loaded.config, path };
}

/** Every problem on its own line, `file:line:column: message`, so an editor can jump to it. */
function describeProblems(problems: readonly ConfigProblem[], content: string): Localized {
  const index = new LineIndex(content);
  const lines = problems.map((p) => {
    const at = index.positionAt(p.at.start);
    return formatLocalized(CLI_TEXT.configInvalid, { path: `${p.at.file}:${at.line + 1}:${at.character + 1}`, reason: p.message });
  });
  return { en: lines.map((l) => l.en).join('\n'), 'zh-cn': lines.map((l) => l['zh-cn']).join('\n') };
}
