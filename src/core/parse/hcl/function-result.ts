import type { Origin } from '../../model/value';
import type { Evaluated, HclValue, Known } from './hcl-value';

/**
 * What a built-in function returns. `undefined`: it cannot say (an argument it needs is unknown,
 * or a case it does not know); `REJECTED`: Terraform would fail the call with these arguments (a
 * missing key without a default), which `try` and `can` tell apart from unknown.
 */
export const REJECTED = 'rejected';
export type Result = Evaluated | undefined | typeof REJECTED;
/** A function receives its arguments already evaluated. */
export type BuiltIn = (args: readonly Evaluated[]) => Result;

/** The first unknown argument, whose expression the ICP012 message quotes. */
export function firstUnknown(args: readonly Evaluated[]): Evaluated | undefined {
  return args.find((a) => a.kind === 'unknown');
}

export function allOrigins(args: readonly Evaluated[]): Origin[] {
  return args.flatMap((a) => a.origins);
}

export function derived(value: HclValue, origins: readonly Origin[]): Known {
  return { kind: 'known', value, origins };
}

/** An element taken out of a collection keeps its own site and adds the collection's chain before its own. */
export function elementOf(
  collection: Evaluated,
  element: Evaluated,
  more: readonly Origin[] = [],
): Evaluated {
  return { ...element, origins: [...collection.origins, ...more, ...element.origins] };
}

/** Text as Terraform converts a primitive to a string; undefined for null and collections. */
export function textOf(value: HclValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A number, also written as a string (`"3"`), as Terraform converts it. */
export function numberOf(value: HclValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}
