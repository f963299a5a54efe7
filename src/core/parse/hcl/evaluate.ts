import { loc, type Location, type Span } from '../../model/location';
import { format } from '../../model/localized';
import type { Origin } from '../../model/value';
import { MESSAGES } from './messages';
import { baseName } from '../../model/paths';
import type { TerraformModule } from './module';
import type { HclFile } from './parse-file';
import { FUNCTIONS, keyText } from './functions';
import { REJECTED } from './function-result';
import { evaluateFor, type Bindings } from './for-expression';
import { isLiteral, isObject, isTuple, sameValue, type Evaluated, type HclValue } from './hcl-value';
import { attributeOf, type Expr, type Literal, type TraversalStep } from './syntax';
import { withTypeDefaults } from './type-defaults';

export type { Evaluated, HclValue, Site } from './hcl-value';

/** References deeper than this are treated as a cycle (`local.a = local.b`, `local.b = local.a`). */
const MAX_DEPTH = 32;

export function locationIn(file: HclFile, span: Span): Location {
  return loc(file.path, span.start, span.end);
}

/**
 * Evaluates what a Terraform expression resolves to in its module, the way Terraform would:
 * literals, `var.x` (tfvars over default), `local.x`, collections and indexing into them,
 * templates, operators, conditionals and the built-in functions in `functions.ts`, whenever the
 * operands they need resolve. Anything else is unknown, never guessed.
 */
export function evaluate(expr: Expr, file: HclFile, module: TerraformModule, depth = 0): Evaluated {
  if (depth > 0) return evaluateStep(expr, file, module, depth);
  // Each evaluation from the top gets its own step budget (and gives the outer one back).
  const outer = stepsLeft;
  stepsLeft = MAX_STEPS;
  try {
    return evaluateStep(expr, file, module, 0);
  } finally {
    stepsLeft = outer;
  }
}

/**
 * Steps one evaluation from the top may take: far more than any real setting needs, few enough
 * that locals which each copy the one before ten times (10^30 steps at 30 levels) end at once.
 * Past it, what is left is unknown, never guessed.
 */
const MAX_STEPS = 50_000;
let stepsLeft = MAX_STEPS;

/**
 * Steps left for every evaluation of one module composition together (`withSharedSteps`): the
 * per-evaluation limit alone lets 1,000 copies of a module each spend it. Unlimited outside one.
 */
let sharedStepsLeft = Infinity;

/**
 * Runs `run` with `steps` shared by all the evaluations in it; `spent()` says whether they ran out
 * (after which every evaluation is unknown, never guessed).
 */
export function withSharedSteps<T>(steps: number, run: (spent: () => boolean) => T): T {
  const outer = sharedStepsLeft;
  sharedStepsLeft = steps;
  try {
    return run(() => sharedStepsLeft < 0);
  } finally {
    sharedStepsLeft = outer;
  }
}

function evaluateStep(expr: Expr, file: HclFile, module: TerraformModule, depth: number): Evaluated {
  if (depth > MAX_DEPTH || --stepsLeft < 0 || --sharedStepsLeft < 0) return unknownOf(expr, []);
  const next = (e: Expr) => evaluate(e, file, module, depth + 1);
  switch (expr.kind) {
    case 'literal':
      return {
        kind: 'known',
        value: expr.value,
        origins: [],
        site: { file, span: expr.span, quoted: expr.quoted },
      };
    case 'traversal':
      return traversal(expr, file, module, depth);
    case 'unary': {
      const operand = next(expr.operand);
      if (operand.kind === 'unknown') return operand;
      if (expr.op === '!' && typeof operand.value === 'boolean')
        return derived(!operand.value, operand.origins);
      if (expr.op === '-' && typeof operand.value === 'number')
        return derived(-operand.value, operand.origins);
      return unknownOf(expr, operand.origins);
    }
    case 'binary': {
      const left = next(expr.left);
      const right = next(expr.right);
      const origins = distinct([...left.origins, ...right.origins]);
      // An operand Terraform rejects fails the whole expression, whatever the other one is.
      if (right.kind === 'unknown' && right.failed && left.kind !== 'unknown') return { ...right, origins };
      if (left.kind === 'unknown') return { ...left, origins };
      if (right.kind === 'unknown') return { ...right, origins };
      const value = binary(expr.op, left.value, right.value);
      return value === undefined ? unknownOf(expr, origins) : derived(value, origins);
    }
    case 'conditional': {
      const condition = next(expr.condition);
      if (condition.kind === 'unknown') return condition;
      if (typeof condition.value !== 'boolean') return unknownOf(expr, condition.origins);
      const branch = next(condition.value ? expr.then : expr.otherwise);
      return { ...branch, origins: distinct([...condition.origins, ...branch.origins]) };
    }
    case 'template':
      return template(expr, next);
    case 'tuple': {
      const items = expr.items.map(next);
      const failed = items.find(isFailed);
      if (failed) return failed;
      return { kind: 'known', value: { kind: 'tuple', items }, origins: [] };
    }
    case 'object': {
      const entries = new Map<string, Evaluated>();
      for (const entry of expr.entries) {
        const key = next(entry.key);
        const name = key.kind === 'known' ? keyText(key.value) : undefined;
        // A key that cannot be known makes every lookup uncertain: the whole object is unknown.
        if (name === undefined) return key.kind === 'unknown' ? key : unknownOf(expr, key.origins);
        const value = next(entry.value);
        if (isFailed(value)) return value;
        entries.set(name, value);
      }
      return { kind: 'known', value: { kind: 'object', entries }, origins: [] };
    }
    case 'call': {
      if (expr.name === 'try' || expr.name === 'can') return tryOrCan(expr, next);
      const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, expr.name)
        ? FUNCTIONS[expr.name]
        : undefined;
      // `f(list...)` spreads a list into arguments; not needed by the functions we know, so never guessed.
      if (expr.expandFinal) return unknownOf(expr, []);
      const args = expr.args.map(next);
      const origins = distinct(args.flatMap((a) => a.origins));
      // An argument Terraform rejects fails the call, whichever function it is.
      if (args.some(isFailed)) return failedOf(expr, origins);
      if (!fn) return unknownOf(expr, []);
      const result = fn(args);
      if (result === REJECTED) return failedOf(expr, origins);
      return result ?? unknownOf(expr, origins);
    }
    case 'for':
      return evaluateFor(
        expr,
        next(expr.collection),
        (bindings, e) => evaluate(e, file, withBindings(module, bindings), depth + 1),
        (failed) => (failed ? failedOf(expr, []) : unknownOf(expr, [])),
      );
    case 'relative':
      return applySteps(expr, next(expr.base), expr.steps, file, module, depth);
    case 'other':
      return unknownOf(expr, []);
  }
}

function isFailed(e: Evaluated): boolean {
  return e.kind === 'unknown' && e.failed === true;
}

/**
 * `try(a, b, …)`: the first argument that is known; one Terraform rejects (a missing key, an index
 * out of range) gives way to the next, but one merely unknown until apply makes the result
 * unknown (it might succeed). `can(x)`: true when known, false when rejected, else unknown.
 */
function tryOrCan(expr: Extract<Expr, { kind: 'call' }>, next: (e: Expr) => Evaluated): Evaluated {
  if (expr.expandFinal || expr.args.length === 0 || (expr.name === 'can' && expr.args.length !== 1))
    return unknownOf(expr, []);
  for (const arg of expr.args) {
    const r = next(arg);
    if (expr.name === 'can') {
      if (r.kind === 'known') return { kind: 'known', value: true, origins: r.origins };
      return r.failed ? { kind: 'known', value: false, origins: r.origins } : unknownOf(expr, r.origins);
    }
    if (r.kind === 'known') return r;
    if (!r.failed) return unknownOf(expr, r.origins);
  }
  return failedOf(expr, []);
}

/** A module seen from inside a `for` expression: the names it binds come first. */
type Scoped = TerraformModule & { readonly bindings?: Bindings };

function withBindings(module: TerraformModule, bindings: Bindings): Scoped {
  const outer = (module as Scoped).bindings;
  return { ...module, bindings: outer ? new Map([...outer, ...bindings]) : bindings };
}

/** `"${var.x}"` alone is the value itself (any type, same site); otherwise the parts joined as text. */
function template(expr: Extract<Expr, { kind: 'template' }>, next: (e: Expr) => Evaluated): Evaluated {
  const [only, ...more] = expr.parts;
  if (more.length === 0 && only !== undefined && typeof only !== 'string') return next(only);
  let value = '';
  const origins: Origin[] = [];
  for (const part of expr.parts) {
    if (typeof part === 'string') {
      value += part;
      continue;
    }
    const r = next(part);
    origins.push(...r.origins);
    if (r.kind === 'unknown') return { ...r, origins };
    if (r.value === null || !isLiteral(r.value)) return unknownOf(expr, origins);
    value += String(r.value);
  }
  return derived(value, origins);
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

function derived(value: HclValue, origins: readonly Origin[]): Evaluated {
  return { kind: 'known', value, origins };
}

function unknownOf(expr: Expr, origins: readonly Origin[]): Evaluated {
  return { kind: 'unknown', expression: expr.text, origins };
}

/** What Terraform itself would reject: unknown here, and `try` moves past it. */
function failedOf(expr: Expr, origins: readonly Origin[]): Evaluated {
  return { kind: 'unknown', expression: expr.text, origins, failed: true };
}

/**
 * Known values of `var.x` and `local.x` read from the top (depth 0), per module: hundreds of
 * instances read the same few variables. An unknown is not kept: its message quotes the reference as written.
 */
const knownReferences = new WeakMap<TerraformModule, Map<string, Evaluated>>();

/** `var.x`, `local.y`, then any attribute and index steps into the value (`var.sizes["web"]`, `local.cfg.billing`). */
function traversal(
  expr: Extract<Expr, { kind: 'traversal' }>,
  file: HclFile,
  module: TerraformModule,
  depth: number,
): Evaluated {
  const bound = (module as Scoped).bindings?.get(expr.root);
  if (bound) return applySteps(expr, bound, expr.steps, file, module, depth);
  const [first, ...steps] = expr.steps;
  if (first?.kind !== 'attr') return unknownOf(expr, []);
  const base = cachedReference(expr, first.name, module, depth);
  return steps.length === 0 ? base : applySteps(expr, base, steps, file, module, depth);
}

function cachedReference(
  expr: Extract<Expr, { kind: 'traversal' }>,
  name: string,
  module: TerraformModule,
  depth: number,
): Evaluated {
  if (depth !== 0 || (expr.root !== 'var' && expr.root !== 'local'))
    return reference(expr, name, module, depth);
  let known = knownReferences.get(module);
  if (!known) {
    known = new Map();
    knownReferences.set(module, known);
  }
  const key = `${expr.root}.${name}`;
  const cached = known.get(key);
  if (cached) return cached;
  const r = reference(expr, name, module, depth);
  if (r.kind === 'known') known.set(key, r);
  return r;
}

/** Steps into a value: an attribute or key of an object, an index of a tuple; a splat is never evaluated. */
function applySteps(
  expr: Expr,
  base: Evaluated,
  steps: readonly TraversalStep[],
  file: HclFile,
  module: TerraformModule,
  depth: number,
): Evaluated {
  let current = base;
  for (const step of steps) {
    if (current.kind === 'unknown') return { ...current, expression: expr.text };
    let name: string | undefined;
    let more: readonly Origin[] = [];
    if (step.kind === 'attr') name = step.name;
    else if (step.kind === 'index' && step.key) {
      const key = evaluate(step.key, file, module, depth + 1);
      if (key.kind === 'unknown') return { ...key, origins: [...current.origins, ...key.origins] };
      name = keyText(key.value);
      more = key.origins;
    }
    const value = current.value;
    const element =
      name === undefined
        ? undefined
        : isObject(value)
          ? value.entries.get(name)
          : isTuple(value) && step.kind === 'index' && /^\d+$/.test(name)
            ? value.items[Number(name)]
            : undefined;
    // Terraform rejects a key the object lacks, an index past the end, a step into a plain value.
    if (!element)
      return name === undefined ? unknownOf(expr, current.origins) : failedOf(expr, current.origins);
    current = { ...element, origins: [...current.origins, ...more, ...element.origins] };
  }
  return current;
}

function reference(
  expr: Extract<Expr, { kind: 'traversal' }>,
  name: string,
  module: TerraformModule,
  depth: number,
): Evaluated {
  if (expr.root === 'var') return variable(name, expr, module, depth);
  if (expr.root === 'local') {
    const local = module.locals.get(name);
    if (!local) return unknownOf(expr, []);
    const origin: Origin = {
      at: locationIn(local.file, local.node.expr.span),
      label: format(MESSAGES.local, { name }),
    };
    const r = evaluate(local.node.expr, local.file, module, depth + 1);
    return { ...r, origins: [origin, ...r.origins] };
  }
  // `count.index`, `each.key`, `each.value` in the arguments of a repeated module call.
  const repetition = module.repetition;
  if (expr.root === 'count' && name === 'index' && repetition?.index !== undefined)
    return { kind: 'known', value: repetition.index, origins: [] };
  if (expr.root === 'each' && name === 'key' && repetition?.key !== undefined)
    return { kind: 'known', value: repetition.key, origins: [] };
  if (expr.root === 'each' && name === 'value' && repetition?.value !== undefined) return repetition.value;
  return unknownOf(expr, []);
}

/** A variable's value (call argument, tfvars, default) converted to its declared `type`, as Terraform does. */
function variable(name: string, expr: Expr, module: TerraformModule, depth: number): Evaluated {
  const declared = module.variables.get(name);
  const raw = variableValue(name, expr, module, depth);
  if (!declared) return raw;
  return withTypeDefaults(raw, declared, (constant, file) => evaluate(constant, file, module, depth + 1));
}

function variableValue(name: string, expr: Expr, module: TerraformModule, depth: number): Evaluated {
  const declared = module.variables.get(name);
  const defaultAttribute = declared && attributeOf(declared.node.body, 'default');
  const origins: Origin[] = [];
  if (declared && defaultAttribute) {
    origins.push({
      at: locationIn(declared.file, defaultAttribute.expr.span),
      label: format(MESSAGES.variableDefault, { name }),
    });
  } else if (declared) {
    origins.push({
      at: locationIn(declared.file, declared.node.header),
      label: format(MESSAGES.variableDeclared, { name }),
    });
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
    origins.push({
      at: locationIn(winner.file, winner.node.span),
      label: format(MESSAGES.tfvars, { file: baseName(winner.file.path), name }),
    });
    const r = evaluate(winner.node.expr, winner.file, module, depth + 1);
    return { ...r, origins: [...origins, ...r.origins] };
  }
  if (declared && defaultAttribute) {
    const r = evaluate(defaultAttribute.expr, declared.file, module, depth + 1);
    return { ...r, origins: [...origins, ...r.origins] };
  }
  return unknownOf(expr, origins);
}

function binary(op: string, a: HclValue, b: HclValue): Literal | undefined {
  switch (op) {
    case '==':
      return sameValue(a, b);
    case '!=': {
      const same = sameValue(a, b);
      return same === undefined ? undefined : !same;
    }
    case '&&':
      return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : undefined;
    case '||':
      return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : undefined;
  }
  const x = typeof a === 'number' ? a : typeof a === 'string' && a.trim() !== '' ? Number(a) : NaN;
  const y = typeof b === 'number' ? b : typeof b === 'string' && b.trim() !== '' ? Number(b) : NaN;
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? undefined : x / y;
    case '%':
      return y === 0 ? undefined : x % y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    default:
      return undefined;
  }
}
