import { ENGINE_MESSAGES, format, type CheckResult, type InitOptions, type Localized } from '../../core';
import type { PlatformWorker } from '../platform';
import { notCheckedResult, pastTimeBudget, type CheckRequest, type CheckRunner } from './check-runner';
import type { CheckWorkerReply, CheckWorkerRequest } from './worker-protocol';

export interface WorkerRunnerOptions {
  /** Starts a worker thread running dist/check-worker.js (the platform's `startWorker`). */
  readonly start: () => PlatformWorker;
  /** How the worker loads the parser (a path on the desktop). */
  readonly init: InitOptions;
}

/**
 * A worker holding a 1 MB module's trees adds some 150 MB to the extension host's process; typing
 * in that file checks it every few hundred milliseconds, so two idle minutes mean the user has
 * moved on, and the next large check pays only the worker's start (a few hundred milliseconds).
 */
export const IDLE_RELEASE_MS = 120_000;

interface Queued {
  readonly request: CheckRequest;
  readonly resolve: (result: CheckResult | undefined) => void;
}

/** One started worker and what the check in progress does with its messages and its end. */
interface LiveWorker {
  readonly thread: PlatformWorker;
  readonly ready: Promise<void>;
  onReply?: (reply: CheckWorkerReply) => void;
  onEnd?: (why: Localized) => void;
}

/**
 * Checks in a worker thread, one check at a time in the order asked. A check that runs past its
 * time budget is not waited for: the worker is terminated (whatever it was doing, parser included),
 * the files are reported as not checked (ICP000, the engine's text), and the next check starts a
 * fresh worker. The clock starts when the worker has the request, not while it loads the core. A
 * worker that fails or exits mid-check reports the files as not checked too, never as clean.
 */
export class WorkerRunner implements CheckRunner {
  private live: LiveWorker | undefined;
  private readonly queue: Queued[] = [];
  private running = false;
  private nextId = 0;
  private disposed = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Workers started over this runner's life: one more after each termination (tests read it). */
  workersStarted = 0;

  constructor(private readonly options: WorkerRunnerOptions) {}

  check(request: CheckRequest): Promise<CheckResult | undefined> {
    return new Promise((resolve) => {
      if (this.disposed) return resolve(undefined);
      clearTimeout(this.idleTimer);
      if (request.key !== undefined) {
        // Only the newest text's result is shown: an older check still waiting is not worth running.
        for (let i = this.queue.length - 1; i >= 0; i--) {
          if (this.queue[i].request.key === request.key) this.queue.splice(i, 1)[0].resolve(undefined);
        }
      }
      this.queue.push({ request, resolve });
      void this.pump();
    });
  }

  forget(path: string): void {
    this.live?.thread.postMessage({ type: 'forget', path } satisfies CheckWorkerRequest);
  }

  /** Ends the worker if nothing is asked of it (its trees and heap are freed); the next check starts a fresh one. */
  releaseWorker(): void {
    if (!this.running && this.queue.length === 0) this.stopWorker();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    for (const queued of this.queue.splice(0)) queued.resolve(undefined);
    this.stopWorker();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) {
      clearTimeout(this.idleTimer);
      if (this.live && !this.disposed) {
        this.idleTimer = setTimeout(() => this.releaseWorker(), IDLE_RELEASE_MS);
        // Waiting to free memory is no reason to keep a process alive (Node; a browser has no unref).
        (this.idleTimer as { unref?: () => void }).unref?.();
      }
      return;
    }
    this.running = true;
    try {
      next.resolve(await this.runOne(next.request));
    } finally {
      this.running = false;
      void this.pump();
    }
  }

  private async runOne(request: CheckRequest): Promise<CheckResult | undefined> {
    let live: LiveWorker;
    try {
      live = this.startedWorker();
      await live.ready;
    } catch (error) {
      return this.disposed ? undefined : notCheckedResult(request.files, stopped(error));
    }
    if (this.disposed) return undefined;
    // It ended between loading and now (it ran out of memory, or crashed): a fresh one next time.
    if (this.live !== live) return notCheckedResult(request.files, stopped('the checking worker ended'));
    const id = ++this.nextId;
    return new Promise((resolve) => {
      const finish = (result: CheckResult | undefined) => {
        clearTimeout(timer);
        live.onReply = undefined;
        live.onEnd = undefined;
        resolve(result);
      };
      live.onReply = (reply) => {
        if (reply.type === 'result' && reply.id === id) finish(reply.result);
        else if (reply.type === 'failed' && reply.id === id)
          finish(notCheckedResult(request.files, stopped(reply.message)));
      };
      live.onEnd = (why) => finish(this.disposed ? undefined : notCheckedResult(request.files, why));
      const timer = setTimeout(() => {
        finish(notCheckedResult(request.files, pastTimeBudget(request.timeBudgetMs)));
        this.stopWorker();
      }, request.timeBudgetMs);
      const message: CheckWorkerRequest = {
        type: 'check',
        id,
        files: request.files,
        options: request.options,
      };
      live.thread.postMessage(message);
    });
  }

  /** The live worker, or a new one asked to load the core; `ready` resolves once it has. */
  private startedWorker(): LiveWorker {
    if (this.live) return this.live;
    const thread = this.options.start();
    this.workersStarted++;
    let loaded!: () => void;
    let failed!: (error: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      loaded = resolve;
      failed = reject;
    });
    const live: LiveWorker = { thread, ready };
    // Listened to once for the worker's life; the check in progress, if any, hears through `live`.
    const ended = (why: Localized, error: Error) => {
      if (this.live === live) this.live = undefined;
      failed(error);
      live.onEnd?.(why);
    };
    thread.on('message', (message) => {
      const reply = message as CheckWorkerReply;
      if (reply.type === 'ready') loaded();
      else if (reply.type === 'failed' && reply.id === undefined) {
        // It could not load the core: this worker is of no use, the next check tries a fresh one.
        this.stopWorker(live);
        failed(new Error(reply.message));
      } else live.onReply?.(reply);
    });
    thread.on('error', (error) => {
      ended(stopped(error), error);
      void thread.terminate();
    });
    thread.on('exit', (code) =>
      ended(stopped(`exit code ${code}`), new Error(`the checking worker exited (code ${code})`)),
    );
    thread.postMessage({ type: 'init', init: this.options.init } satisfies CheckWorkerRequest);
    this.live = live;
    return live;
  }

  /** Terminates the worker (the live one, or `which` if it is still the live one). */
  private stopWorker(which: LiveWorker | undefined = this.live): void {
    if (!which || this.live !== which) return;
    this.live = undefined;
    which.onReply = undefined;
    which.onEnd = undefined;
    void which.thread.terminate();
  }
}

function stopped(error: unknown): Localized {
  return format(ENGINE_MESSAGES.checkerStopped, {
    error: error instanceof Error ? error.message : String(error),
  });
}
