/**
 * `npm start`: a real VS Code (code-server, offline) on 127.0.0.1 with this extension installed and
 * `examples/` open. Prints the address and runs until Ctrl+C. Env: PORT (default 8765), ICP_FOLDER.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, startCodeServer } from './code-server';

async function main(): Promise<void> {
  const folder = resolve(process.env.ICP_FOLDER ?? join(PROJECT_ROOT, 'examples'));
  if (!existsSync(folder)) throw new Error(`${folder} does not exist`);
  const server = await startCodeServer({
    installFrom: PROJECT_ROOT,
    port: Number(process.env.PORT ?? 8765),
    scratch: join(PROJECT_ROOT, '.cache', 'vscode-runs'),
  });
  const url = server.urlFor(folder);
  console.log(`\nVS Code ${'(code-server 4.100.3)'} with icp-check is running:\n\n  ${url}\n\nOpen it in a browser. Ctrl+C stops it. Logs: ${server.log}\n`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // Keep the process alive while code-server runs.
  setInterval(() => undefined, 1 << 30);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
