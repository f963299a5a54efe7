import { keyText } from './functions';
import { isObject, isTuple, type Evaluated } from './hcl-value';
import type { Expr } from './syntax';

/** The names a `for` expression binds for one element: `k` / `i` and `v`. */
export type Bindings = ReadonlyMap<string, Evaluated>;

type ForExpr = Extract<Expr, { kind: 'for' }>;

/**
 * `[for i, v in coll : value if cond]` and `{ for k, v in coll : key => value if cond }` over a
 * known collection, elements in order (a map in key order, as Terraform iterates it). Each
 * element's value may stay unknown on its own; an unknown condition or key makes the whole result
 * unknown (which elements there are cannot be known), and a key produced twice fails in Terraform.
 * Grouping mode (`value...`) is not modelled.
 */
export function evaluateFor(
  expr: ForExpr,
  collection: Evaluated,
  inScope: (bindings: Bindings, e: Expr) => Evaluated,
  unknownOf: (failed?: true) => Evaluated,
): Evaluated {
  if (collection.kind === 'unknown') return collection;
  if (expr.grouped) return unknownOf();
  const value = collection.value;
  const elements: [Evaluated, Evaluated][] = isTuple(value)
    ? value.items.map((item, i) => [{ kind: 'known', value: i, origins: [] }, item])
    : isObject(value)
      ? [...value.entries]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, item]) => [{ kind: 'known', value: k, origins: [] }, item])
      : [];
  if (!isTuple(value) && !isObject(value)) return unknownOf();
  const items: Evaluated[] = [];
  const entries = new Map<string, Evaluated>();
  for (const [key, item] of elements) {
    const bindings = new Map<string, Evaluated>([[expr.valueName, item]]);
    if (expr.keyName !== undefined) bindings.set(expr.keyName, key);
    if (expr.condition) {
      const keep = inScope(bindings, expr.condition);
      if (keep.kind === 'unknown') return keep;
      if (typeof keep.value !== 'boolean') return unknownOf(true);
      if (!keep.value) continue;
    }
    const result = inScope(bindings, expr.value);
    if (!expr.object || !expr.key) {
      items.push(result);
      continue;
    }
    const name = inScope(bindings, expr.key);
    if (name.kind === 'unknown') return name;
    const text = keyText(name.value);
    if (text === undefined || entries.has(text)) return unknownOf(true);
    entries.set(text, result);
  }
  return {
    kind: 'known',
    value: expr.object ? { kind: 'object', entries } : { kind: 'tuple', items },
    origins: collection.origins,
  };
}
