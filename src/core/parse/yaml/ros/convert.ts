import type { ChargeType, PeriodUnit } from '../../../model/instance';

/** ROS property values as written → the model's values; undefined when the text is not one of them. */

/** Case-insensitive: templates in the wild write both `PostPaid` and `Postpaid` (docs/sources.md, ros-templates). */
export function toChargeType(raw: unknown): ChargeType | undefined {
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().toLowerCase();
  return v === 'prepaid' ? 'subscription' : v === 'postpaid' ? 'pay-as-you-go' : undefined;
}

/** Numbers, also written as strings (`'3'`), as ROS converts them. */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
  return undefined;
}

export function toPeriodUnit(raw: unknown): PeriodUnit | undefined {
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().toLowerCase();
  return v === 'week' || v === 'month' || v === 'year' ? v : undefined;
}

/** `ALIYUN::ECS::PrepayInstance`'s `PeriodType`. */
export function toPeriodType(raw: unknown): PeriodUnit | undefined {
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().toLowerCase();
  return v === 'monthly' ? 'month' : v === 'yearly' ? 'year' : undefined;
}

/** `AutoRenew` is a String (`'True'`) on most resources and a Boolean on others; accept both. */
export function toBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

export function toText(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}
