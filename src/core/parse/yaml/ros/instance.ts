import type { Instance } from '../../../model/instance';
import type { Location } from '../../../model/location';
import { known, omitted, type Value } from '../../../model/value';
import { bandwidthOf } from './bandwidth';
import type { RosContext, RosResource } from './context';
import { toBoolean, toChargeType, toNumber, toPeriodType, toPeriodUnit, toText } from './convert';
import { rosRegion } from './region';
import { CLONE_TYPES, PREPAY_INSTANCE, ROS_INSTANCE_PRODUCTS, SWAS_INSTANCE } from './resource-types';
import { rosSetters } from './setters';
import { at, propertyValue } from './values';

/** One ROS instance resource → the model (docs/contract.md, "How values are read"). */
export function rosInstance(ctx: RosContext, res: RosResource, eips: readonly Location[]): Instance {
  const swas = res.type === SWAS_INSTANCE;
  const header = at(ctx, res.header);
  const { value: region, fromComment: regionFromComment } = rosRegion(ctx, res);

  // A Simple Application Server is always a subscription with a public IP (docs/sources.md, ROS templates).
  const chargeType = swas
    ? known('subscription' as const, header)
    : propertyValue(ctx, res, 'InstanceChargeType', toChargeType, 'pay-as-you-go');
  const payg = chargeType?.kind === 'known' && chargeType.value === 'pay-as-you-go';

  return {
    format: 'ros',
    type: res.type,
    name: res.id,
    product: ROS_INSTANCE_PRODUCTS[res.type],
    file: ctx.file,
    header,
    extent: at(ctx, res.extent),
    region,
    chargeType,
    spotStrategy: swas ? undefined : propertyValue(ctx, res, 'SpotStrategy', toText),
    // A subscription without a period is bought for 1 (month); irrelevant on pay-as-you-go.
    period: propertyValue(ctx, res, 'Period', toNumber, payg ? undefined : 1),
    periodUnit: periodUnitOf(ctx, res),
    autoRenew: propertyValue(ctx, res, 'AutoRenew', toBoolean, false),
    publicBandwidthMbps: bandwidthOf(ctx, res),
    allocatePublicIp:
      swas || CLONE_TYPES.has(res.type) ? undefined : propertyValue(ctx, res, 'AllocatePublicIP', toBoolean),
    eipAssociations: eips,
    websites: [],
    setters: rosSetters(ctx, res, regionFromComment),
  };
}

/** `PeriodUnit` (Week/Month/Year); on a PrepayInstance also `PeriodType` (Monthly/Yearly); else Month. */
function periodUnitOf(ctx: RosContext, res: RosResource): Value<'week' | 'month' | 'year'> {
  const unit = propertyValue(ctx, res, 'PeriodUnit', toPeriodUnit);
  if (unit) return unit;
  if (res.type === PREPAY_INSTANCE) {
    const type = propertyValue(ctx, res, 'PeriodType', toPeriodType);
    if (type) return type;
  }
  return omitted('month' as const, at(ctx, res.header));
}
