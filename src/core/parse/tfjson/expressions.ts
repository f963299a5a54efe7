import type { Node as JsonNode } from 'jsonc-parser';
import { parseHclFile } from '../hcl/parse-file';
import { shiftExpr } from '../hcl/shift';
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
      return { kind: 'literal', span, text: written, value: node.value as number | boolean | null, quoted: false };
    case 'array':
      return { kind: 'tuple', span, text: written, items: (node.children ?? []).map((item) => exprOfJson(item, text, mode)) };
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
 * A JSON string holding `${…}` or `%{…}`, read as an HCL template. Escapes JSON has and HCL has not
 * (`\/`, `\b`, `\f`), or a template HCL cannot read, leave it an expression that is never evaluated.
 */
function template(node: JsonNode, text: string): Expr {
  const span = { start: node.offset, end: node.offset + node.length };
  const token = text.slice(span.start, span.end);
  const opaque: Expr = { kind: 'other', span, text: token, references: [] };
  if (/\\[/bf]/.test(token)) return opaque;
  return parseExpression(token, span.start, '') ?? opaque;
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
    if (!attribute || parsed.problems.length > 0 || parsed.body.attributes.length !== 1 || parsed.body.blocks.length > 0) return undefined;
    return shiftExpr(attribute.expr, offset - PREFIX.length);
  } finally {
    parsed.tree?.delete();
  }
}
