import {
  allOrigins,
  derived,
  elementOf,
  firstUnknown,
  REJECTED,
  type BuiltIn,
  type Result,
} from './function-result';
import { COLLECTION_FUNCTIONS } from './functions-collections';
import { NUMBER_FUNCTIONS } from './functions-numbers';
import { TEXT_FUNCTIONS } from './functions-text';
import {
  isLiteral,
  isObject,
  isTuple,
  sameValue,
  type Evaluated,
  type HclValue,
  type Known,
} from './hcl-value';

/**
 * Terraform's built-in functions that real modules use to pick a setting, evaluated the way
 * Terraform does when every argument they need is known. A call Terraform would reject (a missing
 * key without a default, an index out of range) is `REJECTED`, which only `try` and `can` look
 * past; anything else the checker does not know is unknown, never a guess. `try` and `can` are
 * not here: they see their arguments' failures, so the evaluator handles them.
 */

export const FUNCTIONS: Readonly<Record<string, BuiltIn>> = {
  ...TEXT_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...NUMBER_FUNCTIONS,
  lookup,
  merge,
  coalesce,
  lower: (args) => stringFunction(args, (s) => s.toLowerCase()),
  upper: (args) => stringFunction(args, (s) => s.toUpperCase()),
  tostring,
  tonumber,
  element,
  concat,
  length,
  contains,
  tolist: (args) => collectionOf(args, 'tuple'),
  toset,
};

/** `lookup(map, key, default)`: the entry, else the default; without a default a missing key fails in Terraform. */
function lookup(args: readonly Evaluated[]): Result {
  if (args.length < 2 || args.length > 3) return undefined;
  const [map, key, fallback] = args;
  if (map.kind === 'unknown') return map;
  if (key.kind === 'unknown') return key;
  const name = keyText(key.value);
  if (!isObject(map.value) || name === undefined) return undefined;
  const entry = map.value.entries.get(name);
  if (entry) return elementOf(map, entry, key.origins);
  if (!fallback) return REJECTED;
  return { ...fallback, origins: [...map.origins, ...key.origins, ...fallback.origins] };
}

/** `merge(a, b, …)`: later keys win; null arguments are skipped. */
function merge(args: readonly Evaluated[]): Result {
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const entries = new Map<string, Evaluated>();
  for (const arg of args as readonly Known[]) {
    if (arg.value === null) continue;
    if (!isObject(arg.value)) return undefined;
    for (const [k, v] of arg.value.entries) entries.set(k, elementOf(arg, v));
  }
  return derived({ kind: 'object', entries }, []);
}

/** `coalesce(a, b, …)`: the first argument that is neither null nor "". */
function coalesce(args: readonly Evaluated[]): Result {
  for (const arg of args) {
    if (arg.kind === 'unknown') return arg;
    if (arg.value === null || arg.value === '') continue;
    return arg;
  }
  return undefined;
}

function stringFunction(args: readonly Evaluated[], apply: (s: string) => string): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  const text =
    typeof arg.value === 'string' ? arg.value : typeof arg.value === 'number' ? String(arg.value) : undefined;
  return text === undefined ? undefined : derived(apply(text), arg.origins);
}

/** Conversions keep the site: the literal they read is still the one that defines the value. */
function tostring(args: readonly Evaluated[]): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  if (arg.value === null || typeof arg.value === 'string') return arg;
  if (typeof arg.value === 'number' || typeof arg.value === 'boolean')
    return { ...arg, value: String(arg.value) };
  return undefined;
}

function tonumber(args: readonly Evaluated[]): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  if (arg.value === null || typeof arg.value === 'number') return arg;
  if (typeof arg.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(arg.value))
    return { ...arg, value: Number(arg.value) };
  return typeof arg.value === 'string' ? REJECTED : undefined;
}

/** `element(list, i)`: wraps around the end, as Terraform does; a negative index fails. */
function element(args: readonly Evaluated[]): Result {
  if (args.length !== 2) return undefined;
  const [list, index] = args;
  if (list.kind === 'unknown') return list;
  if (index.kind === 'unknown') return index;
  const i =
    typeof index.value === 'number'
      ? index.value
      : typeof index.value === 'string' && /^\d+$/.test(index.value)
        ? Number(index.value)
        : NaN;
  if (!isTuple(list.value) || !Number.isInteger(i)) return undefined;
  if (list.value.items.length === 0 || i < 0) return REJECTED;
  return elementOf(list, list.value.items[i % list.value.items.length], index.origins);
}

function concat(args: readonly Evaluated[]): Result {
  const unknown = firstUnknown(args);
  if (unknown) return unknown;
  const items: Evaluated[] = [];
  for (const arg of args as readonly Known[]) {
    if (!isTuple(arg.value)) return undefined;
    items.push(...arg.value.items.map((item) => elementOf(arg, item)));
  }
  return derived({ kind: 'tuple', items }, []);
}

/** Characters are counted as Terraform does for plain text; other scripts may differ, so they stay unknown. */
function length(args: readonly Evaluated[]): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  const v = arg.value;
  if (isTuple(v)) return derived(v.items.length, arg.origins);
  if (isObject(v)) return derived(v.entries.size, arg.origins);
  if (typeof v === 'string' && /^[\x20-\x7e]*$/.test(v)) return derived(v.length, arg.origins);
  return undefined;
}

/** True as soon as a known element equals the value; false only when every element is known. */
function contains(args: readonly Evaluated[]): Result {
  if (args.length !== 2) return undefined;
  const [list, wanted] = args;
  if (list.kind === 'unknown') return list;
  if (wanted.kind === 'unknown') return wanted;
  if (!isTuple(list.value)) return undefined;
  let unknown = false;
  for (const item of list.value.items) {
    const same = item.kind === 'known' ? sameValue(item.value, wanted.value) : undefined;
    if (same === true) return derived(true, allOrigins(args));
    if (same === undefined) unknown = true;
  }
  return unknown ? undefined : derived(false, allOrigins(args));
}

function collectionOf(args: readonly Evaluated[], kind: 'tuple'): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  return isTuple(arg.value) && kind === 'tuple' ? arg : undefined;
}

/** `toset([…])`: duplicates removed; needs every element known to know which are duplicates. */
function toset(args: readonly Evaluated[]): Result {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg.kind === 'unknown') return arg;
  if (!isTuple(arg.value)) return undefined;
  const items: Evaluated[] = [];
  for (const item of arg.value.items) {
    if (item.kind === 'unknown' || !isLiteral(item.value)) return undefined;
    if (!items.some((kept) => kept.kind === 'known' && kept.value === item.value)) items.push(item);
  }
  return derived({ kind: 'tuple', items }, arg.origins);
}

/** An object key from a value: strings as they are, numbers and bools converted as Terraform does. */
export function keyText(value: HclValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
