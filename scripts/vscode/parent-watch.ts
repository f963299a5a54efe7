/**
 * `npm start` must not leave a VS Code server running when whoever started it goes away: a closed
 * terminal (SIGHUP), Ctrl+C (SIGINT), `kill` (SIGTERM), or a parent killed outright (SIGKILL, which
 * sends the child nothing: the only sign is that the process is re-parented, so `ppid` changes).
 */
export interface ParentWatchHost {
  readonly ppid: () => number;
  onSignal(signal: NodeJS.Signals, listener: () => void): void;
  every(ms: number, tick: () => void): unknown;
}

export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Calls `stop` once: on a stop signal, or when the parent process is gone (checked every `intervalMs`). */
export function stopWithParent(host: ParentWatchHost, stop: (why: string) => void, intervalMs = 1000): void {
  const parent = host.ppid();
  let stopped = false;
  const once = (why: string) => {
    if (stopped) return;
    stopped = true;
    stop(why);
  };
  for (const signal of STOP_SIGNALS) host.onSignal(signal, () => once(signal));
  host.every(intervalMs, () => {
    if (host.ppid() !== parent) once('parent exited');
  });
}
