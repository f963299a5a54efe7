import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/repo-root';

/** The repository root (kept as a function for the callers that pass a starting folder). */
export function repoRoot(_from?: string): string {
  return REPO_ROOT;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real binary in a child `node`: the compiled `out/src/cli/main.js` when these tests are
 * compiled, else `src/cli/main.ts` through tsx. NO_COLOR is unset and stdout is a pipe, so the
 * output has no colours, as in CI.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): CliRun {
  const root = repoRoot();
  const compiled = __filename.endsWith('.js');
  const nodeArgs = compiled
    ? [join(root, 'out', 'src', 'cli', 'main.js')]
    : // `--import tsx` hooks ES imports too: main.ts loads run.ts with a dynamic import().
      // Named by URL, since the child may run in a folder that has no node_modules.
      [
        '--import',
        pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
        join(root, 'src', 'cli', 'main.ts'),
      ];
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], {
    cwd: options.cwd ?? root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
