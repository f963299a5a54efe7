/** Makes the compiled CLI executable so `npx icp-check` works straight after `npm ci`. */
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const cli = join(__dirname, '..', 'src', 'cli', 'main.js');
if (existsSync(cli)) chmodSync(cli, 0o755);
