import type {
  ChargeType,
  Instance,
  PeriodUnit,
  RenewalStatus,
  RunStatus,
  Setters,
  ValueKey,
} from '../../model/instance';
import type { TextEdit } from '../../model/fix';
import type { Location } from '../../model/location';
import { omitted, type Value } from '../../model/value';
import { editsFor, type NewValue } from './edits';
import { locationIn } from './evaluate';
import { launchTemplateOf } from './launch-template';
import type { Located, TerraformModule } from './module';
import { eipAssociationsOf } from './public-ip';
import { regionOf } from './region';
import { convert, writtenAt, findSetting, targetFor, valueOf, type InstanceScope } from './settings';
import { attributeOf, type HclBlock } from './syntax';

export const INSTANCE_TYPES = [
  'alicloud_instance',
  'alicloud_ecs_instance_set',
  'alicloud_simple_application_server_instance',
];

export const CHARGE_TYPES: Record<string, ChargeType> = {
  prepaid: 'subscription',
  postpaid: 'pay-as-you-go',
};
export const PERIOD_UNITS: Record<string, PeriodUnit> = { week: 'week', month: 'month' };
export const RENEWAL: Record<string, RenewalStatus> = {
  autorenewal: 'AutoRenewal',
  normal: 'Normal',
  notrenewal: 'NotRenewal',
};
export const RUN_STATUS: Record<string, RunStatus> = { running: 'running', stopped: 'stopped' };
/**
 * Charge type, spot strategy, period unit, renewal status and status: `""` is the same as leaving the
 * setting out, and any other value outside the provider's list is rejected (ICP000), not unknown.
 */
const ENUMERATED = { enumerated: true } as const;
const enumerated = (...allowed: string[]) => ({ enumerated: true, allowed });

/**
 * Where each value of an instance is written, where a fix would rewrite it: a value read in a
 * called module is the root's argument only when the root writes it, and then the argument whose
 * text holds it (compose/place.ts), not one that merely steers an expression in the child. Unknown
 * values and omitted settings have none.
 */
export type WrittenIn = Partial<Record<ValueKey, Location>>;

/** Reads one instance resource (`count` / `for_each` and instance sets count as one instance). */
export function instanceOf(block: Located<HclBlock>, module: TerraformModule): Instance {
  return readInstance(block, module).instance;
}

/** An instance with where its values are written, for the composition. */
export function readInstance(
  block: Located<HclBlock>,
  module: TerraformModule,
): { instance: Instance; writtenIn: WrittenIn } {
  const scope = scopeOf(block, module);
  const { type } = instanceType(block);
  const { address } = scope;
  const region = regionOf(scope);
  const common = {
    format: 'terraform' as const,
    type,
    name: address,
    file: block.file.path,
    header: scope.header,
    extent: locationIn(block.file, block.node.span),
    region: region.value,
    websites: [],
  };
  if (type === 'alicloud_simple_application_server_instance') {
    const simple = simpleApplicationServer(scope);
    const instance: Instance = {
      ...common,
      product: 'simple-application-server',
      ...simple.values,
      eipAssociations: [],
      setters: { ...simple.setters, region: region.set },
    };
    return { instance, writtenIn: { ...simple.writtenIn, region: region.writtenIn } };
  }
  const ecs = elasticCompute(scope, type === 'alicloud_instance');
  const instance: Instance = {
    ...common,
    product: 'ecs',
    ...ecs.values,
    eipAssociations: eipAssociationsOf(address, module),
    setters: { ...ecs.setters, region: region.set },
  };
  return { instance, writtenIn: { ...ecs.writtenIn, region: region.writtenIn } };
}

function instanceType(block: Located<HclBlock>): { type: string; name: string } {
  const [type, name] = block.node.labels.map((l) => l.value);
  return { type, name };
}

function scopeOf(block: Located<HclBlock>, module: TerraformModule): InstanceScope {
  const { type, name } = instanceType(block);
  return {
    module,
    instance: block,
    address: `${type}.${name}`,
    header: locationIn(block.file, block.node.header),
    template:
      type === 'alicloud_simple_application_server_instance'
        ? undefined
        : launchTemplateOf(block.node, module),
  };
}

/** What the setters of a carried instance write into: the block and module of the version it is in now. */
interface SetterBinding {
  block: Located<HclBlock>;
  module: TerraformModule;
  bound?: Setters;
}

/** The binding of each instance `rebindInstance` made, so a later version can re-point it (`repointInstance`). */
const bindings = new WeakMap<Instance, SetterBinding>();

/**
 * The same instance read from `block` in a module that differs only in what the instance does not
 * depend on: `moved` is the previous instance with its locations already moved to the new text.
 * Its values are kept; its setters write into the new module's files, with the same keys as before.
 * They are bound on first use: a carried instance's findings are usually carried too, and then no
 * rule calls them.
 */
export function rebindInstance(moved: Instance, block: Located<HclBlock>, module: TerraformModule): Instance {
  // Only what the setters need is captured: holding `moved` would keep every earlier version alive.
  const hasRegion = moved.setters.region !== undefined;
  const periodUnit = moved.periodUnit;
  const binding: SetterBinding = { block, module };
  const bind = (): Setters =>
    (binding.bound ??= bindSetters(binding.block, binding.module, periodUnit, hasRegion));
  const setters: Record<string, unknown> = {};
  for (const key of Object.keys(moved.setters) as (keyof Setters)[]) {
    const original = moved.setters[key] as ((value?: unknown) => TextEdit[] | undefined) | undefined;
    const call = (value?: unknown) => (bind()[key] as (value?: unknown) => TextEdit[] | undefined)(value);
    // The same arity as the setter it stands for.
    setters[key] =
      original === undefined
        ? undefined
        : original.length === 0
          ? () => call()
          : (value: unknown) => call(value);
  }
  const instance = { ...moved, setters: setters as Setters };
  bindings.set(instance, binding);
  return instance;
}

/**
 * Carries an instance made by `rebindInstance` into the next version: its setters now write into
 * `block` and `module` (the previous version is no longer held). `as` is the instance it becomes,
 * itself when nothing in it moved, else its copy with moved locations and the same setters. False
 * for an instance read afresh, which the caller rebinds instead.
 */
export function repointInstance(
  instance: Instance,
  block: Located<HclBlock>,
  module: TerraformModule,
  as: Instance = instance,
): boolean {
  const binding = bindings.get(instance);
  if (!binding || as.setters !== instance.setters) return false;
  binding.block = block;
  binding.module = module;
  binding.bound = undefined;
  bindings.set(as, binding);
  return true;
}

function bindSetters(
  block: Located<HclBlock>,
  module: TerraformModule,
  periodUnit: Value<PeriodUnit> | undefined,
  hasRegion: boolean,
): Setters {
  const scope = scopeOf(block, module);
  const { type } = instanceType(block);
  const setters: Setters =
    type === 'alicloud_simple_application_server_instance'
      ? simpleApplicationServerSetters(scope)
      : elasticComputeSetters(scope, type === 'alicloud_instance', periodUnit);
  return hasRegion ? { ...setters, region: (id: string) => regionOf(scope).set?.(id) } : setters;
}

/** A setter that writes `key = value` where the setting is defined; undefined for an unknown value. */
function writer(scope: InstanceScope, key: string, inherit = true) {
  return (value: NewValue): TextEdit[] | undefined => {
    const target = targetFor(scope, findSetting(scope, key, inherit));
    return target ? editsFor(target, key, value) : undefined;
  };
}

/** Whether `findSetting(scope, key, inherit)` finds anything, without evaluating it. */
function hasSetting(scope: InstanceScope, key: string, inherit = true): boolean {
  if (attributeOf(scope.instance.node.body, key)) return true;
  return (
    inherit && scope.template !== undefined && attributeOf(scope.template.block.node.body, key) !== undefined
  );
}

function periodSetter(scope: InstanceScope, unit: Value<PeriodUnit> | undefined) {
  const setPeriod = writer(scope, 'period');
  const setUnit = writer(scope, 'period_unit');
  return (months: number): TextEdit[] | undefined => {
    const edits = setPeriod(months);
    if (!edits || unit?.kind !== 'known' || unit.value === 'month' || unit.omitted) return edits;
    const unitEdits = setUnit('Month');
    return unitEdits && [...edits, ...unitEdits];
  };
}

function elasticCompute(scope: InstanceScope, isInstance: boolean) {
  const chargeSetting = findSetting(scope, 'instance_charge_type');
  const chargeType = valueOf(
    scope,
    'instance_charge_type',
    chargeSetting,
    convert.oneOf(CHARGE_TYPES),
    'pay-as-you-go',
    enumerated('PrePaid', 'PostPaid'),
  );
  const spotSetting = findSetting(scope, 'spot_strategy');
  const spotStrategy = valueOf(scope, 'spot_strategy', spotSetting, convert.string, undefined, ENUMERATED);
  const subscription = chargeType?.kind === 'known' && chargeType.value === 'subscription';
  const periodSetting = findSetting(scope, 'period');
  const period = valueOf(scope, 'period', periodSetting, convert.number, subscription ? 1 : undefined);
  const unitSetting = findSetting(scope, 'period_unit');
  const periodUnit =
    period &&
    valueOf(
      scope,
      'period_unit',
      unitSetting,
      convert.oneOf(PERIOD_UNITS),
      'month',
      enumerated('Week', 'Month'),
    );
  const { status, statusSetting } = statusOf(scope);
  const bandwidthSetting = findSetting(scope, 'internet_max_bandwidth_out');
  const publicBandwidthMbps = valueOf(
    scope,
    'internet_max_bandwidth_out',
    bandwidthSetting,
    convert.number,
    0,
  );

  let autoRenew: Value<boolean> | undefined;
  let renewalStatus: Value<RenewalStatus> | undefined;
  let renewalWrittenIn: Location | undefined;
  if (statesRenewalStatus(scope, isInstance)) {
    // alicloud_instance states renewal as renewal_status; omitted means Normal (no auto-renewal).
    const ownRenewal = findSetting(scope, 'renewal_status', false);
    renewalWrittenIn = writtenAt(ownRenewal);
    renewalStatus = valueOf(
      scope,
      'renewal_status',
      ownRenewal,
      convert.oneOf(RENEWAL),
      'Normal',
      enumerated('AutoRenewal', 'Normal', 'NotRenewal'),
    );
    // An unknown is not mirrored: ICP012 would name it twice, once as `auto_renew`, which is not written.
    autoRenew =
      renewalStatus?.kind === 'known'
        ? { ...renewalStatus, value: renewalStatus.value === 'AutoRenewal' }
        : undefined;
  } else {
    // Instance sets (and alicloud_instance inheriting from a launch template) use auto_renew.
    const autoRenewSetting = findSetting(scope, 'auto_renew');
    renewalWrittenIn = writtenAt(autoRenewSetting);
    autoRenew = valueOf(scope, 'auto_renew', autoRenewSetting, convert.bool, false);
    if (isInstance && autoRenew?.kind === 'known') {
      renewalStatus = { ...autoRenew, value: autoRenew.value ? 'AutoRenewal' : 'Normal' };
    }
  }

  return {
    values: {
      chargeType,
      spotStrategy,
      period,
      periodUnit,
      autoRenew,
      renewalStatus,
      status,
      publicBandwidthMbps,
    },
    writtenIn: {
      chargeType: writtenAt(chargeSetting),
      spotStrategy: writtenAt(spotSetting),
      period: writtenAt(periodSetting),
      periodUnit: writtenAt(unitSetting),
      autoRenew: renewalWrittenIn,
      renewalStatus: renewalWrittenIn,
      status: writtenAt(statusSetting),
      publicBandwidthMbps: writtenAt(bandwidthSetting),
    } satisfies WrittenIn,
    setters: elasticComputeSetters(scope, isInstance, periodUnit),
  };
}

/** `status`, from the instance's own block only (never inherited from a launch template); omitted means running. */
function statusOf(scope: InstanceScope) {
  const statusSetting = findSetting(scope, 'status', false);
  const status = valueOf(
    scope,
    'status',
    statusSetting,
    convert.oneOf(RUN_STATUS),
    'running',
    enumerated('Running', 'Stopped'),
  );
  return { status, statusSetting };
}

/** Whether renewal is read (and written) as `renewal_status` rather than `auto_renew`. */
function statesRenewalStatus(scope: InstanceScope, isInstance: boolean): boolean {
  return isInstance && (hasSetting(scope, 'renewal_status', false) || !hasSetting(scope, 'auto_renew'));
}

function elasticComputeSetters(
  scope: InstanceScope,
  isInstance: boolean,
  periodUnit: Value<PeriodUnit> | undefined,
): Setters {
  const setters: Setters = {
    chargeType: () => writer(scope, 'instance_charge_type')('PrePaid'),
    noSpot: () => writer(scope, 'spot_strategy')('NoSpot'),
    periodMonths: periodSetter(scope, periodUnit),
    publicBandwidth: (mbps) => writer(scope, 'internet_max_bandwidth_out')(mbps),
    status: () => writer(scope, 'status', false)('Running'),
  };
  if (statesRenewalStatus(scope, isInstance)) {
    const setRenewal = writer(scope, 'renewal_status', false);
    setters.renewalStatus = () => setRenewal('AutoRenewal');
    setters.autoRenew = () => setRenewal('AutoRenewal');
  } else {
    const setAutoRenew = writer(scope, 'auto_renew');
    setters.autoRenew = () => setAutoRenew(true);
    if (isInstance) setters.renewalStatus = () => setAutoRenew(true);
  }
  return setters;
}

/** A Simple Application Server is always a subscription with a public IP: only period, status and renewal vary. */
function simpleApplicationServer(scope: InstanceScope) {
  const periodSetting = findSetting(scope, 'period', false);
  const period = valueOf(scope, 'period', periodSetting, convert.number, 1);
  const periodUnit: Value<PeriodUnit> = omitted('month', scope.header);
  const autoRenewSetting = findSetting(scope, 'auto_renew', false);
  const autoRenew = valueOf(scope, 'auto_renew', autoRenewSetting, convert.bool, false);
  const { status, statusSetting } = statusOf(scope);
  const chargeType: Value<ChargeType> = omitted('subscription', scope.header);
  return {
    values: { chargeType, period, periodUnit, autoRenew, status },
    writtenIn: {
      period: writtenAt(periodSetting),
      autoRenew: writtenAt(autoRenewSetting),
      status: writtenAt(statusSetting),
    } satisfies WrittenIn,
    setters: simpleApplicationServerSetters(scope),
  };
}

function simpleApplicationServerSetters(scope: InstanceScope): Setters {
  return {
    periodMonths: (months) => writer(scope, 'period', false)(months),
    autoRenew: () => writer(scope, 'auto_renew', false)(true),
    status: () => writer(scope, 'status', false)('Running'),
  };
}
