/**
 * Starts a real VS Code (code-server, VS Code 1.100.3) offline on 127.0.0.1, and the headless
 * Debian chromium that is its client. Shared by `npm start`, the integration suite and the e2e suite.
 * Everything it writes (user data, extensions, XDG folders, logs) lives in one run folder, never in $HOME.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/** Runs the idempotent setup (fast when already installed) and returns the code-server binary. */
export function codeServerBinary(): string {
  if (process.env.CS_BIN) return process.env.CS_BIN;
  const out = execFileSync('bash', [join(PROJECT_ROOT, 'scripts/vscode/setup.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.toString().trim().split('\n').pop() as string;
}

export function freePort(preferred = 0): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) =>
      preferred && e.code === 'EADDRINUSE' ? freePort(0).then(res, rej) : rej(e),
    );
    s.listen(preferred, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => res(port));
    });
  });
}

export interface CodeServerOptions {
  /** Folder to create the run folder in (default: the OS temp folder). */
  readonly scratch?: string;
  readonly port?: number;
  /** Symlink this extension folder into the extensions folder (as an installed extension). */
  readonly installFrom?: string;
  /** Install this packaged .vsix first, as a user would (`--install-extension`). */
  readonly installVsix?: string;
  /** Extra user settings on top of the quiet defaults. */
  readonly settings?: Record<string, unknown>;
  /** Extra environment of code-server (and so of its extension host), given the run folder. */
  readonly env?: (runDir: string) => NodeJS.ProcessEnv;
}

export interface CodeServer {
  readonly port: number;
  readonly authority: string;
  readonly runDir: string;
  readonly log: string;
  /** True when the port asked for was taken and another free one is used. */
  readonly portFallback: boolean;
  /** `http://127.0.0.1:PORT/?folder=…` */
  urlFor(folder?: string, payload?: readonly [string, string][]): string;
  /** Ends code-server and its extension hosts, and removes the run folder (kept when ICP_KEEP_RUN=1). */
  stop(): Promise<void>;
}

/** Settings that keep a test run quiet and deterministic: no trust prompt, no welcome page, no network. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // examples/ and the test workspaces sit inside this repository: no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
};

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const bin = codeServerBinary();
  const scratch = options.scratch ?? tmpdir();
  mkdirSync(scratch, { recursive: true });
  const runDir = mkdtempSync(join(scratch, 'icp-vscode-'));
  const userData = join(runDir, 'user-data');
  const extensions = join(runDir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
  );
  if (options.installFrom) {
    const pkg = JSON.parse(readFileSync(join(options.installFrom, 'package.json'), 'utf8')) as {
      publisher: string;
      name: string;
      version: string;
    };
    symlinkSync(options.installFrom, join(extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`));
  }
  // VS Code puts its IPC sockets (vscode-ipc-*.sock, vscode-git-*.sock) in TMPDIR: a folder of this run,
  // short enough for a socket path (108 bytes), removed with it, so no run leaves anything in the temp folder.
  const socketDir = mkdtempSync(join(tmpdir(), 'icp-tmp-'));
  const xdg = {
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
    TMPDIR: socketDir,
  };
  if (options.installVsix) {
    execFileSync(
      bin,
      [
        '--user-data-dir',
        userData,
        '--extensions-dir',
        extensions,
        '--install-extension',
        options.installVsix,
      ],
      {
        env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...xdg },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
  }
  // EXTENSIONS_GALLERY='{}': no marketplace, so no network lookups; XDG_* keep ~/.config untouched.
  // PORT is `npm start`'s choice, already in --bind-addr; code-server would let it override the flag.
  const { PORT: _port, ...inherited } = process.env;
  const env = {
    EXTENSIONS_GALLERY: '{}',
    ...inherited,
    ...options.env?.(runDir),
    ...xdg,
  };
  const log = join(runDir, 'code-server.log');
  const logStream = createWriteStream(log);
  const launch = async (port: number): Promise<ChildProcess> => {
    const child: ChildProcess = spawn(
      bin,
      [
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--user-data-dir',
        userData,
        '--extensions-dir',
        extensions,
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    child.stdout?.pipe(logStream, { end: false });
    child.stderr?.pipe(logStream, { end: false });
    await new Promise<void>((res, rej) => {
      let seen = '';
      const timer = setTimeout(
        () => rej(new Error(`code-server did not start within 60 s:\n${seen}`)),
        60_000,
      );
      const onData = (d: Buffer) => {
        seen += d.toString();
        if (/HTTP server listening/.test(seen)) {
          clearTimeout(timer);
          res();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      // 'close', not 'exit': the error text may still be in the pipes when the process exits.
      child.once('close', (code) => {
        clearTimeout(timer);
        rej(
          Object.assign(new Error(`code-server exited early (${code}):\n${seen}`), {
            inUse: /EADDRINUSE/.test(seen),
          }),
        );
      });
    });
    return child;
  };
  const removeRunDir = () => {
    if (process.env.ICP_KEEP_RUN) return;
    rmSync(runDir, { recursive: true, force: true });
    rmSync(socketDir, { recursive: true, force: true });
  };
  let port = await freePort(options.port ?? 0);
  let child: ChildProcess;
  try {
    try {
      child = await launch(port);
    } catch (error) {
      // The port was free when asked, and taken a moment later: any free port will do.
      if (!(error as { inUse?: boolean }).inUse) throw error;
      port = await freePort(0);
      child = await launch(port);
    }
  } catch (error) {
    await new Promise<void>((res) => logStream.end(res));
    removeRunDir();
    throw error;
  }
  const portFallback = options.port !== undefined && options.port !== 0 && port !== options.port;
  const authority = `127.0.0.1:${port}`;
  return {
    port,
    portFallback,
    authority,
    runDir,
    log,
    urlFor(folder, payload) {
      const query: string[] = [];
      if (folder) query.push(`folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`);
      else query.push('ew=true');
      if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `http://${authority}/?${query.join('&')}`;
    },
    async stop() {
      // code-server runs in its own process group; ending the group also ends its extension hosts.
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise<void>((res) => {
        if (child.exitCode !== null || child.signalCode) return res();
        const timer = setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* gone */
          }
          res();
        }, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          res();
        });
      });
      await new Promise<void>((res) => logStream.end(res));
      removeRunDir();
    },
  };
}

/** Headless Debian chromium via playwright-core (which never downloads a browser of its own). */
export async function launchBrowser(
  runDir: string,
  viewport = { width: 1400, height: 900 },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(runDir, 'chrome-profile'), {
    executablePath: process.env.CHROME ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(runDir, 'xdg-chrome'),
      XDG_CACHE_HOME: join(runDir, 'xdg-chrome-cache'),
    },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** `vscode-remote://` URI of a server-side path: the only form the workbench accepts in a payload. */
export function remoteUri(server: CodeServer, absolutePath: string): string {
  return `vscode-remote://${server.authority}${absolutePath}`;
}
