import { isScalar, YAMLMap, YAMLSeq, type Document, type Pair } from 'yaml';
import { InstanceEntrySchema, OrderSchema, SPEC_KIND, WebsiteSchema } from '../../../spec/schema';
import type { z } from 'zod';
import { validField, verdictOf, type EntryKey } from './fields';

/**
 * Whether a spec certainly passes `InstanceSpecSchema`, decided from the nodes without `toJS` of the
 * whole document: true only for the plain shape (untagged maps and lists, scalar values, known keys,
 * each written once, every field valid by its own schema). Anything else answers false, and the
 * caller asks zod about the whole document as before, so the problems it reports never change;
 * this only spares zod and `toJS` the files that have none.
 */
export function plainlyValid(doc: Document, websiteVerdicts: Map<YAMLMap, boolean>): boolean {
  const root = doc.contents;
  if (!isPlainMap(root)) return false;
  const top = scalarKeys(root, TOP_KEYS);
  if (!top) return false;
  const kind = top.get('kind');
  if (kind && !(isScalar(kind.value) && kind.value.value === SPEC_KIND)) return false;
  const entries = top.get('instances')?.value;
  if (!isPlainMap(entries)) return false;
  const names = new Set<string>();
  for (const item of entries.items) {
    const key = item.key;
    if (!isScalar(key) || !isPrimitive(key.value)) return false;
    const name = key.value === null ? '' : String(key.value);
    if (names.has(name) || name === '__proto__') return false;
    names.add(name);
    if (!plainEntry(item.value, websiteVerdicts)) return false;
  }
  return true;
}

const TOP_KEYS = new Set(['kind', 'instances']);
const ENTRY_KEYS = new Set(Object.keys(InstanceEntrySchema.shape));
const ORDER_KEYS = new Set(Object.keys(OrderSchema.shape));
const WEBSITE_KEYS = new Set(Object.keys(WebsiteSchema.shape));

function plainEntry(node: unknown, websiteVerdicts: Map<YAMLMap, boolean>): boolean {
  if (!isPlainMap(node)) return false;
  const fields = scalarKeys(node, ENTRY_KEYS);
  if (!fields) return false;
  for (const key of ENTRY_KEYS) {
    const pair = fields.get(key);
    const value = pair ? pair.value : undefined;
    if (key === 'order' && pair) {
      const order = isPlainMap(value) ? plainObject(value, ORDER_KEYS) : undefined;
      if (!order || !validField('order', order).success) return false;
    } else if (key === 'websites' && pair) {
      if (!(value instanceof YAMLSeq) || value.constructor !== YAMLSeq || value.tag !== undefined)
        return false;
      for (const site of value.items) {
        if (!isPlainMap(site)) return false;
        let ok = websiteVerdicts.get(site);
        if (ok === undefined) {
          const plain = plainObject(site, WEBSITE_KEYS);
          // Not plain: zod over `toJS` decides, later, as before.
          if (!plain) return false;
          ok = fieldsValid(WEBSITE_SHAPE, plain);
          websiteVerdicts.set(site, ok);
        }
        if (!ok) return false;
      }
    } else {
      // Absent: `undefined`, which the field's schema accepts only when it is optional or has a default.
      const v = !pair
        ? undefined
        : value === null
          ? null
          : isScalar(value) && isPrimitive(value.value)
            ? value.value
            : NOT_PLAIN;
      if (v === NOT_PLAIN || !validField(key as EntryKey, v).success) return false;
    }
  }
  return true;
}

const NOT_PLAIN = Symbol('not plain');
const WEBSITE_SHAPE = WebsiteSchema.shape as unknown as Record<string, z.ZodType>;

/**
 * A strict object schema's verdict on a plain object whose keys are all its own, written once: zod
 * checks each field of the shape against the object's value for it (undefined when absent), so the
 * object passes exactly when every field does.
 */
function fieldsValid(shape: Record<string, z.ZodType>, plain: Record<string, unknown>): boolean {
  for (const key of Object.keys(shape)) if (!verdictOf(shape[key], plain[key]).success) return false;
  return true;
}

function isPlainMap(node: unknown): node is YAMLMap {
  return node instanceof YAMLMap && node.constructor === YAMLMap && node.tag === undefined;
}

function isPrimitive(value: unknown): boolean {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}

/** The map's pairs by key, when every key is one of `allowed`, written once, as a plain string scalar. */
function scalarKeys(map: YAMLMap, allowed: ReadonlySet<string>): Map<string, Pair> | undefined {
  const pairs = new Map<string, Pair>();
  for (const item of map.items) {
    const key = (item as Pair).key;
    if (!isScalar(key) || typeof key.value !== 'string' || !allowed.has(key.value) || pairs.has(key.value))
      return undefined;
    pairs.set(key.value, item as Pair);
  }
  return pairs;
}

/**
 * What `toJS` gives for a map of known keys with plain scalar values (`domain`/`serviceNumber`,
 * `amount`/`currency`); undefined for anything else, which then goes through `toJS`.
 */
export function plainObject(map: YAMLMap, allowed: ReadonlySet<string>): Record<string, unknown> | undefined {
  if (!isPlainMap(map)) return undefined;
  const plain: Record<string, unknown> = {};
  for (const item of map.items) {
    const { key, value } = item as Pair;
    // `allowed` never holds `__proto__`, so `in` sees only keys set here.
    if (!isScalar(key) || typeof key.value !== 'string' || !allowed.has(key.value) || key.value in plain)
      return undefined;
    if (value === null) plain[key.value] = null;
    else if (isScalar(value) && isPrimitive(value.value)) plain[key.value] = value.value;
    else return undefined;
  }
  return plain;
}

export { WEBSITE_KEYS };
