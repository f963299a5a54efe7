import { loc, type Location, type Span } from '../../model/location';
import { format } from '../../model/localized';
import type { Origin } from '../../model/value';
import { MESSAGES } from './messages';
import { baseName } from '../../model/paths';
import type { TerraformModule } from './module';
import type { HclFile } from './parse-file';
import { attributeOf, type Expr, type Literal } from './syntax';

/** The literal a value is defined by, which a fix rewrites (possibly in another file). */
export interface Site {
  readonly file: HclFile;
  readonly span: Span;
  /** Whether the literal is written in quotes, so a rewrite keeps the same style. */
  readonly quoted: boolean;
}

export type Evaluated =
  | { readonly kind: 'known'; readonly value: Literal; readonly origins: readonly Origin[]; readonly site?: Site }
  | { readonly kind: 'unknown'; readonly expression: string; readonly origins: readonly Origin[] };

/** References deeper than this are treated as a cycle (`local.a = local.b`, `local.b = local.a`). */
const MAX_DEPTH = 32;

export function locationIn(file: HclFile, span: Span): Location {
  return loc(file.path, span.start, span.end);
}

/**
 * Evaluates what a Terraform expression resolves to in its module, the way Terraform would:
 * literals, `var.x` (tfvars over default), `local.x`, operators and conditionals whose operands
 * resolve. Anything else is unknown, never guessed.
 */
export function evaluate(expr: Expr, file: HclFile, module: TerraformModule, depth = 0): Evaluated {
  if (depth > MAX_DEPTH) return unknownOf(expr, []);
  switch (expr.kind) {
    case 'literal':
      return { kind: 'known', value: expr.value, origins: [], site: { file, span: expr.span, quoted: expr.quoted } };
    case 'traversal':
      return traversal(expr, module, depth);
    case 'unary': {
      const operand = evaluate(expr.operand, file, module, depth + 1);
      if (operand.kind === 'unknown') return operand;
      if (expr.op === '!' && typeof operand.value === 'boolean') return derived(!operand.value, operand.origins);
      if (expr.op === '-' && typeof operand.value === 'number') return derived(-operand.value, operand.origins);
      return unknownOf(expr, operand.origins);
    }
    case 'binary': {
      const left = evaluate(expr.left, file, module, depth + 1);
      const right = evaluate(expr.right, file, module, depth + 1);
      const origins = distinct([...left.origins, ...right.origins]);
      if (left.kind === 'unknown') return { ...left, origins };
      if (right.kind === 'unknown') return { ...right, origins };
      const value = binary(expr.op, left.value, right.value);
      return value === undefined ? unknownOf(expr, origins) : derived(value, origins);
    }
    case 'conditional': {
      const condition = evaluate(expr.condition, file, module, depth + 1);
      if (condition.kind === 'unknown') return condition;
      if (typeof condition.value !== 'boolean') return unknownOf(expr, condition.origins);
      const branch = evaluate(condition.value ? expr.then : expr.otherwise, file, module, depth + 1);
      return { ...branch, origins: distinct([...condition.origins, ...branch.origins]) };
    }
    case 'template': {
      let value = '';
      const origins: Origin[] = [];
      for (const part of expr.parts) {
        if (typeof part === 'string') {
          value += part;
          continue;
        }
        const r = evaluate(part, file, module, depth + 1);
        origins.push(...r.origins);
        if (r.kind === 'unknown') return { ...r, origins };
        if (r.value === null || typeof r.value === 'object') return unknownOf(expr, origins);
        value += String(r.value);
      }
      return derived(value, origins);
    }
    case 'other':
      return unknownOf(expr, []);
  }
}

/** The same step reached twice (`var.a != "" ? var.a : …`) is listed once. */
function distinct(origins: readonly Origin[]): Origin[] {
  const seen = new Set<string>();
  return origins.filter((o) => {
    const key = `${o.at.file}#${o.at.start}#${o.at.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function derived(value: Literal, origins: readonly Origin[]): Evaluated {
  return { kind: 'known', value, origins };
}

function unknownOf(expr: Expr, origins: readonly Origin[]): Evaluated {
  return { kind: 'unknown', expression: expr.text, origins };
}

/**
 * Known values of `var.x` and `local.x` read from the top (depth 0), per module: hundreds of
 * instances read the same few variables. An unknown is not kept: its message quotes the reference as written.
 */
const knownReferences = new WeakMap<TerraformModule, Map<string, Evaluated>>();

function traversal(expr: Extract<Expr, { kind: 'traversal' }>, module: TerraformModule, depth: number): Evaluated {
  const first = expr.steps[0];
  if (first?.kind !== 'attr' || expr.steps.length > 1) return unknownOf(expr, []);
  if (depth !== 0 || (expr.root !== 'var' && expr.root !== 'local')) return reference(expr, first.name, module, depth);
  let known = knownReferences.get(module);
  if (!known) {
    known = new Map();
    knownReferences.set(module, known);
  }
  const key = `${expr.root}.${first.name}`;
  const cached = known.get(key);
  if (cached) return cached;
  const r = reference(expr, first.name, module, depth);
  if (r.kind === 'known') known.set(key, r);
  return r;
}

function reference(expr: Extract<Expr, { kind: 'traversal' }>, name: string, module: TerraformModule, depth: number): Evaluated {
  if (expr.root === 'var') return variable(name, expr, module, depth);
  if (expr.root === 'local') {
    const local = module.locals.get(name);
    if (!local) return unknownOf(expr, []);
    const origin: Origin = { at: locationIn(local.file, local.node.expr.span), label: format(MESSAGES.local, { name }) };
    const r = evaluate(local.node.expr, local.file, module, depth + 1);
    return { ...r, origins: [origin, ...r.origins] };
  }
  return unknownOf(expr, []);
}

function variable(name: string, expr: Expr, module: TerraformModule, depth: number): Evaluated {
  const declared = module.variables.get(name);
  const defaultAttribute = declared && attributeOf(declared.node.body, 'default');
  const origins: Origin[] = [];
  if (declared && defaultAttribute) {
    origins.push({ at: locationIn(declared.file, defaultAttribute.expr.span), label: format(MESSAGES.variableDefault, { name }) });
  } else if (declared) {
    origins.push({ at: locationIn(declared.file, declared.node.header), label: format(MESSAGES.variableDeclared, { name }) });
  }
  // In a called module, the call's argument wins over the default (and tfvars never apply there).
  const input = module.inputs?.get(name);
  if (input) {
    const r = evaluate(input.argument.node.expr, input.argument.file, input.caller, depth + 1);
    return { ...r, origins: [input.origin, ...r.origins] };
  }
  const assignments = module.tfvars.get(name) ?? [];
  const winner = assignments[assignments.length - 1];
  if (winner) {
    origins.push({ at: locationIn(winner.file, winner.node.span), label: format(MESSAGES.tfvars, { file: baseName(winner.file.path), name }) });
    const r = evaluate(winner.node.expr, winner.file, module, depth + 1);
    return { ...r, origins: [...origins, ...r.origins] };
  }
  if (declared && defaultAttribute) {
    const r = evaluate(defaultAttribute.expr, declared.file, module, depth + 1);
    return { ...r, origins: [...origins, ...r.origins] };
  }
  return unknownOf(expr, origins);
}

function binary(op: string, a: Literal, b: Literal): Literal | undefined {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '&&': return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : undefined;
    case '||': return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : undefined;
  }
  const x = typeof a === 'number' ? a : typeof a === 'string' && a.trim() !== '' ? Number(a) : NaN;
  const y = typeof b === 'number' ? b : typeof b === 'string' && b.trim() !== '' ? Number(b) : NaN;
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  switch (op) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/': return y === 0 ? undefined : x / y;
    case '%': return y === 0 ? undefined : x % y;
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
    default: return undefined;
  }
}
