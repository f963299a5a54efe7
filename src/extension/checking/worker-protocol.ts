import type { CheckOptions, CheckResult, SourceFile } from '../../core';

/** What the editor's checking worker is started with. */
export interface CheckWorkerData {
  readonly terraformWasmPath: string;
}

/** Extension host → worker. */
export type CheckWorkerRequest =
  | {
      readonly type: 'check';
      readonly id: number;
      readonly files: readonly SourceFile[];
      readonly options: CheckOptions;
    }
  | { readonly type: 'forget'; readonly path: string };

/** Worker → extension host. */
export type CheckWorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: CheckResult }
  | { readonly type: 'failed'; readonly id?: number; readonly message: string };
