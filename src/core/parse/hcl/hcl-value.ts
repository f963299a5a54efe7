import type { Span } from '../../model/location';
import type { Origin } from '../../model/value';
import type { HclFile } from './parse-file';
import type { Literal } from './syntax';

/**
 * What a Terraform expression evaluates to: a literal, or a collection whose elements are each
 * evaluated on their own, so `lookup(var.sizes, "web")` knows that one entry even when another is
 * unknown, and a fix can rewrite the entry where it is written.
 */
export type HclValue = Literal | HclTuple | HclObject;

/** A tuple or list: `[a, b]`, `concat(…)`. */
export interface HclTuple {
  readonly kind: 'tuple';
  readonly items: readonly Evaluated[];
}

/** An object or map: `{ a = 1 }`, `merge(…)`. Keys in insertion order; a Map so any key is safe. */
export interface HclObject {
  readonly kind: 'object';
  readonly entries: ReadonlyMap<string, Evaluated>;
}

/** The literal a value is defined by, which a fix rewrites (possibly in another file). */
export interface Site {
  readonly file: HclFile;
  readonly span: Span;
  /** Whether the literal is written in quotes, so a rewrite keeps the same style. */
  readonly quoted: boolean;
}

export type Evaluated =
  | {
      readonly kind: 'known';
      readonly value: HclValue;
      readonly origins: readonly Origin[];
      readonly site?: Site;
    }
  | {
      readonly kind: 'unknown';
      readonly expression: string;
      readonly origins: readonly Origin[];
      /**
       * Terraform itself would reject it (a missing key, an index out of range), as opposed to a
       * value merely not known until apply: `try` moves on to its next argument, `can` is false.
       */
      readonly failed?: true;
    };

export type Known = Extract<Evaluated, { kind: 'known' }>;

export function isLiteral(value: HclValue): value is Literal {
  return value === null || typeof value !== 'object';
}

export function isTuple(value: HclValue): value is HclTuple {
  return value !== null && typeof value === 'object' && value.kind === 'tuple';
}

export function isObject(value: HclValue): value is HclObject {
  return value !== null && typeof value === 'object' && value.kind === 'object';
}

/**
 * Terraform's `==`: same type and same value, element by element for collections. Undefined when
 * an element is unknown, so the comparison is unknown too.
 */
export function sameValue(a: HclValue, b: HclValue): boolean | undefined {
  if (isLiteral(a) || isLiteral(b)) return isLiteral(a) && isLiteral(b) ? a === b : false;
  if (a.kind !== b.kind) return false;
  const left = a.kind === 'tuple' ? a.items : [...a.entries.values()];
  const right = b.kind === 'tuple' ? (b as HclTuple).items : [...(b as HclObject).entries.values()];
  if (left.length !== right.length) return false;
  if (a.kind === 'object' && [...a.entries.keys()].some((k) => !(b as HclObject).entries.has(k)))
    return false;
  const pairs =
    a.kind === 'tuple'
      ? left.map((l, i) => [l, right[i]] as const)
      : [...a.entries].map(([k, l]) => [l, (b as HclObject).entries.get(k) as Evaluated] as const);
  let unknown = false;
  for (const [l, r] of pairs) {
    if (l.kind === 'unknown' || r.kind === 'unknown') {
      unknown = true;
      continue;
    }
    const same = sameValue(l.value, r.value);
    if (same === false) return false;
    if (same === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}
