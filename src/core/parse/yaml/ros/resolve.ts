import { isScalar, type Node } from 'yaml';
import type { Span } from '../../../model/location';
import type { Origin } from '../../../model/value';
import { format } from '../../../model/localized';
import { intrinsicOf, refTarget } from '../intrinsics';
import { MESSAGES } from '../messages';
import { deref, editableNode, expressionText, spanOf, valueOf } from '../nodes';
import type { RosContext, RosResource } from './context';

/**
 * How ROS resolves a property, statically: a literal; `Ref` / `!Ref` to a parameter → its `Default`;
 * anything else (another intrinsic, a pseudo parameter, a parameter without default) cannot be known.
 */
export type Resolved =
  | { readonly kind: 'omitted' }
  | {
      readonly kind: 'literal';
      /** Scalar value, or the node itself for a list or map. */
      readonly value: unknown;
      /** Where the value is written: on the resource, or the parameter's `Default`. */
      readonly site: Node;
      /** What a fix replaces: `site`, or the alias that led to it; undefined when `site` is an anchor other aliases use. */
      readonly edit?: Node;
      /** What the resource itself says (the literal, or the `Ref`). */
      readonly at: Span;
      readonly origins: readonly Origin[];
    }
  | { readonly kind: 'unknown'; readonly expression: string; readonly at: Span; readonly origins?: readonly Origin[] };

export function resolveProperty(ctx: RosContext, res: RosResource, key: string): Resolved {
  const node = valueOf(res.properties, key);
  if (!node || (isScalar(node) && node.value === null && node.tag === undefined)) return { kind: 'omitted' };
  return resolveNode(ctx, node);
}

export function resolveNode(ctx: RosContext, written: Node): Resolved {
  const at = spanOf(ctx.text, written);
  const node = deref(ctx.doc, written);
  if (!node) return { kind: 'unknown', expression: expressionText(ctx.text, written), at };
  const ref = refTarget(ctx.doc, node);
  if (ref !== undefined) {
    const param = ctx.parameters.get(ref);
    const def = param?.defaultNode ? deref(ctx.doc, param.defaultNode) : undefined;
    if (!def || intrinsicOf(ctx.doc, def)) {
      // Like a Terraform variable without a default: the related location is the declaration.
      const declared: Origin[] = !def && param?.key ? [{ at: { file: ctx.file, ...param.key }, label: format(MESSAGES.parameterNoDefault, { name: ref }) }] : [];
      return { kind: 'unknown', expression: expressionText(ctx.text, written), at, origins: declared };
    }
    const origin: Origin = { at: { file: ctx.file, ...spanOf(ctx.text, def) }, label: format(MESSAGES.parameterDefault, { name: ref }) };
    return { kind: 'literal', value: isScalar(def) ? def.value : def, site: def, edit: editableNode(ctx.doc, param!.defaultNode!, def), at, origins: [origin] };
  }
  if (intrinsicOf(ctx.doc, node)) return { kind: 'unknown', expression: expressionText(ctx.text, written), at };
  return { kind: 'literal', value: isScalar(node) ? node.value : node, site: node, edit: editableNode(ctx.doc, written, node), at, origins: [] };
}
