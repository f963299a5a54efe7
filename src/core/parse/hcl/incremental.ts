import type { Instance } from '../../model/instance';
import { indentUnitOf } from './edits';
import { assemble, readInstance, type Resolution } from './resolve';
import { INSTANCE_TYPES, rebindInstance, repointInstance } from './instance';
import { buildModule, isConfigurationFile } from './module';
import type { HclFile } from './parse-file';
import type { TopLevelItem } from './top-level-item';
import { carryAssociations } from './public-ip';
import { isMovedBy, shiftInstance, shiftLocation, type LocationShift } from './shift';
import { attributeOf, referencesIn, type HclBlock, type HclBody, type Traversal } from './syntax';

/** An instance carried over from the previous resolution: `from`, with its locations moved by `shift`. */
export interface CarriedInstance {
  readonly from: Instance;
  readonly shift?: LocationShift;
}

/** Top-level blocks whose content other instances read (see `buildModule`): a change to one re-resolves everything. */
const MODULE_BLOCKS = new Set(['resource', 'variable', 'locals', 'provider']);

/**
 * Resolves the next version of a module in which one `.tf` file was reparsed incrementally, when
 * everything that changed in it is instance resources (or blocks nothing reads): the instances of
 * unchanged blocks are carried over (the very same objects when nothing of them moved, else copies
 * with their locations moved past the edit; their setters write into the new module), only the
 * changed blocks' instances are read again. `carried` maps each copy to the instance it was made
 * from; `shift` says how the edit moved text, for the findings the caller carries. Undefined when
 * the change could affect other instances (a variable, local, provider, tfvars, launch template,
 * vSwitch, EIP association, the providers and values another instance's fixes look at, …) or the
 * text around it could change how an edit is written; then the caller resolves the whole module.
 * The result equals `resolveModule(parsed)`.
 */
export function resolveIncrementally(
  parsed: readonly HclFile[],
  previous: Resolution,
): { resolution: Resolution; carried: Map<Instance, CarriedInstance>; shift?: LocationShift } | undefined {
  if (parsed.length !== previous.files.length) return undefined;
  let changed = -1;
  for (let i = 0; i < parsed.length; i++) {
    if (parsed[i] === previous.files[i]) continue;
    if (changed >= 0 || parsed[i].path !== previous.files[i].path) return undefined;
    changed = i;
  }
  if (changed < 0) return undefined;
  const next = parsed[changed];
  const old = previous.files[changed];
  const reuse = next.reuse;
  if (!isConfigurationFile(next.path) || !reuse || !next.items || !old.items) return undefined;
  // Edits written into the file (new lines, indentation) depend on these; they must not have changed.
  if (next.eol !== old.eol || indentUnitOf(next) !== indentUnitOf(old)) return undefined;

  const { change } = reuse;
  let lastBefore: number | undefined;
  let firstAfter: number | undefined;
  // Carried items come in the previous version's order: the previous items passed over were dropped.
  let dropped = 0;
  const added: TopLevelItem[] = [];
  const removed: TopLevelItem[] = [];
  for (let i = 0; i < next.items.length; i++) {
    const item = next.items[i];
    const from = reuse.from[i];
    if (!from) {
      added.push(item);
      continue;
    }
    while (dropped < old.items.length && old.items[dropped] !== from) removed.push(old.items[dropped++]);
    if (dropped++ >= old.items.length) return undefined;
    if (item.end < change.start) lastBefore = item.end;
    else firstAfter ??= item.start;
  }
  for (; dropped < old.items.length; dropped++) removed.push(old.items[dropped]);
  if (![...added, ...removed].every(isHarmless) || !sameFixInputs(added, removed)) return undefined;
  // Lines are where edits look for their indentation and line end: the change must be on lines of its own.
  if (lastBefore !== undefined && !hasLineBreak(old.text, lastBefore, change.start)) return undefined;
  if (firstAfter !== undefined && !hasLineBreak(next.text, change.newEnd, firstAfter)) return undefined;

  // Blocks of items read afresh; and the new blocks of carried items moved by the edit, each with the
  // previous version's block it was copied from (an item carried in place is the same object, blocks and all).
  const fresh = new Set<HclBlock>();
  const previousBlock = new Map<HclBlock, HclBlock>();
  next.items.forEach((item, i) => {
    const from = reuse.from[i];
    if (!from) for (const block of item.body.blocks) fresh.add(block);
    else if (from !== item)
      item.body.blocks.forEach((block, j) => previousBlock.set(block, from.body.blocks[j]));
  });
  const delta = change.newEnd - change.oldEnd;
  const shift: LocationShift | undefined =
    delta === 0 ? undefined : { file: next.path, from: change.oldEnd, delta };

  const module = buildModule(parsed);
  carryAssociations(previous.module, module, shift && ((at) => shiftLocation(at, shift)));
  const carried = new Map<Instance, CarriedInstance>();
  const resolution = assemble(parsed, module, (block) => {
    const inEdited = block.file === next;
    if (inEdited && fresh.has(block.node)) return readInstance(block, module);
    // A block that created an instance before still does: its count and everything it reads are unchanged.
    const before = previous.instanceByBlock.get((inEdited && previousBlock.get(block.node)) || block.node);
    if (!before) return readInstance(block, module);
    // Nothing of it moved: the very same instance (its findings are remembered by identity; the
    // caller still moves them with `shift`, as a fix may write past the edit), re-pointed here.
    const moved = shift !== undefined && isMovedBy(before, shift);
    if (!moved && repointInstance(before, block, module)) return before;
    const shifted = moved ? shiftInstance(before, shift) : before;
    // Moved: a copy sharing the setters, re-pointed here (read afresh before: bound here for the first time).
    const instance =
      moved && repointInstance(before, block, module, shifted)
        ? shifted
        : rebindInstance(shifted, block, module);
    carried.set(instance, { from: before, shift });
    return instance;
  });
  return { resolution, carried, shift };
}

/** An item whose blocks no other instance reads: instance resources and blocks the module does not read. */
function isHarmless(item: TopLevelItem): boolean {
  if (item.body.attributes.length > 0) return false;
  return item.body.blocks.every(
    (b) =>
      !MODULE_BLOCKS.has(b.type) ||
      (b.type === 'resource' && b.labels.length >= 2 && INSTANCE_TYPES.includes(b.labels[0].value)),
  );
}

/**
 * Whether the changed items leave every other instance's fixes as they were. A region fix edits a
 * provider only when no other block uses it, nor reads the variable or local its region comes from
 * (see region-fix.ts): so the blocks added and removed must name the same providers and read the
 * same variables and locals, as when typing inside a setting's value.
 */
function sameFixInputs(added: readonly TopLevelItem[], removed: readonly TopLevelItem[]): boolean {
  const signatures = (items: readonly TopLevelItem[]) =>
    items
      .flatMap((item) => item.body.blocks.map(fixInputsOf))
      .sort()
      .join('\n');
  return signatures(added) === signatures(removed);
}

/** What of a block another instance's fixes look at: its kind, the providers it names, the variables and locals it reads. */
function fixInputsOf(block: HclBlock): string {
  const providers = ['provider', 'providers'].map((key) => {
    const attribute = attributeOf(block.body, key);
    return attribute ? referencesIn(attribute.expr).map(nameOf).join(',') : '-';
  });
  const reads: string[] = [];
  const visit = (body: HclBody) => {
    for (const attribute of body.attributes)
      for (const ref of referencesIn(attribute.expr))
        if (ref.root === 'var' || ref.root === 'local') reads.push(nameOf(ref));
    for (const nested of body.blocks) visit(nested.body);
  };
  visit(block.body);
  return [block.type, block.labels[0]?.value ?? '', ...providers, reads.sort().join(',')].join('|');
}

function nameOf(ref: Traversal): string {
  const step = ref.steps[0];
  return step?.kind === 'attr' ? `${ref.root}.${step.name}` : ref.root;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl >= 0 && nl < to;
}
