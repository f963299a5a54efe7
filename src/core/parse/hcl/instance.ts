import type { ChargeType, Instance, PeriodUnit, RenewalStatus, RunStatus, Setters } from '../../model/instance';
import type { TextEdit } from '../../model/fix';
import { omitted, type Value } from '../../model/value';
import { editFor, type NewValue } from './edits';
import { locationIn } from './evaluate';
import { launchTemplateOf } from './launch-template';
import type { Located, TerraformModule } from './module';
import { eipAssociationsOf } from './public-ip';
import { regionOf } from './region';
import { convert, findSetting, targetFor, valueOf, type InstanceScope } from './settings';
import type { HclBlock } from './syntax';

export const INSTANCE_TYPES = ['alicloud_instance', 'alicloud_ecs_instance_set', 'alicloud_simple_application_server_instance'];

const CHARGE_TYPES: Record<string, ChargeType> = { prepaid: 'subscription', postpaid: 'pay-as-you-go', '': 'pay-as-you-go' };
const PERIOD_UNITS: Record<string, PeriodUnit> = { week: 'week', month: 'month' };
const RENEWAL: Record<string, RenewalStatus> = { autorenewal: 'AutoRenewal', normal: 'Normal', notrenewal: 'NotRenewal' };
const RUN_STATUS: Record<string, RunStatus> = { running: 'running', stopped: 'stopped' };

/** Reads one instance resource (`count` / `for_each` and instance sets count as one instance). */
export function instanceOf(block: Located<HclBlock>, module: TerraformModule): Instance {
  const [type, name] = block.node.labels.map((l) => l.value);
  const address = `${type}.${name}`;
  const scope: InstanceScope = {
    module,
    instance: block,
    address,
    header: locationIn(block.file, block.node.header),
    template: type === 'alicloud_simple_application_server_instance' ? undefined : launchTemplateOf(block.node, module),
  };
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
    return { ...common, product: 'simple-application-server', ...simple.values, eipAssociations: [], setters: { ...simple.setters, region: region.set } };
  }
  const ecs = elasticCompute(scope, type === 'alicloud_instance');
  return { ...common, product: 'ecs', ...ecs.values, eipAssociations: eipAssociationsOf(address, module), setters: { ...ecs.setters, region: region.set } };
}

/** A setter that writes `key = value` where the setting is defined; undefined for an unknown value. */
function writer(scope: InstanceScope, key: string, inherit = true) {
  const target = targetFor(scope, findSetting(scope, key, inherit));
  return (value: NewValue): TextEdit[] | undefined => (target ? [editFor(target, key, value)] : undefined);
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
  const chargeType = valueOf(scope, 'instance_charge_type', findSetting(scope, 'instance_charge_type'), convert.oneOf(CHARGE_TYPES), 'pay-as-you-go');
  const spotSetting = findSetting(scope, 'spot_strategy');
  const spotStrategy = valueOf(scope, 'spot_strategy', spotSetting, convert.string, undefined);
  const subscription = chargeType?.kind === 'known' && chargeType.value === 'subscription';
  const periodSetting = findSetting(scope, 'period');
  const period = valueOf(scope, 'period', periodSetting, convert.number, subscription ? 1 : undefined);
  const periodUnit = period && valueOf(scope, 'period_unit', findSetting(scope, 'period_unit'), convert.oneOf(PERIOD_UNITS), 'month');
  const status = valueOf(scope, 'status', findSetting(scope, 'status', false), convert.oneOf(RUN_STATUS), 'running');
  const publicBandwidthMbps = valueOf(scope, 'internet_max_bandwidth_out', findSetting(scope, 'internet_max_bandwidth_out'), convert.number, 0);

  const setters: Setters = {
    chargeType: () => writer(scope, 'instance_charge_type')('PrePaid'),
    noSpot: () => writer(scope, 'spot_strategy')('NoSpot'),
    periodMonths: periodSetter(scope, periodUnit),
    publicBandwidth: (mbps) => writer(scope, 'internet_max_bandwidth_out')(mbps),
    status: () => writer(scope, 'status', false)('Running'),
  };

  let autoRenew: Value<boolean> | undefined;
  let renewalStatus: Value<RenewalStatus> | undefined;
  const ownRenewal = isInstance ? findSetting(scope, 'renewal_status', false) : undefined;
  if (ownRenewal || (isInstance && !findSetting(scope, 'auto_renew'))) {
    // alicloud_instance states renewal as renewal_status; omitted means Normal (no auto-renewal).
    renewalStatus = valueOf(scope, 'renewal_status', ownRenewal, convert.oneOf(RENEWAL), 'Normal');
    // An unknown is not mirrored: ICP012 would name it twice, once as `auto_renew`, which is not written.
    autoRenew = renewalStatus?.kind === 'known' ? { ...renewalStatus, value: renewalStatus.value === 'AutoRenewal' } : undefined;
    const setRenewal = writer(scope, 'renewal_status', false);
    setters.renewalStatus = () => setRenewal('AutoRenewal');
    setters.autoRenew = () => setRenewal('AutoRenewal');
  } else {
    // Instance sets (and alicloud_instance inheriting from a launch template) use auto_renew.
    autoRenew = valueOf(scope, 'auto_renew', findSetting(scope, 'auto_renew'), convert.bool, false);
    if (isInstance && autoRenew?.kind === 'known') {
      renewalStatus = { ...autoRenew, value: autoRenew.value ? 'AutoRenewal' : 'Normal' };
    }
    const setAutoRenew = writer(scope, 'auto_renew');
    setters.autoRenew = () => setAutoRenew(true);
    if (isInstance) setters.renewalStatus = () => setAutoRenew(true);
  }

  return {
    values: { chargeType, spotStrategy, period, periodUnit, autoRenew, renewalStatus, status, publicBandwidthMbps },
    setters,
  };
}

/** A Simple Application Server is always a subscription with a public IP: only period, status and renewal vary. */
function simpleApplicationServer(scope: InstanceScope) {
  const period = valueOf(scope, 'period', findSetting(scope, 'period', false), convert.number, 1);
  const periodUnit: Value<PeriodUnit> = omitted('month', scope.header);
  const autoRenew = valueOf(scope, 'auto_renew', findSetting(scope, 'auto_renew', false), convert.bool, false);
  const status = valueOf(scope, 'status', findSetting(scope, 'status', false), convert.oneOf(RUN_STATUS), 'running');
  const chargeType: Value<ChargeType> = omitted('subscription', scope.header);
  const setters: Setters = {
    periodMonths: (months) => writer(scope, 'period', false)(months),
    autoRenew: () => writer(scope, 'auto_renew', false)(true),
    status: () => writer(scope, 'status', false)('Running'),
  };
  return { values: { chargeType, period, periodUnit, autoRenew, status }, setters };
}
