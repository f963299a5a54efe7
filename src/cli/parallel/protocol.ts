import type { CheckOptions, CheckResult, SourceFile } from '../../core';

/** What a checking thread is started with. */
export interface WorkerInput {
  readonly options: CheckOptions;
}

/** Main thread → worker: check these files (whole units, in input order). */
export interface ChunkRequest {
  readonly id: number;
  readonly files: readonly SourceFile[];
}

/** Worker → main thread. */
export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: CheckResult }
  | { readonly type: 'failed'; readonly id?: number; readonly message: string };
