import type { Instance } from '../../model/instance';
import { folderOf } from '../../model/paths';
import type { Value } from '../../model/value';
import { isConfigurationFile } from '../hcl/module';
import type { ParseOutput } from '../types';

/**
 * A plan checked together with its configuration reports once, at the source: each root-module
 * instance of the plan takes the place of the source instance it was planned from (same resource
 * address), keeping the plan's values but the source's locations, origins, fixes and suppressions.
 * Planned instances the source cannot show (in child modules) stay on their `"address"` in the plan.
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
export function instancesWithSources(units: readonly ParsedUnitLike[]): Instance[] {
  const byFolder = new Map<string, ParsedUnitLike>();
  for (const unit of units) {
    const configuration = unit.files.find(isConfigurationFile);
    if (configuration !== undefined && !planOutputs.has(unit.output)) byFolder.set(folderOf(configuration), unit);
  }
  const replaced = new Set<ParsedUnitLike>();
  const fromPlans: Instance[] = [];
  for (const unit of units) {
    const planPath = planOutputs.get(unit.output);
    if (planPath === undefined) continue;
    const source = byFolder.get(folderOf(planPath)) ?? byFolder.get('');
    // One plan per configuration: a second plan of the same folder is reported in the plan.
    if (!source || replaced.has(source)) {
      fromPlans.push(...unit.output.instances);
      continue;
    }
    replaced.add(source);
    const byAddress = new Map(source.output.instances.map((i) => [i.name, i]));
    for (const planned of unit.output.instances) {
      const origin = planOrigins.get(planned);
      const written = origin?.moduleAddress === '' ? byAddress.get(origin.configAddress) : undefined;
      fromPlans.push(written ? atSource(planned, written) : planned);
    }
  }
  const instances: Instance[] = [];
  for (const unit of units) if (!planOutputs.has(unit.output) && !replaced.has(unit)) instances.push(...unit.output.instances);
  return [...instances, ...fromPlans];
}

const VALUE_KEYS = ['region', 'chargeType', 'spotStrategy', 'period', 'periodUnit', 'autoRenew', 'renewalStatus', 'status', 'publicBandwidthMbps'] as const satisfies readonly (keyof Instance)[];

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
  for (const key of VALUE_KEYS) merged[key] = valueAtSource(planned[key] as Value<unknown> | undefined, written[key] as Value<unknown> | undefined, written);
  return merged as unknown as Instance;
}

function valueAtSource<T>(planned: Value<T> | undefined, written: Value<T> | undefined, instance: Instance): Value<T> | undefined {
  if (!planned) return undefined;
  const place = { at: written?.at ?? instance.header, origins: written?.origins ?? [], ...(written?.edit ? { edit: written.edit } : {}) };
  if (planned.kind === 'unknown') return { ...planned, ...place };
  // The provider fills in the default Terraform plans for an omitted setting: still "omitted" at the source.
  const omitted = written?.kind === 'known' && written.omitted && written.value === planned.value ? true : planned.omitted;
  return { ...planned, ...place, omitted };
}
