import { isMap, isScalar, type Node } from 'yaml';
import type { Origin } from '../../../model/value';
import { intrinsicOf } from '../intrinsics';
import { asMap, asSeq, deref, keyText, pairOf, valueOf } from '../nodes';
import type { RosContext } from './context';
import type { Resolved } from './resolve';

/** A condition's truth, with the parameter defaults it was decided by. */
export interface Decided {
  readonly value: boolean;
  readonly origins: readonly Origin[];
}

/** Conditions referring to conditions deeper than this are a cycle in a broken template: undecided. */
const MAX_DEPTH = 16;

/**
 * Whether the template's condition `name` holds, decided statically: `Fn::Equals` over literals and
 * parameter defaults, `Fn::Not`, `Fn::And`, `Fn::Or` and `Condition` references. Undefined when it
 * cannot be known (a pseudo parameter, a parameter without default, a missing condition, a cycle).
 * `resolve` reads an operand the way a property is read.
 */
export function decideCondition(
  ctx: RosContext,
  name: string,
  resolve: (node: Node) => Resolved,
  depth = 0,
): Decided | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const conditions = asMap(ctx.doc, valueOf(asMap(ctx.doc, ctx.doc.contents), 'Conditions'));
  const body = pairOf(conditions, name)?.value;
  return body ? decide(ctx, body, resolve, depth + 1) : undefined;
}

function decide(
  ctx: RosContext,
  written: unknown,
  resolve: (node: Node) => Resolved,
  depth: number,
): Decided | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = deref(ctx.doc, written);
  if (!node) return undefined;
  // `Condition: Name` (long form) or `!Condition Name`.
  const named = conditionName(ctx, node);
  if (named !== undefined) return decideCondition(ctx, named, resolve, depth);
  const fn = intrinsicOf(ctx.doc, node);
  if (!fn) return undefined;
  const args = asSeq(ctx.doc, fn.arg)?.items ?? [];
  switch (fn.name) {
    case 'Fn::Equals': {
      if (args.length !== 2) return undefined;
      const [a, b] = args.map((arg) => resolve(arg as Node));
      if (a.kind !== 'literal' || b.kind !== 'literal' || !isScalarValue(a.value) || !isScalarValue(b.value))
        return undefined;
      return { value: String(a.value) === String(b.value), origins: [...a.origins, ...b.origins] };
    }
    case 'Fn::Not': {
      const inner = decide(ctx, args.length === 1 ? args[0] : fn.arg, resolve, depth + 1);
      return inner && { value: !inner.value, origins: inner.origins };
    }
    case 'Fn::And':
    case 'Fn::Or': {
      // A known false decides And, a known true decides Or, whatever the other operands are.
      const decisive = fn.name === 'Fn::Or';
      const decided = args.map((arg) => decide(ctx, arg, resolve, depth + 1));
      const hit = decided.find((d) => d?.value === decisive);
      if (hit) return hit;
      if (args.length === 0 || decided.some((d) => d === undefined)) return undefined;
      return { value: !decisive, origins: decided.flatMap((d) => d?.origins ?? []) };
    }
    default:
      return undefined;
  }
}

function conditionName(ctx: RosContext, node: Node): string | undefined {
  if (node.tag === '!Condition' && isScalar(node) && typeof node.value === 'string') return node.value;
  if (isMap(node) && node.items.length === 1 && keyText(node.items[0]) === 'Condition') {
    const target = deref(ctx.doc, node.items[0].value);
    return isScalar(target) && typeof target.value === 'string' ? target.value : undefined;
  }
  return undefined;
}

function isScalarValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
