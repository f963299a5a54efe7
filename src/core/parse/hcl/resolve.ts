import type { Instance } from '../../model/instance';
import type { Location } from '../../model/location';
import type { Value } from '../../model/value';
import { format } from '../../model/localized';
import { MESSAGES } from './messages';
import type { ParseOutput, ParseProblem } from '../types';
import { evaluate, locationIn } from './evaluate';
import { isObject, isTuple } from './hcl-value';
import { INSTANCE_TYPES, instanceOf } from './instance';
import { buildModule, isConfigurationFile, type Located, type TerraformModule } from './module';
import type { HclFile } from './parse-file';
import { attributeOf, type HclBlock } from './syntax';

/** A resolved module, with what an incremental resolution of its next version needs. */
export interface Resolution {
  readonly files: readonly HclFile[];
  readonly module: TerraformModule;
  readonly output: ParseOutput;
  /** Each instance by the block it was read from. */
  readonly instanceByBlock: ReadonlyMap<HclBlock, Instance>;
}

export function resolveModule(parsed: readonly HclFile[]): Resolution {
  const module = buildModule(parsed);
  return assemble(parsed, module, (block) => readInstance(block, module));
}

/** The instance a block creates, read afresh; undefined when `count` or `for_each` creates none. */
export function readInstance(block: Located<HclBlock>, module: TerraformModule): Instance | undefined {
  return createsNothing(block, module) ? undefined : instanceOf(block, module);
}

/** A set, not a list: a label of a block carried over edits keeps its hash, and thousands are asked per keystroke. */
const INSTANCE_TYPE_SET: ReadonlySet<string> = new Set(INSTANCE_TYPES);

/** The instance blocks of a module in order, each read by `read` (undefined: it creates none), with the module's problems and comments. */
export function assemble(
  parsed: readonly HclFile[],
  module: TerraformModule,
  read: (block: Located<HclBlock>) => Instance | undefined,
): Resolution {
  const instances: Instance[] = [];
  const instanceByBlock = new Map<HclBlock, Instance>();
  const configuration = new Map(parsed.map((f) => [f, isConfigurationFile(f.path)]));
  for (const block of module.resources.values()) {
    if (!(configuration.get(block.file) ?? isConfigurationFile(block.file.path))) continue;
    if (!INSTANCE_TYPE_SET.has(block.node.labels[0]?.value ?? '')) continue;
    const instance = read(block);
    if (!instance) continue;
    instances.push(instance);
    instanceByBlock.set(block.node, instance);
  }
  const problems: ParseProblem[] = [];
  for (const f of parsed)
    for (const p of f.problems)
      problems.push({
        at: locationIn(f, p.span),
        message: p.message,
        damage: locationIn(f, p.damage),
        ...(p.moduleWide ? { damagesModule: true as const } : {}),
      });
  for (const { kind, name, again, first } of module.duplicates) {
    const message = format(kind === 'resource' ? MESSAGES.duplicateResource : MESSAGES.duplicateVariable, {
      name,
      file: first.file.path,
    });
    problems.push({ at: locationIn(again.file, again.node.header), message });
  }
  for (const instance of instances) valueProblems(instance, problems);
  const comments = new Map<string, readonly Location[]>(
    parsed.map((f) => [f.path, f.comments.map((c) => locationIn(f, c))]),
  );
  return {
    files: parsed,
    module,
    output: { instances, problems, comments, terraform: { files: parsed } },
    instanceByBlock,
  };
}

/** Values the platform rejects (`period_unit = "Year"`), each an ICP000 at the value. */
function valueProblems(instance: Instance, problems: ParseProblem[]): void {
  const add = (v: Value<unknown> | undefined) => {
    if (v?.kind === 'unknown' && v.notAllowed)
      problems.push({ at: v.at, message: v.notAllowed, valueOnly: true as const });
  };
  add(instance.chargeType);
  add(instance.spotStrategy);
  add(instance.period);
  add(instance.periodUnit);
  add(instance.renewalStatus);
  add(instance.status);
}

/**
 * `count = 0` (or an expression that resolves to 0) and `for_each` over an empty collection create
 * no instance. An unknown count or for_each is checked as if the instance is created.
 */
function createsNothing(block: Located<HclBlock>, module: TerraformModule): boolean {
  const count = attributeOf(block.node.body, 'count');
  if (count) {
    const n = evaluate(count.expr, block.file, module);
    return n.kind === 'known' && (n.value === 0 || n.value === '0');
  }
  const forEach = attributeOf(block.node.body, 'for_each');
  if (!forEach) return false;
  const each = evaluate(forEach.expr, block.file, module);
  if (each.kind !== 'known') return false;
  return (
    (isTuple(each.value) && each.value.items.length === 0) ||
    (isObject(each.value) && each.value.entries.size === 0)
  );
}
