import type { CheckResult } from './types';

/**
 * A result that can cross threads (structured clone): the same data without what is a function.
 * Findings and their fixes are data by design and cross as they are; instances carry code (their
 * `setters`, and whatever a parser attaches to a value to edit it), so they are copied without it.
 * A caller that needs the setters (`--fix`, "fix all") checks in its own thread.
 */
export function transferable(result: CheckResult): CheckResult {
  return { ...result, instances: withoutFunctions(result.instances, new Map()) as CheckResult['instances'] };
}

/** A copy without function-valued properties; shared objects stay shared, so a cycle is no trap. */
function withoutFunctions(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? undefined : value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(withoutFunctions(item, copies));
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>();
    copies.set(value, copy);
    for (const [key, item] of value) copy.set(key, withoutFunctions(item, copies));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'function') copy[key] = withoutFunctions(item, copies);
  }
  return copy;
}
