import { spawnSync } from 'node:child_process';

/**
 * What `terraform fmt` makes of a text, or undefined when no `terraform` binary is on PATH (CI
 * machines have none; there the exact expected texts are the assertion). The CLI configuration
 * warning it prints on stderr is ignored.
 */
export function terraformFmt(text: string): string | undefined {
  const run = spawnSync('terraform', ['fmt', '-no-color', '-'], {
    input: text,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.error) return undefined;
  if (run.status !== 0) throw new Error(`terraform fmt failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** True when a `terraform` binary can be run here. */
export function hasTerraform(): boolean {
  return !spawnSync('terraform', ['version'], { encoding: 'utf8', timeout: 30_000 }).error;
}
