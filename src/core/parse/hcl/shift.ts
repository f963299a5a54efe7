import type { Span } from '../../model/location';
import type { Expr, HclAttribute, HclBlock, HclBody, Traversal } from './syntax';

/**
 * Copies of converted syntax moved by `delta` UTF-16 units: what an item after an edit becomes when
 * its text is unchanged but the text before it grew or shrank. Every span is moved; nothing else changes.
 */

export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

export function shiftBody(body: HclBody, delta: number): HclBody {
  return { attributes: body.attributes.map((a) => shiftAttribute(a, delta)), blocks: body.blocks.map((b) => shiftBlock(b, delta)) };
}

function shiftAttribute(attribute: HclAttribute, delta: number): HclAttribute {
  return { name: attribute.name, nameSpan: shiftSpan(attribute.nameSpan, delta), expr: shiftExpr(attribute.expr, delta), span: shiftSpan(attribute.span, delta) };
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
      return { ...expr, span, parts: expr.parts.map((p) => (typeof p === 'string' ? p : shiftExpr(p, delta))) };
    case 'unary':
      return { ...expr, span, operand: shiftExpr(expr.operand, delta) };
    case 'binary':
      return { ...expr, span, left: shiftExpr(expr.left, delta), right: shiftExpr(expr.right, delta) };
    case 'conditional':
      return { ...expr, span, condition: shiftExpr(expr.condition, delta), then: shiftExpr(expr.then, delta), otherwise: shiftExpr(expr.otherwise, delta) };
    case 'other':
      return { ...expr, span, references: expr.references.map((r) => shiftTraversal(r, delta)) };
  }
}

function shiftTraversal(traversal: Traversal, delta: number): Traversal {
  return { ...traversal, span: shiftSpan(traversal.span, delta) };
}
