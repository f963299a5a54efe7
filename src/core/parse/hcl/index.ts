import type { SourceFile } from '../../engine/types';
import type { Instance } from '../../model/instance';
import type { Location } from '../../model/location';
import type { ParseOutput, ParseProblem } from '../types';
import { locationIn } from './evaluate';
import { INSTANCE_TYPES, instanceOf } from './instance';
import { buildModule, isConfigurationFile } from './module';
import { parseHclFile, type HclFile } from './parse-file';

export { initTerraformGrammar } from './grammar';
export { parseHclFile, reparseHclFile, changeBetween, type HclFile } from './parse-file';

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
  const module = buildModule(parsed);
  const instances: Instance[] = [];
  for (const block of module.resources.values()) {
    if (!isConfigurationFile(block.file.path)) continue;
    if (INSTANCE_TYPES.includes(block.node.labels[0]?.value ?? '')) instances.push(instanceOf(block, module));
  }
  const problems: ParseProblem[] = parsed.flatMap((f) => f.problems.map((p) => ({ at: locationIn(f, p.span), message: p.message })));
  const comments = new Map<string, readonly Location[]>(parsed.map((f) => [f.path, f.comments.map((c) => locationIn(f, c))]));
  return { instances, problems, comments };
}
