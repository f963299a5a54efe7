import { instancesOnIcpRegionComment } from './region';
import type { Setters } from '../../../model/instance';
import type { TextEdit } from '../../../model/fix';
import { replaceSpan } from '../edits';
import { cloneSource } from './bandwidth';
import type { RosContext, RosResource } from './context';
import { toPeriodType, toPeriodUnit } from './convert';
import { setProperty } from './property-edits';
import { resolveProperty } from './resolve';
import {
  BOOLEAN_AUTO_RENEW,
  CLONE_TYPES,
  INSTANCE_CLONE,
  PREPAY_INSTANCE,
  SWAS_INSTANCE,
} from './resource-types';

/** Keeps the spelling family of what is there: `Postpaid` → `Prepaid`, `PostPaid` → `PrePaid`. */
function prepaidLike(current: unknown, type: string): string {
  if (typeof current === 'string' && current.trim() !== '') {
    if (current === current.toLowerCase()) return 'prepaid';
    if (current === current.toUpperCase()) return 'PREPAID';
    if (/^Postpaid$|^Prepaid$/.test(current)) return 'Prepaid';
    return 'PrePaid';
  }
  return type === INSTANCE_CLONE ? 'Prepaid' : 'PrePaid';
}

/** `'False'` → `'True'`, `false` → `true`; a new value follows the property's documented type. */
function trueLike(current: unknown, booleanByDefault: boolean): string | boolean {
  if (typeof current === 'boolean') return true;
  if (typeof current === 'string' && current.trim() !== '')
    return current === current.toLowerCase() ? 'true' : current === current.toUpperCase() ? 'TRUE' : 'True';
  return booleanByDefault ? true : 'True';
}

export function rosSetters(ctx: RosContext, res: RosResource, regionFromComment: boolean): Setters {
  const swas = res.type === SWAS_INSTANCE;
  return {
    region(regionId) {
      const c = ctx.icpRegion;
      // The comment is the region of every instance without a zone: rewrite it only for the one.
      return regionFromComment && c && instancesOnIcpRegionComment(ctx) === 1
        ? [replaceSpan(ctx, c.span.start, c.span.end, regionId)]
        : undefined;
    },
    chargeType() {
      return swas
        ? undefined
        : setProperty(ctx, res, 'InstanceChargeType', (cur) => prepaidLike(cur, res.type));
    },
    noSpot() {
      if (swas || resolveProperty(ctx, res, 'SpotStrategy').kind === 'omitted') return undefined;
      return setProperty(ctx, res, 'SpotStrategy', () => 'NoSpot');
    },
    periodMonths(months) {
      const edits: TextEdit[] = [];
      const period = setProperty(ctx, res, 'Period', () => months);
      if (!period) return undefined;
      edits.push(...period);
      if (swas) return edits;
      const unit = resolveProperty(ctx, res, 'PeriodUnit');
      if (unit.kind === 'unknown') return undefined;
      if (unit.kind === 'literal') {
        if (toPeriodUnit(unit.value) === 'month') return edits;
        const fix = setProperty(ctx, res, 'PeriodUnit', () => 'Month');
        return fix ? [...edits, ...fix] : undefined;
      }
      if (res.type === PREPAY_INSTANCE) {
        const type = resolveProperty(ctx, res, 'PeriodType');
        if (type.kind === 'unknown') return undefined;
        if (type.kind === 'literal' && toPeriodType(type.value) !== 'month') {
          const fix = setProperty(ctx, res, 'PeriodType', () => 'Monthly');
          return fix ? [...edits, ...fix] : undefined;
        }
      }
      return edits;
    },
    publicBandwidth(mbps) {
      if (swas) return undefined;
      if (
        CLONE_TYPES.has(res.type) &&
        resolveProperty(ctx, res, 'InternetMaxBandwidthOut').kind === 'omitted'
      ) {
        const source = cloneSource(ctx, res);
        return source ? rosSetters(ctx, source, regionFromComment).publicBandwidth?.(mbps) : undefined;
      }
      const edits = setProperty(ctx, res, 'InternetMaxBandwidthOut', () => mbps);
      if (!edits) return undefined;
      const allocate = resolveProperty(ctx, res, 'AllocatePublicIP');
      if (
        allocate.kind === 'literal' &&
        (allocate.value === false || String(allocate.value).toLowerCase() === 'false')
      ) {
        const fix = setProperty(ctx, res, 'AllocatePublicIP', (cur) => trueLike(cur, true));
        return fix ? [...edits, ...fix] : undefined;
      }
      return edits;
    },
    autoRenew() {
      return setProperty(ctx, res, 'AutoRenew', (cur) => trueLike(cur, BOOLEAN_AUTO_RENEW.has(res.type)));
    },
  };
}
