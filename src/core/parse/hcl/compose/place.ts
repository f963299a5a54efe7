import type { Instance } from '../../../model/instance';
import type { Location } from '../../../model/location';
import { folderOf } from '../../../model/paths';
import type { Origin, Value } from '../../../model/value';
import { MESSAGES } from '../messages';
import type { WrittenIn } from '../instance';
import type { TerraformModule } from '../module';
import type { ModuleCall } from './calls';
import { lazyLabel } from './label';

/** One module call on the way from a root to an instance: the call, its address and the module it instantiates. */
export interface Frame {
  readonly call: ModuleCall;
  /** `module.web`, `module.web[0]`. */
  readonly address: string;
  readonly module: TerraformModule;
}

/** The attribute each value of an ECS instance is read from, for related-location labels. */
const ATTRIBUTES: Readonly<Record<string, string>> = {
  region: 'region',
  chargeType: 'instance_charge_type',
  spotStrategy: 'spot_strategy',
  period: 'period',
  periodUnit: 'period_unit',
  autoRenew: 'auto_renew',
  renewalStatus: 'renewal_status',
  status: 'status',
  publicBandwidthMbps: 'internet_max_bandwidth_out',
};

/**
 * An instance read in a called module, as the root sees it: named by its address, located on the
 * root's module call, and each value pointed where the contract says — on the root call's argument
 * when one sets it, on a literal in the child that no call can change, else on the call's header —
 * with related locations going down the chain. Region fixes are not offered through a call.
 */
export function placeInstance(instance: Instance, writtenIn: WrittenIn, frames: readonly Frame[]): Instance {
  const root = frames[0];
  const rootFolder = folderOf(root.call.block.file.path);
  const address = `${frames.map((f) => f.address).join('.')}.${instance.name}`;
  const modulePath = frames.map((f) => f.address).join('.');
  const rootArguments = new Set([...(root.module.inputs?.values() ?? [])].map((i) => i.origin));
  const anyArgument = new Set(
    frames.flatMap((f) => [...(f.module.inputs?.values() ?? [])].map((i) => i.origin)),
  );
  const childVariables = frames.flatMap((f) =>
    [...f.module.variables.values()].map((v) => ({
      file: v.file.path,
      start: v.node.span.start,
      end: v.node.span.end,
    })),
  );
  const inChildVariable = (o: Origin) =>
    childVariables.some((v) => v.file === o.at.file && v.start <= o.at.start && o.at.end <= v.end);
  const callSteps = frames.map((f) => ({
    at: f.call.header,
    label: lazyLabel(MESSAGES.moduleCall, { call: f.address, instance: address }),
  }));
  const inRoot = (o: Origin) => folderOf(o.at.file) === rootFolder;

  const place = <T>(key: keyof WrittenIn, value: Value<T> | undefined): Value<T> | undefined => {
    if (!value) return value;
    const own = sameLocation(value.at, instance.header)
      ? {
          at: instance.header,
          label: lazyLabel(MESSAGES.moduleResource, {
            resource: instance.name,
            module: modulePath,
            attribute: ATTRIBUTES[key] ?? key,
          }),
        }
      : {
          at: value.at,
          label: lazyLabel(MESSAGES.moduleAttribute, {
            attribute: ATTRIBUTES[key] ?? key,
            resource: instance.name,
            module: modulePath,
          }),
        };
    const origins = value.origins;
    // On the root's argument when the value is that argument's (defined in the root, or unknown
    // through it); an argument that only steers a child expression (`var.x == "PostPaid" ? … : …`) does not count.
    const written = writtenIn[key];
    const definedInRoot =
      value.kind === 'unknown' || (written !== undefined && folderOf(written) === rootFolder);
    const argument = definedInRoot ? origins.findIndex((o) => rootArguments.has(o)) : -1;
    if (argument >= 0) {
      // Set on the root's call: point at that argument; its own chain in the root, then down into the child.
      const related = [...origins.slice(argument + 1), ...origins.slice(0, argument).reverse(), own];
      return { ...value, at: origins[argument].at, origins: related };
    }
    const changeable = origins.some((o) => anyArgument.has(o) || inChildVariable(o));
    if (!changeable && !origins.some(inRoot) && value.kind === 'known' && !value.omitted) {
      // A literal in the child that no call can change: reported there, with the calls as related locations.
      const literal = own.at === instance.header ? origins[0] : undefined;
      if (own.at !== instance.header || literal) {
        const at = literal ? literal.at : value.at;
        return {
          ...value,
          at,
          origins: [...origins.filter((o) => o !== literal), ...callSteps],
        };
      }
    }
    const rootSide = origins.filter(inRoot);
    const childSide = origins.filter((o) => !inRoot(o)).reverse();
    return {
      ...value,
      at: root.call.header,
      origins: [...rootSide, ...callSteps.slice(1), ...childSide, own],
    };
  };

  return {
    ...instance,
    name: address,
    file: root.call.block.file.path,
    header: root.call.header,
    extent: {
      file: root.call.block.file.path,
      start: root.call.block.node.span.start,
      end: root.call.block.node.span.end,
    },
    region: place('region', instance.region),
    chargeType: place('chargeType', instance.chargeType),
    spotStrategy: place('spotStrategy', instance.spotStrategy),
    period: place('period', instance.period),
    periodUnit: place('periodUnit', instance.periodUnit),
    autoRenew: place('autoRenew', instance.autoRenew),
    renewalStatus: place('renewalStatus', instance.renewalStatus),
    status: place('status', instance.status),
    publicBandwidthMbps: place('publicBandwidthMbps', instance.publicBandwidthMbps),
    setters: { ...instance.setters, region: undefined },
  };
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end;
}
