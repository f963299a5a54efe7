import type { Node as JsonNode } from 'jsonc-parser';
import type { ChargeType, Instance, PeriodUnit, RenewalStatus } from '../../model/instance';
import { loc, type Location } from '../../model/location';
import { format } from '../../model/localized';
import { known, omitted, unknown, type Value } from '../../model/value';
import { CHARGE_TYPES, PERIOD_UNITS, RENEWAL, RUN_STATUS } from '../hcl/instance';
import { convert } from '../hcl/settings';
import type { Literal } from '../hcl/syntax';
import { isUnknownAfterApply, type PlanDocument, type PlannedResource } from './document';
import { at } from './json';
import { MESSAGES } from './messages';
import { planEipAssociations } from './public-ip';
import { planRegion } from './region';

/**
 * One planned instance, with the values Terraform computed. Every finding points at its
 * `"address"` in the plan (related: the planned value); a plan is output, so it offers no fixes:
 * they belong in the configuration.
 */
export function planInstance(file: string, plan: PlanDocument, resource: PlannedResource): Instance {
  const token = resource.addressToken;
  const header = loc(file, token.offset, token.offset + token.length);
  const read = reader(file, resource, header);
  const common = {
    format: 'terraform' as const,
    type: resource.type,
    name: resource.address,
    file,
    header,
    extent: loc(file, resource.node.offset, resource.node.offset + resource.node.length),
    region: planRegion(file, plan, resource, header),
    websites: [],
    setters: {},
  };
  if (resource.type === 'alicloud_simple_application_server_instance') {
    return {
      ...common,
      product: 'simple-application-server',
      chargeType: omitted<ChargeType>('subscription', header),
      period: read('period', convert.number, 1),
      periodUnit: omitted<PeriodUnit>('month', header),
      autoRenew: read('auto_renew', convert.bool, false),
      status: read('status', convert.oneOf(RUN_STATUS), 'running'),
      eipAssociations: [],
    };
  }
  const chargeType = read('instance_charge_type', convert.oneOf(CHARGE_TYPES), 'pay-as-you-go');
  const subscription = chargeType?.kind === 'known' && chargeType.value === 'subscription';
  const period = read('period', convert.number, subscription ? 1 : undefined);
  const renewalStatus =
    resource.type === 'alicloud_instance'
      ? read('renewal_status', convert.oneOf(RENEWAL), undefined)
      : undefined;
  const autoRenew: Value<boolean> | undefined =
    renewalStatus?.kind === 'known'
      ? { ...renewalStatus, value: renewalStatus.value === 'AutoRenewal' }
      : renewalStatus
        ? undefined
        : read('auto_renew', convert.bool, false);
  return {
    ...common,
    product: 'ecs',
    chargeType,
    spotStrategy: read('spot_strategy', convert.string, undefined),
    period,
    periodUnit: period && read('period_unit', convert.oneOf(PERIOD_UNITS), 'month'),
    autoRenew,
    renewalStatus:
      renewalStatus ??
      (autoRenew?.kind === 'known' && resource.type === 'alicloud_instance'
        ? { ...autoRenew, value: (autoRenew.value ? 'AutoRenewal' : 'Normal') as RenewalStatus }
        : undefined),
    status: read('status', convert.oneOf(RUN_STATUS), 'running'),
    publicBandwidthMbps: read('internet_max_bandwidth_out', convert.number, 0),
    eipAssociations: planEipAssociations(file, plan, resource),
  };
}

/**
 * Reads one planned value: unknown when `after_unknown` says so; the platform default (`fallback`)
 * when it is null, empty or absent; otherwise the value, with the planned value as its origin.
 */
function reader(file: string, resource: PlannedResource, header: Location) {
  return <T>(
    key: string,
    conversion: (value: Literal) => T | undefined,
    fallback: T | undefined,
  ): Value<T> | undefined => {
    if (isUnknownAfterApply(resource.afterUnknown, key)) return unknown(MESSAGES.knownAfterApply, header);
    const node: JsonNode | undefined = at(resource.values, key);
    if (!node || node.type === 'null' || node.value === '')
      return fallback === undefined ? undefined : omitted(fallback, header);
    const origins = [
      {
        at: loc(file, node.offset, node.offset + node.length),
        label: format(MESSAGES.planned, { attribute: key, address: resource.address }),
      },
    ];
    const value =
      node.type === 'string' || node.type === 'number' || node.type === 'boolean'
        ? conversion(node.value as Literal)
        : undefined;
    if (value === undefined) return unknown(JSON.stringify(node.value ?? null), header, { origins });
    const raw = String(node.value);
    return known(value, header, { origins, ...(raw !== String(value) ? { raw } : {}) });
  };
}
