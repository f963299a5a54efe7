import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The version in our package.json. The CLI runs from `out/src/cli` (built) or `src/cli` (tsx), so
 * it looks upward for the package.json named `icp-check` rather than guessing the depth.
 */
export function toolVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'icp-check' && pkg.version) return pkg.version;
      } catch {
        // not ours or unreadable: keep looking upward
      }
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}
