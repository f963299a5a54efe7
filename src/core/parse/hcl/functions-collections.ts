import { derived, elementOf, firstUnknown, REJECTED, type BuiltIn, type Result } from './function-result';
import { isLiteral, isObject, isTuple, type Evaluated, type Known } from './hcl-value';

/**
 * Terraform's collection functions that modules use to pick an element (`element(distinct(compact(
 * concat([var.vswitch_id], var.vswitch_ids))), count.index)`), each when what it needs is known.
 * Maps are read in key order, as Terraform orders them.
 */
export const COLLECTION_FUNCTIONS: Readonly<Record<string, BuiltIn>> = {
  compact,
  distinct,
  flatten,
  keys: (args) => mapParts(args, (key) => derived(key, [])),
  values: (args) => mapParts(args, (_, value) => value),
  one,
};

function listArg(args: readonly Evaluated[]): Known | Evaluated | undefined {
  if (args.length !== 1) return undefined;
  return args[0];
}

/** `compact(list)`: without its `""` and null elements; every element must be known to say which. */
function compact(args: readonly Evaluated[]): Result {
  const list = listArg(args);
  if (!list || list.kind === 'unknown') return list;
  if (!isTuple(list.value)) return undefined;
  const unknown = firstUnknown(list.value.items);
  if (unknown) return unknown;
  const items = list.value.items.filter((i) => (i as Known).value !== null && (i as Known).value !== '');
  return derived({ kind: 'tuple', items: items.map((i) => elementOf(list, i)) }, []);
}

/** `distinct(list)`: the first of each value, in order; every element must be a known literal. */
function distinct(args: readonly Evaluated[]): Result {
  const list = listArg(args);
  if (!list || list.kind === 'unknown') return list;
  if (!isTuple(list.value)) return undefined;
  const items: Known[] = [];
  for (const item of list.value.items) {
    if (item.kind === 'unknown' || !isLiteral(item.value)) return undefined;
    if (!items.some((kept) => kept.value === item.value)) items.push(item);
  }
  return derived({ kind: 'tuple', items: items.map((i) => elementOf(list, i)) }, []);
}

/** `flatten(list)`: nested lists spliced in, to any depth. */
function flatten(args: readonly Evaluated[]): Result {
  const list = listArg(args);
  if (!list || list.kind === 'unknown') return list;
  if (!isTuple(list.value)) return undefined;
  const items: Evaluated[] = [];
  const visit = (collection: Evaluated, item: Evaluated): boolean => {
    // An unknown element might be a list to splice: the positions after it cannot be known.
    if (item.kind === 'unknown') return false;
    if (!isTuple(item.value)) {
      items.push(elementOf(collection, item));
      return true;
    }
    return item.value.items.every((inner) => visit(item, inner));
  };
  if (!list.value.items.every((item) => visit(list, item))) return undefined;
  return derived({ kind: 'tuple', items }, []);
}

/** `keys(map)` / `values(map)`: in key order. */
function mapParts(args: readonly Evaluated[], part: (key: string, value: Evaluated) => Evaluated): Result {
  const map = listArg(args);
  if (!map || map.kind === 'unknown') return map;
  if (!isObject(map.value)) return undefined;
  const sorted = [...map.value.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return derived({ kind: 'tuple', items: sorted.map(([k, v]) => elementOf(map, part(k, v))) }, []);
}

/** `one(list)`: null for an empty list, its element for one; more than one fails in Terraform. */
function one(args: readonly Evaluated[]): Result {
  const list = listArg(args);
  if (!list || list.kind === 'unknown') return list;
  if (!isTuple(list.value)) return undefined;
  if (list.value.items.length > 1) return REJECTED;
  const [only] = list.value.items;
  return only ? elementOf(list, only) : derived(null, list.origins);
}
