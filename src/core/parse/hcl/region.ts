import { regionOfZone } from '../../domain/regions';
import type { TextEdit } from '../../model/fix';
import { format } from '../../model/localized';
import { known, unknown, type Origin, type Value } from '../../model/value';
import { editsFor, type EditTarget } from './edits';
import { evaluate, locationIn, type Evaluated } from './evaluate';
import { MESSAGES } from './messages';
import type { HclFile } from './parse-file';
import { regionFixFor, type ProviderRef } from './region-fix';
import { findSetting, type InstanceScope } from './settings';
import { attributeOf, referencesIn, resourceAddressOf, type HclAttribute, type HclBlock } from './syntax';

export interface RegionResult {
  readonly value?: Value<string>;
  /** Writes a region where the provider states it; undefined when the region comes from a zone. */
  readonly set?: (regionId: string) => TextEdit[] | undefined;
  /** The file the provider's region is written in, when it is a value a fix rewrites there. */
  readonly writtenIn?: string;
}

/**
 * The region of an instance: its provider's `region` (the aliased provider it names, else the
 * un-aliased one), else the region of its zone (own zone attribute, its vSwitch's, its launch
 * template's), else nothing.
 */
export function regionOf(scope: InstanceScope): RegionResult {
  const provider = providerOf(scope);
  const stated = provider && attributeOf(provider.block.node.body, 'region');
  const zone = zoneOf(scope);
  // A zone that cannot be read may be in any region: no region fix can be sure to match it.
  const zoneRegion = zone && (zone.kind === 'known' ? { region: zone.value } : {});
  if (provider && stated) return fromProvider(scope, provider, stated, zoneRegion);
  if (zone) return { value: zone };
  if (!provider) return {};
  // A provider without a region: the fix states one there.
  const target: EditTarget = { kind: 'insert', block: provider.block };
  return { set: regionFixFor(scope, provider, undefined, (id) => editsFor(target, 'region', id)) };
}

function providerOf(scope: InstanceScope): (ProviderRef & { name: string }) | undefined {
  const chosen = attributeOf(scope.instance.node.body, 'provider');
  if (!chosen) {
    const block = scope.module.providers.get('');
    return block && { name: 'alicloud', alias: '', block };
  }
  const [ref] = referencesIn(chosen.expr);
  const step = ref?.steps[0];
  if (ref?.root !== 'alicloud') return undefined;
  const alias = step?.kind === 'attr' ? step.name : '';
  const block = scope.module.providers.get(alias);
  return block && { name: alias ? `alicloud.${alias}` : 'alicloud', alias, block };
}

function fromProvider(
  scope: InstanceScope,
  provider: ProviderRef & { name: string },
  stated: HclAttribute,
  zone: { region?: string } | undefined,
): RegionResult {
  const { name, block } = provider;
  // A provider passed down by a module call is evaluated in the module that wrote it.
  const evaluated = evaluate(stated.expr, block.file, block.module ?? scope.module);
  const first: Origin = {
    at: locationIn(block.file, stated.expr.span),
    label: format(MESSAGES.providerRegion, { provider: name }),
  };
  const origins = [first, ...evaluated.origins];
  if (evaluated.kind === 'unknown')
    return { value: unknown(evaluated.expression, scope.header, { origins }) };
  const target: EditTarget = {
    kind: 'replace',
    site: evaluated.site ?? { file: block.file, span: stated.expr.span, quoted: true },
  };
  const value =
    typeof evaluated.value === 'string'
      ? known(evaluated.value, scope.header, { origins })
      : unknown(stated.expr.text, scope.header, { origins });
  return {
    value,
    set: regionFixFor(scope, provider, zone, (id) => editsFor(target, 'region', id)),
    writtenIn: target.site.file.path,
  };
}

/** The region of the first zone the instance states, directly or through its vSwitch or launch template. */
function zoneOf(scope: InstanceScope): Value<string> | undefined {
  for (const key of ['availability_zone', 'zone_id']) {
    const own = findSetting(scope, key, false);
    if (own) return zoneValue(own.evaluated, own.at, own.origins, own.attribute.expr.text);
  }
  const viaSwitch = zoneOfVswitch(scope, scope.instance.node);
  if (viaSwitch) return viaSwitch;
  const template = scope.template?.block;
  if (template) {
    const inherited = findSetting(scope, 'zone_id');
    if (inherited)
      return zoneValue(inherited.evaluated, scope.header, inherited.origins, inherited.attribute.expr.text);
    return zoneOfVswitch(scope, template.node);
  }
  return undefined;
}

function zoneOfVswitch(scope: InstanceScope, owner: HclBlock): Value<string> | undefined {
  const vswitchId = attributeOf(owner.body, 'vswitch_id') ?? attributeOf(owner.body, 'subnet_id');
  if (!vswitchId) return undefined;
  for (const ref of referencesIn(vswitchId.expr)) {
    const address = resourceAddressOf(ref);
    const vswitch =
      address && ref.root === 'alicloud_vswitch' ? scope.module.resources.get(address) : undefined;
    const zone =
      vswitch &&
      (attributeOf(vswitch.node.body, 'zone_id') ?? attributeOf(vswitch.node.body, 'availability_zone'));
    if (!vswitch || !zone || !address) continue;
    return zoneFromAttribute(scope, vswitch.file, zone, format(MESSAGES.vswitchZone, { vswitch: address }));
  }
  return undefined;
}

function zoneFromAttribute(
  scope: InstanceScope,
  file: HclFile,
  zone: HclAttribute,
  label: Origin['label'],
): Value<string> {
  const evaluated = evaluate(zone.expr, file, scope.module);
  const origins: Origin[] = [{ at: locationIn(file, zone.expr.span), label }, ...evaluated.origins];
  return zoneValue(evaluated, scope.header, origins, zone.expr.text);
}

function zoneValue(
  evaluated: Evaluated,
  at: Value<string>['at'],
  origins: readonly Origin[],
  text: string,
): Value<string> {
  if (evaluated.kind === 'unknown') return unknown(evaluated.expression, at, { origins });
  const region = typeof evaluated.value === 'string' ? regionOfZone(evaluated.value) : undefined;
  if (!region) return unknown(text, at, { origins });
  return known(region, at, { origins });
}
