import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ENGINE_MESSAGES, format, type CheckResult } from '../../core';
import { notCheckedResult, pastTimeBudget, type CheckRequest, type CheckRunner } from './check-runner';
import type { CheckWorkerData, CheckWorkerReply, CheckWorkerRequest } from './worker-protocol';

export interface WorkerRunnerOptions {
  /** The worker's script: dist/check-worker.js beside the extension's bundle. */
  readonly script: string;
  readonly terraformWasmPath: string;
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

/**
 * Checks in a worker thread, one check at a time in the order asked. A check that runs past its
 * time budget is not waited for: the worker is terminated (whatever it was doing, parser included),
 * the files are reported as not checked (ICP000, the engine's text), and the next check starts a
 * fresh worker. The clock starts when the worker has the request, not while it loads the core.
 * The worker's heap is capped, so a runaway check ends the worker, never the extension host.
 */
export class WorkerRunner implements CheckRunner {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  private readonly queue: Queued[] = [];
  private running = false;
  private nextId = 0;
  private disposed = false;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Workers started over this runner's life: one more after each termination (tests read it). */
  workersStarted = 0;

  constructor(private readonly options: WorkerRunnerOptions) {}

  /** Whether the worker's script is there (it is in the bundle; not when running from sources). */
  static available(script: string): boolean {
    return existsSync(script);
  }

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
    this.worker?.postMessage({ type: 'forget', path } satisfies CheckWorkerRequest);
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
      if (this.worker && !this.disposed) {
        this.idleTimer = setTimeout(() => this.releaseWorker(), IDLE_RELEASE_MS);
        // Waiting to free memory is no reason to keep a process alive.
        this.idleTimer.unref();
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
    let worker: Worker;
    try {
      worker = await this.startedWorker();
    } catch (error) {
      return notCheckedResult(request.files, stopped(error));
    }
    if (this.disposed) return undefined;
    const id = ++this.nextId;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: CheckResult | undefined) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.off('error', onError);
        resolve(result);
      };
      const onMessage = (reply: CheckWorkerReply) => {
        if (reply.type === 'result' && reply.id === id) finish(reply.result);
        else if (reply.type === 'failed' && reply.id === id)
          finish(notCheckedResult(request.files, stopped(reply.message)));
      };
      const onExit = (code: number) => {
        if (this.worker === worker) this.forgetWorker();
        finish(this.disposed ? undefined : notCheckedResult(request.files, stopped(`exit code ${code}`)));
      };
      const onError = (error: Error) => {
        this.stopWorker();
        finish(notCheckedResult(request.files, stopped(error)));
      };
      const timer = setTimeout(() => {
        finish(notCheckedResult(request.files, pastTimeBudget(request.timeBudgetMs)));
        this.stopWorker();
      }, request.timeBudgetMs);
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.on('error', onError);
      const message: CheckWorkerRequest = {
        type: 'check',
        id,
        files: request.files,
        options: request.options,
      };
      worker.postMessage(message);
    });
  }

  /** The live worker once it has loaded the core; a new one when there is none. */
  private startedWorker(): Promise<Worker> {
    if (this.ready) return this.ready;
    const workerData: CheckWorkerData = { terraformWasmPath: this.options.terraformWasmPath };
    const worker = new Worker(this.options.script, {
      workerData,
      // A runaway check runs out of heap inside the worker, which then exits; the host is untouched.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    this.workersStarted++;
    this.worker = worker;
    this.ready = new Promise<Worker>((resolve, reject) => {
      const onMessage = (reply: CheckWorkerReply) => {
        if (reply.type === 'ready') done(() => resolve(worker));
        else if (reply.type === 'failed' && reply.id === undefined)
          done(() => reject(new Error(reply.message)));
      };
      const onExit = (code: number) =>
        done(() => reject(new Error(`the checking worker exited (code ${code}) while loading`)));
      const onError = (error: Error) => done(() => reject(error));
      const done = (then: () => void) => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.off('error', onError);
        then();
      };
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.on('error', onError);
    });
    // A worker that could not load is not kept: the next check tries a fresh one.
    this.ready.catch(() => {
      if (this.worker === worker) this.stopWorker();
    });
    return this.ready;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.forgetWorker();
    if (worker) void worker.terminate();
  }

  private forgetWorker(): void {
    this.worker = undefined;
    this.ready = undefined;
  }
}

function stopped(error: unknown): ReturnType<typeof format> {
  return format(ENGINE_MESSAGES.checkerStopped, {
    error: error instanceof Error ? error.message : String(error),
  });
}
