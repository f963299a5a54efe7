import type { CheckOptions, CheckResult, InitOptions, SourceFile } from '../../core';

/** Extension host → worker. `init` comes first, once: how to load the parser. */
export type CheckWorkerRequest =
  | { readonly type: 'init'; readonly init: InitOptions }
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
