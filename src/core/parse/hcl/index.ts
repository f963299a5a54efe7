import type { SourceFile } from '../../model/source-file';
import type { ParseOutput } from '../types';
import { parseHclFile, type HclFile } from './parse-file';
import { resolveModule } from './resolve';

export { initTerraformGrammar, type GrammarSource } from './grammar';
export { parseHclFile, reparseHclFile, type HclFile } from './parse-file';
export { resolveIncrementally, type CarriedInstance } from './incremental';
export { resolveModule, type Resolution } from './resolve';
export type { LocationShift } from './shift';

/**
 * The Terraform front end: the `.tf`, `terraform.tfvars` and `*.auto.tfvars` files of ONE folder
 * in, instances (with values resolved across the files), syntax problems and comments out.
 * `initTerraformGrammar()` must have completed.
 */
export function parseTerraformModule(files: readonly SourceFile[]): ParseOutput {
  const parsed = files.map((f) => parseHclFile(f));
  try {
    return resolveTerraformModule(parsed);
  } finally {
    // Nothing below keeps tree nodes; free the WASM memory now. (A cache would keep the trees instead.)
    for (const p of parsed) p.tree?.delete();
  }
}

/** Module resolution over files parsed (and possibly cached) one by one with `parseHclFile`. */
export function resolveTerraformModule(parsed: readonly HclFile[]): ParseOutput {
  return resolveModule(parsed).output;
}
