import { known, omitted, unknown, type Value } from '../../../model/value';
import { loc, type Location, type Span } from '../../../model/location';
import { expressionText } from '../nodes';
import type { RosContext, RosResource } from './context';
import { resolveProperty, type Resolved } from './resolve';

export function at(ctx: RosContext, span: Span): Location {
  return loc(ctx.file, span.start, span.end);
}

/**
 * A property as a model `Value`: known (pointing at what the resource says, with the parameter default
 * as origin), omitted (the platform default, at the header), or unknown. A literal that is none of the
 * accepted values is unknown too: we report no finding on text we do not understand.
 */
export function propertyValue<T>(
  ctx: RosContext,
  res: RosResource,
  key: string,
  convert: (raw: unknown) => T | undefined,
  whenOmitted?: T,
): Value<T> | undefined {
  const r = resolveProperty(ctx, res, key);
  if (r.kind === 'omitted')
    return whenOmitted === undefined ? undefined : omitted(whenOmitted, at(ctx, res.header));
  if (ENUMERATED.has(key) && r.kind === 'literal' && typeof r.value === 'string' && r.value.trim() === '') {
    // An empty enumerated property is the same as leaving it out (a fix rewrites the empty value).
    if (whenOmitted === undefined) return undefined;
    return known(whenOmitted, at(ctx, r.at), { omitted: true, origins: r.origins });
  }
  return resolvedValue(ctx, r, convert);
}

/** Properties whose empty value ROS treats as not set (charge type, spot strategy, period unit and type, renewal). */
const ENUMERATED: ReadonlySet<string> = new Set([
  'InstanceChargeType',
  'SpotStrategy',
  'PeriodUnit',
  'PeriodType',
  'AutoRenew',
]);

export function resolvedValue<T>(
  ctx: RosContext,
  r: Exclude<Resolved, { kind: 'omitted' }>,
  convert: (raw: unknown) => T | undefined,
): Value<T> {
  if (r.kind === 'unknown') return unknown(r.expression, at(ctx, r.at), { origins: r.origins ?? [] });
  const v = convert(r.value);
  if (v === undefined)
    return unknown(expressionText(ctx.text, r.site), at(ctx, r.at), { origins: r.origins });
  return known(v, at(ctx, r.at), { origins: r.origins });
}
