import { VALUE_KEYS, type Instance } from '../../model/instance';
import { folderOf } from '../../model/paths';
import type { Value } from '../../model/value';
import { isConfigurationFile } from '../hcl/module';
import type { ParseOutput } from '../types';

/**
 * A plan checked together with its configuration reports once, at the source: each instance of the
 * plan takes the place of the source instance it was planned from (same address, indexes aside),
 * keeping the plan's values but the source's locations, origins, fixes and suppressions. Planned
 * instances the source does not show stay on their `"address"` in the plan.
 */

/** What a plan instance is, beyond the Instance: which module and resource block it was planned from. */
export interface PlanOrigin {
  readonly moduleAddress: string;
  readonly configAddress: string;
}

const planOrigins = new WeakMap<Instance, PlanOrigin>();
const planOutputs = new WeakMap<ParseOutput, string>();

export function rememberPlanInstance(instance: Instance, origin: PlanOrigin): Instance {
  planOrigins.set(instance, origin);
  return instance;
}

export function rememberPlanOutput(output: ParseOutput, planPath: string): ParseOutput {
  planOutputs.set(output, planPath);
  return output;
}

export interface ParsedUnitLike {
  readonly files: readonly string[];
  readonly output: ParseOutput;
}

/**
 * The instances of every unit, with each plan whose configuration is among the units (the `.tf`
 * files of the plan's folder, else of the current folder) reported at the source. That folder's
 * own instances are left out: the plan says what Terraform will create from it.
 */
export function instancesWithSources(
  units: readonly ParsedUnitLike[],
  all?: readonly Instance[],
): Instance[] {
  const sourceUnits = units.filter((unit) => !planOutputs.has(unit.output));
  const configFolders = new Set(
    sourceUnits.flatMap((unit) => unit.files.filter(isConfigurationFile).map(folderOf)),
  );
  // `all`: every instance as module composition made them (plans' included), when it did.
  let sources = all
    ? all.filter((instance) => !planOrigins.has(instance))
    : sourceUnits.flatMap((unit) => unit.output.instances);
  const fromPlans: Instance[] = [];
  const usedFolders = new Set<string>();
  for (const unit of units) {
    const planPath = planOutputs.get(unit.output);
    if (planPath === undefined) continue;
    const folder = configFolders.has(folderOf(planPath))
      ? folderOf(planPath)
      : configFolders.has('')
        ? ''
        : undefined;
    // One plan per configuration: a second plan of the same folder is reported in the plan.
    if (folder === undefined || usedFolders.has(folder)) {
      fromPlans.push(...unit.output.instances);
      continue;
    }
    usedFolders.add(folder);
    // The configuration's instances, by address without indexes (a source address may or may not know them).
    const byAddress = new Map<string, Instance>();
    for (const instance of sources)
      if (!byAddress.has(withoutIndexes(instance.name)))
        byAddress.set(withoutIndexes(instance.name), instance);
    const matched = new Set<Instance>();
    for (const planned of unit.output.instances) {
      const origin = planOrigins.get(planned);
      const written = origin ? byAddress.get(withoutIndexes(planned.name)) : undefined;
      if (written) matched.add(written);
      fromPlans.push(written ? atSource(planned, written) : planned);
    }
    // Not checked a second time: what the plan stood in for, and everything else written in that folder.
    sources = sources.filter((instance) => !matched.has(instance) && folderOf(instance.file) !== folder);
  }
  return [...sources, ...fromPlans];
}

/** `module.web["a"].alicloud_instance.this[0]` → `module.web.alicloud_instance.this`. */
function withoutIndexes(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}

/** The planned instance, told at the place it is written: the plan's values, the source's locations. */
function atSource(planned: Instance, written: Instance): Instance {
  const merged: Record<string, unknown> = {
    ...planned,
    file: written.file,
    header: written.header,
    extent: written.extent,
    setters: written.setters,
    eipAssociations: written.eipAssociations.length > 0 ? written.eipAssociations : planned.eipAssociations,
  };
  for (const key of VALUE_KEYS)
    if (planned[key] !== undefined)
      merged[key] = valueAtSource(
        planned[key] as Value<unknown>,
        written[key] as Value<unknown> | undefined,
        written,
      );
  return merged as unknown as Instance;
}

function valueAtSource<T>(planned: Value<T>, written: Value<T> | undefined, instance: Instance): Value<T> {
  const place = { at: written?.at ?? instance.header, origins: written?.origins ?? [] };
  if (planned.kind === 'unknown') return { ...planned, ...place };
  // The provider fills in the default Terraform plans for an omitted setting: still "omitted" at the source.
  const omitted =
    written?.kind === 'known' && written.omitted && written.value === planned.value ? true : planned.omitted;
  return { ...planned, ...place, omitted };
}
