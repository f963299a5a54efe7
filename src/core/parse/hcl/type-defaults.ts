import { loc } from '../../model/location';
import { format } from '../../model/localized';
import type { Origin } from '../../model/value';
import { isObject, isTuple, type Evaluated, type Known } from './hcl-value';
import { MESSAGES } from './messages';
import type { Located } from './module';
import type { HclFile } from './parse-file';
import { attributeOf, type Expr, type HclBlock } from './syntax';

/** Evaluates a constant expression written in a variable's type (an `optional(…)` default). */
export type EvaluateConstant = (expr: Expr, file: HclFile) => Evaluated;

/**
 * A variable's value as Terraform converts it to the variable's `type`: an object attribute
 * declared `optional(type, default)` that the value leaves out (or sets to null) takes that
 * default, `optional(type)` without one is null, and attributes the type does not declare are
 * dropped, through `list(…)`, `set(…)`, `map(…)` and nested objects. New official modules pass
 * their settings this way (`var.ecs_config.instance_charge_type` with `optional(string,
 * "PostPaid")`). A type this does not understand leaves the value as it is.
 */
export function withTypeDefaults(
  value: Evaluated,
  declared: Located<HclBlock>,
  evaluateConstant: EvaluateConstant,
): Evaluated {
  const type = attributeOf(declared.node.body, 'type')?.expr;
  if (!type || value.kind === 'unknown') return value;
  const variable = declared.node.labels[0]?.value ?? '';
  return convert(value, type, { declared, variable, evaluateConstant });
}

interface Context {
  readonly declared: Located<HclBlock>;
  readonly variable: string;
  readonly evaluateConstant: EvaluateConstant;
}

function convert(value: Known, type: Expr, context: Context): Known {
  if (type.kind !== 'call' || type.args.length !== 1) return value;
  const [inner] = type.args;
  switch (type.name) {
    case 'list':
    case 'set':
      return isTuple(value.value)
        ? {
            ...value,
            value: { kind: 'tuple', items: value.value.items.map((i) => element(i, inner, context)) },
          }
        : value;
    case 'map':
      return isObject(value.value)
        ? { ...value, value: { kind: 'object', entries: mapEntries(value.value.entries, inner, context) } }
        : value;
    case 'object':
      return inner.kind === 'object' && isObject(value.value)
        ? object(value, value.value.entries, inner, context)
        : value;
    default:
      return value;
  }
}

function element(item: Evaluated, type: Expr, context: Context): Evaluated {
  return item.kind === 'known' && item.value !== null ? convert(item, type, context) : item;
}

function mapEntries(
  entries: ReadonlyMap<string, Evaluated>,
  type: Expr,
  context: Context,
): Map<string, Evaluated> {
  const converted = new Map<string, Evaluated>();
  for (const [key, item] of entries) converted.set(key, element(item, type, context));
  return converted;
}

/** `object({ a = optional(string, "x"), b = number })`: declared attributes only, defaults filled in. */
function object(
  value: Known,
  entries: ReadonlyMap<string, Evaluated>,
  type: Extract<Expr, { kind: 'object' }>,
  context: Context,
): Known {
  const converted = new Map<string, Evaluated>();
  for (const entry of type.entries) {
    if (entry.key.kind !== 'literal' || typeof entry.key.value !== 'string') return value;
    const name = entry.key.value;
    const optional = entry.value.kind === 'call' && entry.value.name === 'optional' ? entry.value : undefined;
    const attributeType = optional ? optional.args[0] : entry.value;
    const given = entries.get(name);
    const missing = !given || (given.kind === 'known' && given.value === null);
    if (!missing) {
      converted.set(name, attributeType ? element(given, attributeType, context) : given);
      continue;
    }
    // A required attribute left out: Terraform rejects the value, so reading it stays unknown.
    if (!optional) continue;
    const fallback = optional.args[1];
    if (!fallback) {
      converted.set(name, { kind: 'known', value: null, origins: given?.origins ?? [] });
      continue;
    }
    const origin: Origin = {
      at: loc(context.declared.file.path, fallback.span.start, fallback.span.end),
      label: format(MESSAGES.typeDefault, { name, variable: context.variable }),
    };
    const filled = context.evaluateConstant(fallback, context.declared.file);
    const withOrigin = { ...filled, origins: [origin, ...filled.origins] };
    converted.set(name, attributeType ? element(withOrigin, attributeType, context) : withOrigin);
  }
  return { ...value, value: { kind: 'object', entries: converted } };
}
