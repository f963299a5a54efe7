import { isScalar, type Node } from 'yaml';
import type { Span } from '../../../model/location';
import type { Origin } from '../../../model/value';
import { format, type Localized } from '../../../model/localized';
import { intrinsicOf, refTarget } from '../intrinsics';
import { MESSAGES } from '../messages';
import { asSeq, deref, editableNode, expressionText, spanOf, valueOf } from '../nodes';
import type { RosContext, RosParameter, RosResource } from './context';
import { resolveIntrinsic } from './intrinsic-values';

/**
 * How ROS resolves a property, statically: a literal; `Ref` / `!Ref` to a parameter → its `Default`;
 * `Fn::If`, `Fn::FindInMap`, `Fn::Sub` and `Fn::Join` when what they need resolves (see
 * `intrinsic-values.ts`); `Ref: ALIYUN::NoValue` is the property left out. Anything else (another
 * intrinsic, a pseudo parameter, a parameter without default) cannot be known.
 */
export type Resolved =
  | { readonly kind: 'omitted' }
  | {
      readonly kind: 'literal';
      /** Scalar value, or the node itself for a list or map. */
      readonly value: unknown;
      /** Where the value is written: on the resource, a parameter's `Default`, the branch or mapping entry picked. */
      readonly site: Node;
      /** What a fix replaces: `site`, or the alias that led to it; undefined when `site` is an anchor other aliases use. */
      readonly edit?: Node;
      /** What the resource itself says (the literal, the `Ref`, the `Fn::If`). */
      readonly at: Span;
      readonly origins: readonly Origin[];
      /** Computed from several parts (`Fn::Sub`, `Fn::Join`): `site` is the expression, which a fix does not rewrite. */
      readonly derived?: true;
    }
  | {
      readonly kind: 'unknown';
      readonly expression: string;
      readonly at: Span;
      readonly origins?: readonly Origin[];
      /** The template itself rejects the value (a parameter's `Default` outside its `AllowedValues`): ICP000, not ICP012. */
      readonly notAllowed?: Localized;
    };

/** Intrinsics nested deeper than this (or a cycle through a broken template) are unknown. */
const MAX_DEPTH = 16;

export function resolveProperty(ctx: RosContext, res: RosResource, key: string): Resolved {
  const node = valueOf(res.properties, key);
  if (!node || (isScalar(node) && node.value === null && node.tag === undefined)) return { kind: 'omitted' };
  return resolveNode(ctx, node);
}

export function resolveNode(ctx: RosContext, written: Node, depth = 0): Resolved {
  const at = spanOf(ctx.text, written);
  const node = deref(ctx.doc, written);
  if (!node || depth > MAX_DEPTH)
    return { kind: 'unknown', expression: expressionText(ctx.text, written), at };
  const ref = refTarget(ctx.doc, node);
  if (ref === 'ALIYUN::NoValue') return { kind: 'omitted' };
  if (ref !== undefined) {
    const param = ctx.parameters.get(ref);
    const stated = param?.defaultNode ? deref(ctx.doc, param.defaultNode) : undefined;
    // `Default: null` (or an empty `Default:`) states no default at all.
    const def = stated && !(isScalar(stated) && stated.value === null) ? stated : undefined;
    if (!def || intrinsicOf(ctx.doc, def)) {
      // Like a Terraform variable without a default: the related location is the declaration.
      const declared: Origin[] =
        !def && param?.key
          ? [
              {
                at: { file: ctx.file, ...param.key },
                label: format(MESSAGES.parameterNoDefault, { name: ref }),
              },
            ]
          : [];
      return { kind: 'unknown', expression: expressionText(ctx.text, written), at, origins: declared };
    }
    const origin: Origin = {
      at: { file: ctx.file, ...spanOf(ctx.text, def) },
      label: format(MESSAGES.parameterDefault, { name: ref }),
    };
    const notAllowed = defaultNotAllowed(ctx, param!, ref, def);
    if (notAllowed)
      return {
        kind: 'unknown',
        expression: expressionText(ctx.text, written),
        at,
        origins: [origin],
        notAllowed,
      };
    return {
      kind: 'literal',
      value: isScalar(def) ? def.value : def,
      site: def,
      edit: editableNode(ctx.doc, param!.defaultNode!, def),
      at,
      origins: [origin],
    };
  }
  const fn = intrinsicOf(ctx.doc, node);
  if (fn) {
    const r = resolveIntrinsic(ctx, fn, node, (inner) => resolveNode(ctx, inner, depth + 1));
    if (!r) return { kind: 'unknown', expression: expressionText(ctx.text, written), at };
    // Findings point at what the resource says (the whole `Fn::If`), quoted whole when unknown.
    return r.kind === 'omitted'
      ? r
      : r.kind === 'unknown'
        ? { ...r, expression: expressionText(ctx.text, written), at }
        : { ...r, at };
  }
  return {
    kind: 'literal',
    value: isScalar(node) ? node.value : node,
    site: node,
    edit: editableNode(ctx.doc, written, node),
    at,
    origins: [],
  };
}

/**
 * ROS rejects a parameter whose `Default` is not one of its `AllowedValues` (compared as text, so
 * `3` and `'3'` match): the default is then never the value, and the template is in error.
 */
function defaultNotAllowed(
  ctx: RosContext,
  param: RosParameter,
  name: string,
  def: Node,
): Localized | undefined {
  const allowed = asSeq(ctx.doc, valueOf(param.body, 'AllowedValues'))?.items;
  if (!allowed || !isScalar(def)) return undefined;
  const texts = allowed.map((item) => {
    const v = deref(ctx.doc, item as Node | null);
    return isScalar(v) ? String(v.value) : undefined;
  });
  // An allowed value that is not plain text (an intrinsic) could be anything: nothing is rejected.
  if (texts.some((t) => t === undefined) || texts.includes(String(def.value))) return undefined;
  return format(MESSAGES.defaultNotAllowed, {
    name,
    value: String(def.value),
    allowed: texts.join(', '),
  });
}
