import { format } from '../../../model/localized';
import { omitted, unknown, type Value } from '../../../model/value';
import { referencedInstance } from '../intrinsics';
import { MESSAGES } from '../messages';
import { expressionText, spanOf, valueOf } from '../nodes';
import type { RosContext, RosResource } from './context';
import { toNumber } from './convert';
import { CLONE_TYPES, isRosInstanceType, SWAS_INSTANCE } from './resource-types';
import { at, propertyValue } from './values';

/** Clones of clones are followed this far; a cycle in a broken template ends here too. */
const MAX_CLONE_DEPTH = 5;

/**
 * Outbound bandwidth: the resource's own `InternetMaxBandwidthOut` (omitted = 0), except that a clone
 * without its own copies its source instance's, known only when the source is in this template.
 * A Simple Application Server always has a public IP: no bandwidth value.
 */
export function bandwidthOf(ctx: RosContext, res: RosResource, depth = 0): Value<number> | undefined {
  if (res.type === SWAS_INSTANCE) return undefined;
  const own = propertyValue(ctx, res, 'InternetMaxBandwidthOut', toNumber);
  if (own) return own;
  if (!CLONE_TYPES.has(res.type)) return omitted(0, at(ctx, res.header));
  const source = cloneSource(ctx, res);
  const written = valueOf(res.properties, 'SourceInstanceId');
  const where = written ? at(ctx, spanOf(ctx.text, written)) : at(ctx, res.header);
  const expression = written ? expressionText(ctx.text, written) : 'SourceInstanceId';
  if (!source || depth >= MAX_CLONE_DEPTH) return unknown(expression, where);
  const copied = bandwidthOf(ctx, source, depth + 1);
  if (!copied) return unknown(expression, where);
  const step = { at: copied.at, label: format(MESSAGES.cloneSource, { name: source.id }) };
  return { ...copied, at: where, origins: [step, ...copied.origins] };
}

/** The instance in this template a clone's `SourceInstanceId` names. */
export function cloneSource(ctx: RosContext, res: RosResource): RosResource | undefined {
  const id = referencedInstance(ctx.doc, valueOf(res.properties, 'SourceInstanceId'));
  const source = id === undefined ? undefined : ctx.resources.get(id);
  return source && source !== res && isRosInstanceType(source.type) ? source : undefined;
}
