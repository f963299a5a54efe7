import type { SyntaxNode } from './syntax-node';
import type { Span } from '../../model/location';
import type { Expr, Traversal, TraversalStep } from './syntax';

/**
 * Turns tree-sitter expression nodes into the plain `Expr` model. The grammar flattens postfix
 * chains and operands (`var.x == ""` is one node with children `variable_expr get_attr == literal`),
 * so most functions here take a run of sibling nodes rather than one node.
 */

const BINARY_OPERATORS = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);

export function exprFromNode(node: SyntaxNode, source: string): Expr {
  if (node.type === 'expression') return exprFromRun(meaningful(node.children), source, spanOf(node));
  return exprFromRun([node], source, spanOf(node));
}

function meaningful(nodes: readonly SyntaxNode[]): SyntaxNode[] {
  return nodes.filter(
    (n) => n.type !== 'comment' && !(n.isMissing && n.startIndex === n.endIndex && !n.isNamed),
  );
}

function spanOf(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

function runSpan(nodes: readonly SyntaxNode[], fallback: Span): Span {
  if (nodes.length === 0) return fallback;
  return { start: nodes[0].startIndex, end: nodes[nodes.length - 1].endIndex };
}

function base(span: Span, source: string): { span: Span; text: string } {
  return { span, text: source.slice(span.start, span.end) };
}

function other(span: Span, source: string, nodes: readonly SyntaxNode[]): Expr {
  return {
    kind: 'other',
    ...base(span, source),
    references: nodes.flatMap((n) => traversalsBelow(n, source)),
  };
}

/** One `_expr_term` (or a conditional), given as the run of sibling nodes that spell it. */
function exprFromRun(nodes: SyntaxNode[], source: string, fallback: Span): Expr {
  const span = runSpan(nodes, fallback);
  if (nodes.length === 0) return other(span, source, []);
  const [head, ...rest] = nodes;
  let expr: Expr;
  let postfix: SyntaxNode[];
  if (head.type === '(') {
    const close = rest.findIndex((n) => n.type === ')');
    const inner = rest.find((n) => n.type === 'expression');
    if (close < 0 || !inner) return other(span, source, nodes);
    expr = exprFromNode(inner, source);
    postfix = rest.slice(close + 1);
    if (postfix.length === 0) return { ...expr, ...base(span, source) } as Expr;
  } else {
    expr = termHead(head, source);
    postfix = rest;
  }
  if (postfix.length === 0) return expr;
  const steps: TraversalStep[] = expr.kind === 'traversal' ? [...expr.steps] : [];
  for (const node of postfix) {
    if (!addSteps(node, steps, source)) return other(span, source, nodes);
  }
  if (expr.kind !== 'traversal') return { kind: 'relative', ...base(span, source), base: expr, steps };
  return { kind: 'traversal', ...base(span, source), root: expr.root, steps };
}

function addSteps(node: SyntaxNode, steps: TraversalStep[], source: string): boolean {
  switch (node.type) {
    case 'get_attr': {
      const id = node.children.find((c) => c.type === 'identifier');
      if (!id) return false;
      steps.push({ kind: 'attr', name: id.text });
      return true;
    }
    case 'index': {
      const key = node.namedChildren[0]?.namedChildren.find((c) => c.type === 'expression');
      steps.push(key ? { kind: 'index', key: exprFromNode(key, source) } : { kind: 'index' });
      return true;
    }
    case 'splat':
      steps.push({ kind: 'splat' });
      for (const inner of node.namedChildren[0]?.namedChildren ?? [])
        if (!addSteps(inner, steps, source)) return false;
      return true;
    default:
      return false;
  }
}

function termHead(node: SyntaxNode, source: string): Expr {
  const span = spanOf(node);
  switch (node.type) {
    case 'expression':
      return exprFromNode(node, source);
    case 'variable_expr':
      return { kind: 'traversal', ...base(span, source), root: node.text, steps: [] };
    case 'literal_value':
      return literal(node, source);
    case 'template_expr':
      return template(node.namedChildren[0] ?? node, source);
    case 'conditional':
      return conditional(node, source);
    case 'operation':
      return operation(node.namedChildren[0] ?? node, source);
    case 'function_call':
      return call(node, source);
    case 'collection_value':
      return collection(node.namedChildren[0] ?? node, source);
    case 'for_expr':
      return forExpression(node.namedChildren[0] ?? node, source);
    default:
      return other(span, source, [node]);
  }
}

function call(node: SyntaxNode, source: string): Expr {
  const name = node.namedChildren[0];
  const args = node.namedChildren.find((c) => c.type === 'function_arguments');
  // Provider functions (`provider::x::f`) and broken calls are never evaluated.
  if (
    node.hasError ||
    name?.type !== 'identifier' ||
    node.namedChildren.filter((c) => c.type === 'identifier').length > 1
  )
    return other(spanOf(node), source, [node]);
  const values = (args?.namedChildren ?? [])
    .filter((c) => c.type === 'expression')
    .map((c) => exprFromNode(c, source));
  const expandFinal = (args?.namedChildren ?? []).some((c) => c.type === 'ellipsis');
  return { kind: 'call', ...base(spanOf(node), source), name: name.text, args: values, expandFinal };
}

function collection(node: SyntaxNode, source: string): Expr {
  if (node.hasError) return other(spanOf(node), source, [node]);
  if (node.type === 'tuple') {
    const items = node.namedChildren
      .filter((c) => c.type === 'expression')
      .map((c) => exprFromNode(c, source));
    return { kind: 'tuple', ...base(spanOf(node), source), items };
  }
  if (node.type === 'object') {
    const entries: { key: Expr; value: Expr }[] = [];
    for (const elem of node.namedChildren.filter((c) => c.type === 'object_elem')) {
      const [keyNode, valueNode] = elem.namedChildren.filter((c) => c.type === 'expression');
      if (!keyNode || !valueNode) return other(spanOf(node), source, [node]);
      entries.push({ key: objectKey(keyNode, source), value: exprFromNode(valueNode, source) });
    }
    return { kind: 'object', ...base(spanOf(node), source), entries };
  }
  return other(spanOf(node), source, [node]);
}

/** `[for i, x in coll : value if cond]` and `{ for k, v in coll : key => value… if cond }`. */
function forExpression(node: SyntaxNode, source: string): Expr {
  const intro = node.namedChildren.find((c) => c.type === 'for_intro');
  const names = intro?.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text) ?? [];
  const collection = intro?.namedChildren.find((c) => c.type === 'expression');
  const body = node.namedChildren.filter((c) => c.type === 'expression');
  const condition = node.namedChildren
    .find((c) => c.type === 'for_cond')
    ?.namedChildren.find((c) => c.type === 'expression');
  const object = node.type === 'for_object_expr';
  if (
    node.hasError ||
    !collection ||
    names.length < 1 ||
    names.length > 2 ||
    body.length !== (object ? 2 : 1) ||
    (node.type !== 'for_tuple_expr' && !object)
  )
    return other(spanOf(node), source, [node]);
  const [first, second] = names;
  const exprs = body.map((b) => exprFromNode(b, source));
  return {
    kind: 'for',
    ...base(spanOf(node), source),
    object,
    ...(second !== undefined ? { keyName: first } : {}),
    valueName: second ?? first,
    collection: exprFromNode(collection, source),
    ...(object ? { key: exprs[0] } : {}),
    value: exprs[exprs.length - 1],
    ...(condition ? { condition: exprFromNode(condition, source) } : {}),
    grouped: node.namedChildren.some((c) => c.type === 'ellipsis'),
  };
}

/** `a = 1` names the key "a" (a bare identifier is not a reference there); `(var.k) = 1` and `"a" = 1` are expressions. */
function objectKey(node: SyntaxNode, source: string): Expr {
  const only = meaningful(node.children);
  if (only.length === 1 && only[0].type === 'variable_expr') {
    return { kind: 'literal', ...base(spanOf(only[0]), source), value: only[0].text, quoted: false };
  }
  return exprFromNode(node, source);
}

function literal(node: SyntaxNode, source: string): Expr {
  const span = spanOf(node);
  const inner = node.namedChildren[0];
  switch (inner?.type) {
    case 'numeric_lit':
      return { kind: 'literal', ...base(span, source), value: Number(inner.text), quoted: false };
    case 'bool_lit':
      return { kind: 'literal', ...base(span, source), value: inner.text === 'true', quoted: false };
    case 'null_lit':
      return { kind: 'literal', ...base(span, source), value: null, quoted: false };
    case 'string_lit': {
      const chunk = inner.namedChildren.find((c) => c.type === 'template_literal');
      return { kind: 'literal', ...base(span, source), value: unescape(chunk?.text ?? ''), quoted: true };
    }
    default:
      return other(span, source, [node]);
  }
}

function template(node: SyntaxNode, source: string): Expr {
  const span = spanOf(node);
  const heredoc = node.type === 'heredoc_template';
  const parts: (string | Expr)[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'template_literal') parts.push(heredoc ? child.text : unescape(child.text));
    else if (child.type === 'template_interpolation') {
      const inner = child.namedChildren.find((c) => c.type === 'expression');
      parts.push(inner ? exprFromNode(inner, source) : other(spanOf(child), source, []));
    } else if (child.type === 'template_directive') parts.push(other(spanOf(child), source, [child]));
  }
  if (parts.every((p) => typeof p === 'string')) {
    return { kind: 'literal', ...base(span, source), value: parts.join(''), quoted: !heredoc };
  }
  return { kind: 'template', ...base(span, source), parts };
}

function conditional(node: SyntaxNode, source: string): Expr {
  const parts = node.namedChildren.filter((c) => c.type === 'expression');
  if (parts.length !== 3 || node.hasError) return other(spanOf(node), source, [node]);
  const [condition, then, otherwise] = parts.map((p) => exprFromNode(p, source));
  return { kind: 'conditional', ...base(spanOf(node), source), condition, then, otherwise };
}

function operation(node: SyntaxNode, source: string): Expr {
  const span = spanOf(node);
  const children = meaningful(node.children);
  if (node.hasError) return other(span, source, children);
  if (node.type === 'unary_operation') {
    const [op, ...operand] = children;
    return { kind: 'unary', ...base(span, source), op: op.type, operand: exprFromRun(operand, source, span) };
  }
  if (node.type === 'binary_operation') {
    let depth = 0;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type === '(') depth++;
      else if (c.type === ')') depth--;
      else if (depth === 0 && i > 0 && !c.isNamed && BINARY_OPERATORS.has(c.type)) {
        const left = exprFromRun(children.slice(0, i), source, span);
        const right = exprFromRun(children.slice(i + 1), source, span);
        return { kind: 'binary', ...base(span, source), op: c.type, left, right };
      }
    }
  }
  return other(span, source, children);
}

/** Traversals anywhere below `node`, for expressions that are never evaluated. */
function traversalsBelow(node: SyntaxNode, source: string): Traversal[] {
  const found: Traversal[] = [];
  const visit = (n: SyntaxNode): void => {
    const children = n.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type === 'variable_expr') {
        let j = i + 1;
        while (j < children.length && ['get_attr', 'index', 'splat'].includes(children[j].type)) j++;
        const t = exprFromRun(children.slice(i, j), source, spanOf(c));
        if (t.kind === 'traversal') found.push(t);
        i = j - 1;
      } else visit(c);
    }
  };
  if (node.type === 'variable_expr') {
    found.push({ kind: 'traversal', ...base(spanOf(node), source), root: node.text, steps: [] });
  } else visit(node);
  return found;
}

/** HCL quoted-string escapes; anything unrecognised is kept as written. */
export function unescape(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    switch (esc?.[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const cp = parseInt(esc.slice(1), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      default:
        return m;
    }
  });
}
