import { isSeq, type Node } from 'yaml';
import { regionOfZone } from '../../../domain/regions';
import type { Span } from '../../../model/location';
import { known, unknown, type Value } from '../../../model/value';
import { MESSAGES } from '../messages';
import { expressionText, valueOf } from '../nodes';
import type { IcpRegionComment, RosContext, RosResource } from './context';
import { resolveNode, resolveProperty, type Resolved } from './resolve';
import { isRosInstanceType } from './resource-types';
import { at } from './values';

const ICP_REGION = /^#\s*icp-region\s*:\s*([A-Za-z0-9-]+)/;

/** The first `# icp-region: <id>` comment: the stack region a template cannot state itself. */
export function findIcpRegionComment(text: string, comments: readonly Span[]): IcpRegionComment | undefined {
  for (const c of comments) {
    const m = ICP_REGION.exec(text.slice(c.start, c.end));
    if (!m) continue;
    const start = c.start + m[0].length - m[1].length;
    return { region: m[1], span: { start, end: start + m[1].length } };
  }
  return undefined;
}

/** The region of one instance, and whether it is the `# icp-region:` comment's (which a region fix rewrites). */
export interface RosRegion {
  readonly value?: Value<string>;
  readonly fromComment: boolean;
}

/**
 * The region of one instance: from its own `ZoneId` / first of `ZoneIds` (literal or parameter
 * default); else the `# icp-region:` comment, which also stands in for a zone that is an expression
 * (typically `Fn::GetAZs` of the stack region, which the comment states); else the zone expression is
 * unknown; else nothing (the engine applies the configured region).
 */
export function rosRegion(ctx: RosContext, res: RosResource): RosRegion {
  const zone = zoneOf(ctx, res);
  if (zone?.kind === 'literal') {
    const name = typeof zone.value === 'string' ? zone.value.trim() : undefined;
    const region = name ? regionOfZone(name) : undefined;
    const value = region
      ? known(region, at(ctx, zone.at), { origins: zone.origins })
      : unknown(name ?? String(zone.value), at(ctx, zone.at), { origins: zone.origins });
    return { value, fromComment: false };
  }
  const comment = ctx.icpRegion;
  if (comment) {
    const origin = { at: at(ctx, comment.span), label: MESSAGES.icpRegionComment };
    return { value: known(comment.region, at(ctx, res.header), { origins: [origin] }), fromComment: true };
  }
  if (zone?.kind === 'unknown')
    return { value: unknown(zone.expression, at(ctx, zone.at)), fromComment: false };
  return { fromComment: false };
}

/** `ZoneId`, or the first of `ZoneIds` (a list, or a comma-separated parameter default). */
function zoneOf(ctx: RosContext, res: RosResource): Resolved | undefined {
  const single = resolveProperty(ctx, res, 'ZoneId');
  if (single.kind !== 'omitted') return single;
  const many = resolveProperty(ctx, res, 'ZoneIds');
  if (many.kind !== 'literal') return many.kind === 'unknown' ? many : undefined;
  if (typeof many.value === 'string') {
    const first = many.value.split(',')[0]?.trim();
    return { ...many, value: first };
  }
  if (isSeq(many.value)) {
    const first = many.value.items[0] as Node | undefined;
    if (!first) return undefined;
    const r = resolveNode(ctx, first);
    if (r.kind === 'omitted') return undefined;
    // The list sits on the resource or in a parameter default; keep that step visible.
    if (r.kind === 'literal' && many.origins.length > 0)
      return { ...r, at: many.at, origins: [...many.origins, ...r.origins] };
    return r.kind === 'unknown' && many.origins.length > 0 ? { ...r, at: many.at } : r;
  }
  const written = valueOf(res.properties, 'ZoneIds');
  return { kind: 'unknown', expression: written ? expressionText(ctx.text, written) : '', at: many.at };
}

const commentUsers = new WeakMap<RosContext, number>();

/**
 * How many instances of the template take their region from its `# icp-region:` comment (those
 * without a zone of their own). Rewriting the comment moves all of them, so a region fix may do it
 * only for the one. Counted once per template, and only when a fix asks.
 */
export function instancesOnIcpRegionComment(ctx: RosContext): number {
  let count = commentUsers.get(ctx);
  if (count === undefined) {
    count = 0;
    for (const res of ctx.resources.values())
      if (isRosInstanceType(res.type) && rosRegion(ctx, res).fromComment) count++;
    commentUsers.set(ctx, count);
  }
  return count;
}
