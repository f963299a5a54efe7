/**
 * `npm start`: a real VS Code (code-server, offline) on 127.0.0.1 with this extension installed and
 * `examples/` open. Prints the address and runs until Ctrl+C, or until its parent (npm, the terminal)
 * goes away; then code-server stops and its run folder is removed. Env: PORT (default 8765), ICP_FOLDER.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, startCodeServer } from './code-server';
import { stopWithParent } from './parent-watch';

async function main(): Promise<void> {
  const folder = resolve(process.env.ICP_FOLDER ?? join(PROJECT_ROOT, 'examples'));
  if (!existsSync(folder)) throw new Error(`${folder} does not exist`);
  const requested = Number(process.env.PORT ?? 8765);
  const server = await startCodeServer({
    installFrom: PROJECT_ROOT,
    port: requested,
    scratch: join(PROJECT_ROOT, '.cache', 'vscode-runs'),
  });
  if (server.portFallback)
    console.log(
      `\nPort ${requested} is in use, so VS Code listens on port ${server.port} instead (set PORT to choose one).`,
    );
  const url = server.urlFor(folder);
  console.log(
    `\nVS Code ${'(code-server 4.100.3)'} with icp-check is running:\n\n  ${url}\n\nOpen it in a browser. Ctrl+C stops it. Logs: ${server.log}\n`,
  );
  stopWithParent(
    {
      ppid: () => process.ppid,
      onSignal: (s, l) => process.on(s, l),
      every: (ms, tick) => setInterval(tick, ms),
    },
    (why) => {
      console.log(`\nStopping VS Code (${why}).`);
      void server.stop().then(() => process.exit(0));
    },
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
