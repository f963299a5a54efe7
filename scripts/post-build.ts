/**
 * After `tsc`: makes the compiled CLI executable and, in a clone of this repository, links it as
 * `node_modules/.bin/icp-check`. npm links the `bin` of dependencies but never the project's own,
 * and the README promises that `npm ci` leaves `npx icp-check` ready.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'out', 'src', 'cli', 'main.js');
if (existsSync(cli)) {
  chmodSync(cli, 0o755);
  const binDir = join(root, 'node_modules', '.bin');
  // Only inside this project's own node_modules (a clone), never in a consumer's.
  if (existsSync(join(root, 'node_modules')) && existsSync(join(root, '.git'))) {
    mkdirSync(binDir, { recursive: true });
    const link = join(binDir, 'icp-check');
    if (existsSync(link) || isDanglingLink(link)) unlinkSync(link);
    symlinkSync(relative(binDir, cli), link);
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
