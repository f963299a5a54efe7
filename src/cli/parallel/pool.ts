import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { check, type CheckOptions, type CheckResult, type SourceFile } from '../../core';
import { mergeResults } from './merge';
import type { ChunkRequest, WorkerInput, WorkerReply } from './protocol';
import { chunksOf, unitsOf } from './units';

/** Chunks handed to a worker ahead of its current one, so it never waits for the busy main thread. */
const PREFETCH = 2;
/** Chunks per thread: enough for threads that start late or finish early to share the tail. */
const CHUNKS_PER_THREAD = 8;

interface PoolWorker {
  readonly worker: Worker;
  ready: boolean;
  alive: boolean;
  readonly outstanding: Set<number>;
  /** What the running `check` does with this worker's messages and failure; none between checks. */
  onReply?: (reply: WorkerReply) => void;
  onFailure?: () => void;
}

/**
 * `--jobs n`: the main thread and n − 1 worker threads check chunks of whole units (a Terraform
 * folder, or one YAML/JSON file) taken in order from one queue, and the results are merged into
 * the order one check gives. Workers are started before the files are read, so their start-up
 * overlaps the reading; a worker that fails gives its chunks back to the queue.
 */
export class CheckPool {
  /** Chunks checked by the main thread and by workers, over this pool's life (for tests and tuning). */
  readonly checkedChunks = { main: 0, workers: 0 };

  private constructor(
    private readonly workers: PoolWorker[],
    private readonly options: CheckOptions,
  ) {}

  /** Undefined when there is no compiled worker script (running from sources through tsx). */
  static start(
    workerCount: number,
    options: CheckOptions,
    script = join(__dirname, 'check-worker.js'),
  ): CheckPool | undefined {
    if (workerCount < 1 || !existsSync(script)) return undefined;
    const workers: PoolWorker[] = [];
    for (let i = 0; i < workerCount; i++) {
      const workerData: WorkerInput = { options };
      // Not unref'd: while the main thread waits for a worker's last chunk, the worker is what keeps
      // the process alive. `close` (always called by run.ts) ends them.
      const worker = new Worker(script, { workerData });
      const w: PoolWorker = { worker, ready: false, alive: true, outstanding: new Set() };
      // Listening from the start: a worker may be ready before there is anything to check.
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') w.ready = true;
        // It could not load the core: it will never be ready, and the others do its share.
        if (reply.type === 'failed' && reply.id === undefined && !w.onFailure) w.alive = false;
        w.onReply?.(reply);
      });
      const failed = () => {
        if (w.onFailure) w.onFailure();
        else w.alive = false;
      };
      worker.on('error', failed);
      worker.on('exit', failed);
      workers.push(w);
    }
    return new CheckPool(workers, options);
  }

  check(files: readonly SourceFile[]): Promise<CheckResult> {
    const units = unitsOf(files);
    const chars = files.reduce((sum, f) => sum + f.text.length, 0);
    const chunks = chunksOf(
      units,
      Math.max(1, Math.ceil(chars / ((this.workers.length + 1) * CHUNKS_PER_THREAD))),
    );
    const results: (CheckResult | undefined)[] = new Array(chunks.length);
    const queue = chunks.map((_, i) => i);
    let remaining = chunks.length;
    let mainBusy = false;
    let settled = false;

    return new Promise<CheckResult>((resolve, reject) => {
      const finishIfDone = () => {
        if (remaining !== 0 || settled) return;
        settled = true;
        for (const w of this.workers) {
          w.onReply = undefined;
          w.onFailure = undefined;
        }
        resolve(mergeResults(results as CheckResult[]));
      };
      const store = (id: number, result: CheckResult) => {
        if (results[id]) return;
        results[id] = result;
        remaining--;
      };
      const feed = (w: PoolWorker) => {
        while (w.alive && w.ready && w.outstanding.size < PREFETCH && queue.length > 0) {
          const id = queue.shift()!;
          w.outstanding.add(id);
          const request: ChunkRequest = { id, files: chunks[id] };
          w.worker.postMessage(request);
        }
      };
      const retire = (w: PoolWorker) => {
        if (!w.alive) return;
        w.alive = false;
        // Its chunks go back to the front of the queue, for whoever is free (the main thread at least).
        queue.unshift(...[...w.outstanding].filter((id) => !results[id]).sort((a, b) => a - b));
        w.outstanding.clear();
        void w.worker.terminate();
        runMain();
      };
      /** The main thread's share: one chunk at a time, yielding between chunks so workers are fed. */
      const runMain = () => {
        if (mainBusy) return;
        mainBusy = true;
        const step = () => {
          try {
            const id = queue.shift();
            if (id === undefined) {
              mainBusy = false;
              finishIfDone();
              return;
            }
            store(id, check(chunks[id], this.options));
            this.checkedChunks.main++;
            finishIfDone();
            if (remaining === 0) return;
            setImmediate(step);
          } catch (error) {
            mainBusy = false;
            settled = true;
            reject(error);
          }
        };
        setImmediate(step);
      };

      for (const w of this.workers) {
        if (!w.alive) continue;
        w.onReply = (reply) => {
          if (reply.type === 'ready') {
            feed(w);
          } else if (reply.type === 'result') {
            w.outstanding.delete(reply.id);
            store(reply.id, reply.result);
            this.checkedChunks.workers++;
            finishIfDone();
            feed(w);
          } else {
            retire(w);
          }
        };
        w.onFailure = () => retire(w);
        feed(w);
      }
      runMain();
    });
  }

  /** Resolves once every live worker has loaded the core (or failed). */
  whenReady(): Promise<void> {
    return Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.ready || !w.alive) return resolve();
            const poll = setInterval(() => {
              if (w.ready || !w.alive) {
                clearInterval(poll);
                resolve();
              }
            }, 5);
          }),
      ),
    ).then(() => undefined);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((w) => {
        w.alive = false;
        return w.worker.terminate();
      }),
    );
  }
}
