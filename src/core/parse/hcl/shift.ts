import { VALUE_KEYS, type Instance } from '../../model/instance';
import type { Location, Span } from '../../model/location';
import type { Origin, Value } from '../../model/value';
import type { Expr, HclAttribute, HclBlock, HclBody, Traversal, TraversalStep } from './syntax';

/**
 * Copies of converted syntax moved by `delta` UTF-16 units: what an item after an edit becomes when
 * its text is unchanged but the text before it grew or shrank. Every span is moved; nothing else changes.
 */

export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

export function shiftBody(body: HclBody, delta: number): HclBody {
  return {
    attributes: body.attributes.map((a) => shiftAttribute(a, delta)),
    blocks: body.blocks.map((b) => shiftBlock(b, delta)),
  };
}

function shiftAttribute(attribute: HclAttribute, delta: number): HclAttribute {
  return {
    name: attribute.name,
    nameSpan: shiftSpan(attribute.nameSpan, delta),
    expr: shiftExpr(attribute.expr, delta),
    span: shiftSpan(attribute.span, delta),
  };
}

function shiftBlock(block: HclBlock, delta: number): HclBlock {
  return {
    type: block.type,
    labels: block.labels.map((l) => ({ value: l.value, span: shiftSpan(l.span, delta) })),
    header: shiftSpan(block.header, delta),
    span: shiftSpan(block.span, delta),
    openBrace: shiftSpan(block.openBrace, delta),
    closeBrace: block.closeBrace && shiftSpan(block.closeBrace, delta),
    body: shiftBody(block.body, delta),
  };
}

export function shiftExpr(expr: Expr, delta: number): Expr {
  const span = shiftSpan(expr.span, delta);
  switch (expr.kind) {
    case 'literal':
      return { ...expr, span };
    case 'traversal':
      return shiftTraversal(expr, delta);
    case 'template':
      return {
        ...expr,
        span,
        parts: expr.parts.map((p) => (typeof p === 'string' ? p : shiftExpr(p, delta))),
      };
    case 'unary':
      return { ...expr, span, operand: shiftExpr(expr.operand, delta) };
    case 'binary':
      return { ...expr, span, left: shiftExpr(expr.left, delta), right: shiftExpr(expr.right, delta) };
    case 'conditional':
      return {
        ...expr,
        span,
        condition: shiftExpr(expr.condition, delta),
        then: shiftExpr(expr.then, delta),
        otherwise: shiftExpr(expr.otherwise, delta),
      };
    case 'call':
      return { ...expr, span, args: expr.args.map((a) => shiftExpr(a, delta)) };
    case 'relative':
      return { ...expr, span, base: shiftExpr(expr.base, delta), steps: shiftSteps(expr.steps, delta) };
    case 'tuple':
      return { ...expr, span, items: expr.items.map((i) => shiftExpr(i, delta)) };
    case 'object':
      return {
        ...expr,
        span,
        entries: expr.entries.map((e) => ({
          key: shiftExpr(e.key, delta),
          value: shiftExpr(e.value, delta),
        })),
      };
    case 'other':
      return { ...expr, span, references: expr.references.map((r) => shiftTraversal(r, delta)) };
  }
}

function shiftTraversal(traversal: Traversal, delta: number): Traversal {
  return { ...traversal, span: shiftSpan(traversal.span, delta), steps: shiftSteps(traversal.steps, delta) };
}

function shiftSteps(steps: readonly TraversalStep[], delta: number): TraversalStep[] {
  return steps.map((s) =>
    s.kind === 'index' && s.key ? { kind: 'index' as const, key: shiftExpr(s.key, delta) } : s,
  );
}

/** Locations of one file at or after `from` (in the previous text) move by `delta`. */
export interface LocationShift {
  readonly file: string;
  readonly from: number;
  readonly delta: number;
}

export function shiftLocation(at: Location, shift: LocationShift): Location {
  if (at.file !== shift.file || at.start < shift.from) return at;
  return { file: at.file, start: at.start + shift.delta, end: at.end + shift.delta };
}

function shiftOrigins(origins: readonly Origin[], shift: LocationShift): readonly Origin[] {
  return origins.map((o) => ({ at: shiftLocation(o.at, shift), label: o.label }));
}

export function shiftValue<T extends Value<unknown> | undefined>(value: T, shift: LocationShift): T {
  if (!value) return value;
  return { ...value, at: shiftLocation(value.at, shift), origins: shiftOrigins(value.origins, shift) };
}

/** An instance whose every location (values, origins, EIP associations, websites) is moved. */
export function shiftInstance(instance: Instance, shift: LocationShift): Instance {
  const v = <T extends Value<unknown> | undefined>(value: T): T => shiftValue(value, shift);
  const moved: Instance = {
    ...instance,
    header: shiftLocation(instance.header, shift),
    extent: shiftLocation(instance.extent, shift),
    eipAssociations: instance.eipAssociations.map((at) => shiftLocation(at, shift)),
    websites: instance.websites.map((w) => ({
      ...w,
      domain: v(w.domain),
      ...(w.serviceNumber ? { serviceNumber: v(w.serviceNumber) } : {}),
      at: shiftLocation(w.at, shift),
    })),
  };
  const values = moved as { -readonly [K in keyof Instance]: Instance[K] };
  for (const key of VALUE_KEYS)
    if (key in instance) (values as Record<string, unknown>)[key] = v(instance[key]);
  if (instance.order)
    values.order = { amount: v(instance.order.amount), currency: v(instance.order.currency) };
  return moved;
}

/**
 * Whether `shift` moves any location of the instance that `shiftInstance` would move. An instance
 * before an edit usually has none, and is then carried without a copy.
 */
export function isMovedBy(instance: Instance, shift: LocationShift): boolean {
  const moves = (at: Location) => at.file === shift.file && at.start >= shift.from;
  const valueMoves = (value: Value<unknown> | undefined): boolean => {
    if (!value) return false;
    return moves(value.at) || value.origins.some((o) => moves(o.at));
  };
  return (
    moves(instance.header) ||
    moves(instance.extent) ||
    instance.eipAssociations.some(moves) ||
    instance.websites.some((w) => moves(w.at) || valueMoves(w.domain) || valueMoves(w.serviceNumber)) ||
    VALUE_KEYS.some((key) => valueMoves(instance[key])) ||
    (instance.order !== undefined &&
      (valueMoves(instance.order.amount) || valueMoves(instance.order.currency)))
  );
}
