import type { Node as JsonNode } from 'jsonc-parser';
import { parseHclFile } from '../hcl/parse-file';
import { shiftExpr } from '../hcl/shift';
import type { Span } from '../../model/location';
import type { Expr } from '../hcl/syntax';

/**
 * JSON values as the `Expr` model the HCL evaluator reads, with spans in the JSON text.
 *
 * In a `.tf.json` configuration, strings are templates: `"${var.period}"` is the expression inside,
 * which HCL's own grammar reads (the JSON string token is also an HCL quoted template, so tree-sitter
 * parses it verbatim and the spans move by a constant). Variable defaults and tfvars values are
 * literal: nothing in them is interpolated.
 */

export type ValueMode = 'expression' | 'literal';

export function exprOfJson(node: JsonNode, text: string, mode: ValueMode): Expr {
  const span = { start: node.offset, end: node.offset + node.length };
  const written = text.slice(span.start, span.end);
  switch (node.type) {
    case 'string':
      if (mode === 'expression' && /[$%]\{/.test(written)) return template(node, text);
      return { kind: 'literal', span, text: written, value: String(node.value), quoted: true };
    case 'number':
    case 'boolean':
    case 'null':
      return {
        kind: 'literal',
        span,
        text: written,
        value: node.value as number | boolean | null,
        quoted: false,
      };
    case 'array':
      return {
        kind: 'tuple',
        span,
        text: written,
        items: (node.children ?? []).map((item) => exprOfJson(item, text, mode)),
      };
    default: {
      // An object's keys are names, never templates; its values are read like any value.
      const entries: { key: Expr; value: Expr }[] = [];
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key?.type !== 'string' || !value) continue;
        entries.push({ key: exprOfJson(key, text, 'literal'), value: exprOfJson(value, text, mode) });
      }
      return { kind: 'object', span, text: written, entries };
    }
  }
}

/** `a = ` before the token: the smallest HCL file whose one attribute's value is the token. */
const PREFIX = 'a = ';

/**
 * A JSON string holding `${…}` or `%{…}`, read as an HCL template: the JSON token is an HCL quoted
 * template as it stands, unless it has escapes (see `loneInterpolation`). A template HCL cannot
 * read is an expression that is never evaluated.
 */
function template(node: JsonNode, text: string): Expr {
  const span = { start: node.offset, end: node.offset + node.length };
  const token = text.slice(span.start, span.end);
  const opaque: Expr = { kind: 'other', span, text: token, references: [] };
  if (token.includes('\\')) return loneInterpolation(String(node.value), span, token) ?? opaque;
  return parseExpression(token, span.start, '') ?? opaque;
}

/**
 * A string with JSON escapes (`"${lookup(var.m, \"k\")}"`, as CDK for Terraform writes it): its
 * decoded text is read as an HCL heredoc, which needs no escapes. Only a string that is one
 * interpolation is taken (a heredoc's literal text is not kept exactly); every span inside it is the
 * whole JSON string, since decoded offsets are not offsets in the file.
 */
function loneInterpolation(decoded: string, span: Span, token: string): Expr | undefined {
  if (!decoded.startsWith('${') || !decoded.endsWith('}')) return undefined;
  let delimiter = 'EOT';
  while (decoded.includes(delimiter)) delimiter += '_';
  const parsed = parseHclFile({ path: '', text: `${PREFIX}<<${delimiter}\n${decoded}\n${delimiter}\n` });
  try {
    const expr = parsed.body.attributes[0]?.expr;
    if (
      parsed.problems.length > 0 ||
      expr?.kind !== 'template' ||
      expr.parts.length !== 1 ||
      typeof expr.parts[0] === 'string'
    )
      return undefined;
    return { ...pinned(expr, span), text: token };
  } finally {
    parsed.tree?.delete();
  }
}

/** A copy of `value` with every `span` in it replaced by `span`. */
function pinned<T>(value: T, span: Span): T {
  if (Array.isArray(value)) return value.map((item: unknown) => pinned(item, span)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = key === 'span' ? span : pinned(inner, span);
  return copy as T;
}

/**
 * The `provider` meta-argument in JSON is a string naming the provider (`"alicloud.hk"`), not a
 * template: read the text between the quotes as a bare expression.
 */
export function providerReference(node: JsonNode, text: string): Expr {
  const span = { start: node.offset, end: node.offset + node.length };
  const token = text.slice(span.start, span.end);
  const opaque: Expr = { kind: 'other', span, text: token, references: [] };
  if (node.type !== 'string' || !/^"[\w.-]+"$/.test(token)) return opaque;
  return parseExpression(token.slice(1, -1), span.start + 1, '') ?? opaque;
}

/** Parses `source` as one HCL expression found at `offset` of the JSON text; undefined when it does not parse cleanly. */
function parseExpression(source: string, offset: number, path: string): Expr | undefined {
  const parsed = parseHclFile({ path, text: `${PREFIX}${source}\n` });
  try {
    const attribute = parsed.body.attributes[0];
    if (
      !attribute ||
      parsed.problems.length > 0 ||
      parsed.body.attributes.length !== 1 ||
      parsed.body.blocks.length > 0
    )
      return undefined;
    return shiftExpr(attribute.expr, offset - PREFIX.length);
  } finally {
    parsed.tree?.delete();
  }
}
