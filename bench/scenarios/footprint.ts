import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Figure } from '../report/model';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Heap after checking the 1 MB file, in a fresh process so nothing else the bench holds counts. */
export function heapAfterCheck(files: readonly string[]): Figure[] {
  const probe = join(__dirname, '..', `heap-probe${extname(__filename)}`);
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', probe, ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const r = JSON.parse(out) as {
      coldStartMs: number;
      heapBefore: number;
      heapAfter: number;
      externalAfter: number;
      arrayBuffersAfter: number;
      rssAfter: number;
      findings: number;
      instances: number;
    };
    return [
      {
        name: 'heap used after checking the 1 MB .tf file (result held)',
        value: `${mb(r.heapAfter)} (core loaded, nothing checked: ${mb(r.heapBefore)})`,
        notes: `external ${mb(r.externalAfter)} (tree-sitter's WebAssembly memory is here, not in the heap), RSS ${mb(r.rssAfter)}; ${r.instances} instances, ${r.findings} findings`,
      },
      {
        name: 'core cold start (require + initCore), the bulk of extension activation',
        value: `${r.coldStartMs.toFixed(0)} ms`,
        notes: "one sample in a fresh process; activation in VS Code adds the extension host's own work",
      },
    ];
  } catch (e) {
    return [
      {
        name: 'heap used after checking the 1 MB .tf file',
        value: 'not measured',
        notes: String((e as Error).message).split('\n')[0],
      },
    ];
  }
}

export function bundleSize(bundle: string): Figure {
  if (!existsSync(bundle))
    return {
      name: 'bundle size (dist/extension.js)',
      value: 'not built',
      notes: 'run `npm run bundle` first',
    };
  const bytes = statSync(bundle).size;
  const gz = gzipSync(readFileSync(bundle)).length;
  return {
    name: 'bundle size (dist/extension.js)',
    value: `${(bytes / 1024).toFixed(0)} KB (${(gz / 1024).toFixed(0)} KB gzipped)`,
    notes: 'the .wasm grammar and runtime ship beside it',
  };
}
