import type { Node as JsonNode } from 'jsonc-parser';
import { regionOfZone } from '../../domain/regions';
import { loc, type Location } from '../../model/location';
import { format } from '../../model/localized';
import { known, unknown, type Origin, type Value } from '../../model/value';
import {
  isUnknownAfterApply,
  referencedAddresses,
  type PlanDocument,
  type PlannedResource,
} from './document';
import { at, elements, spanOf, stringAt } from './json';
import { MESSAGES } from './messages';

/**
 * The region of a planned instance: its provider's `region` in `configuration.provider_config` (a
 * constant, or a root variable whose value the plan lists in `variables`), else the region of its
 * planned zone, or of its vSwitch's planned zone. Undefined when nothing states one.
 */
export function planRegion(
  file: string,
  plan: PlanDocument,
  resource: PlannedResource,
  header: Location,
): Value<string> | undefined {
  const key = stringAt(resource.config, 'provider_config_key');
  const provider = key === undefined ? undefined : at(plan.root, 'configuration', 'provider_config', key);
  const region = at(provider, 'expressions', 'region');
  if (key !== undefined && region) return fromProvider(file, plan, key, region, header);
  return zoneRegion(file, plan, resource, header);
}

function fromProvider(
  file: string,
  plan: PlanDocument,
  key: string,
  region: JsonNode,
  header: Location,
): Value<string> {
  const first: Origin = {
    at: loc(file, region.offset, region.offset + region.length),
    label: format(MESSAGES.providerRegion, { provider: key }),
  };
  const constant = at(region, 'constant_value');
  if (constant?.type === 'string') {
    return known(String(constant.value), header, {
      origins: [{ ...first, at: loc(file, constant.offset, constant.offset + constant.length) }],
    });
  }
  const [reference] = elements(at(region, 'references')).map((r) => String(r.value));
  const variable = reference && /^var\.([\w-]+)$/.exec(reference);
  // A provider inside a child module (`module.x:alicloud`) reads the child's variables, which the plan does not list.
  const value = variable && !key.includes(':') ? at(plan.root, 'variables', variable[1], 'value') : undefined;
  if (variable && value?.type === 'string') {
    const origin: Origin = {
      at: loc(file, value.offset, value.offset + value.length),
      label: format(MESSAGES.variable, { name: variable[1] }),
    };
    return known(String(value.value), header, { origins: [first, origin] });
  }
  return unknown(reference ?? MESSAGES.knownAfterApply, header, { origins: [first] });
}

function zoneRegion(
  file: string,
  plan: PlanDocument,
  resource: PlannedResource,
  header: Location,
): Value<string> | undefined {
  for (const key of ['availability_zone', 'zone_id']) {
    const zone = zoneOf(file, resource, key, header);
    if (zone) return zone;
  }
  for (const address of [
    ...referencedAddresses(resource.config, 'vswitch_id'),
    ...referencedAddresses(resource.config, 'subnet_id'),
  ]) {
    if (!address.startsWith('alicloud_vswitch.')) continue;
    const vswitch = plan.resources.find(
      (r) => r.moduleAddress === resource.moduleAddress && r.configAddress === address,
    );
    const zone = vswitch && zoneOf(file, vswitch, 'zone_id', header);
    if (zone) return zone;
  }
  return undefined;
}

function zoneOf(
  file: string,
  resource: PlannedResource,
  key: string,
  header: Location,
): Value<string> | undefined {
  if (isUnknownAfterApply(resource.afterUnknown, key)) return undefined;
  const zone = at(resource.values, key);
  if (zone?.type !== 'string' || zone.value === '') return undefined;
  const origin: Origin = {
    at: loc(file, spanOf(zone).start, spanOf(zone).end),
    label: format(MESSAGES.planned, { attribute: key, address: resource.address }),
  };
  const region = regionOfZone(String(zone.value));
  return region
    ? known(region, header, { origins: [origin] })
    : unknown(String(zone.value), header, { origins: [origin] });
}
