import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Values for a zod (v4) schema, walked through its definition (`_zod.def`), so generated
 * instance specs follow the schema the checker validates with, and keep following it when it
 * changes. With `junk > 0`, that share of the values is of the wrong type and objects sometimes
 * carry an unknown key: the inputs ICP000 must describe without throwing.
 */
export interface ZodArbitraryOptions {
  /** Probability weight (0–1) of replacing a value by one of the wrong type. */
  readonly junk: number;
  /** Most entries in a generated array or map, to keep inputs small and checks fast. */
  readonly maxItems: number;
}

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) =>
  ((def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);

const JUNK: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.nat(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.nat(), { maxKeys: 2 }),
);

export function zodArbitrary(schema: z.ZodType, options: ZodArbitraryOptions): fc.Arbitrary<unknown> {
  const arb = valid(defOf(schema), options);
  if (options.junk <= 0) return arb;
  const weight = Math.max(1, Math.round(options.junk * 100));
  return fc.oneof({ weight: 100 - weight, arbitrary: arb }, { weight, arbitrary: JUNK });
}

function valid(def: Def, options: ZodArbitraryOptions): fc.Arbitrary<unknown> {
  const inner = (schema: unknown) => zodArbitrary(schema as z.ZodType, options);
  switch (def.type) {
    case 'string':
      return stringArb(def);
    case 'number':
    case 'int':
      return numberArb(def);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 5 });
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'array': {
      const min = Number(checksOf(def).find((c) => c.check === 'min_length')?.minimum ?? 0);
      return fc.array(inner(def.element), { minLength: min, maxLength: Math.max(min, options.maxItems) });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(nameArb(def.keyType), inner(def.valueType), { maxKeys: options.maxItems });
    case 'object':
      return objectArb(def, options);
    case 'date':
      return isoDate;
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    default:
      // lazy, transform, custom, …: nothing to derive from, so anything at all
      return JUNK;
  }
}

const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function stringArb(def: Def): fc.Arbitrary<string> {
  const checks = [def, ...checksOf(def)];
  const format = checks.find((c) => c.check === 'string_format' || c.format !== undefined);
  if (format?.format === 'date') return isoDate;
  const pattern = checks.map((c) => c.pattern).find((p): p is RegExp => p instanceof RegExp);
  if (pattern) return fc.stringMatching(pattern);
  const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
  const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? Math.max(min, 24));
  return fc.string({ minLength: min, maxLength: max });
}

function numberArb(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer =
    def.type === 'int' || checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const min = lower ? Number(lower.value) + (lower.inclusive ? 0 : integer ? 1 : 1e-9) : -1000;
  const max = upper ? Number(upper.value) - (upper.inclusive ? 0 : integer ? 1 : 1e-9) : 10_000;
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Map keys: names people give instances, plus a few that YAML makes awkward. */
function nameArb(keyType: unknown): fc.Arbitrary<string> {
  const def = keyType ? defOf(keyType) : undefined;
  if (def && def.type !== 'string') return valid(def, { junk: 0, maxItems: 3 }).map(String);
  return fc.oneof(
    { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/) },
    { weight: 1, arbitrary: fc.constantFrom('true', '1', 'null', 'a b', 'é', '中文', '"q"', '- x', '? k') },
  );
}

function objectArb(def: Def, options: ZodArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape as Record<string, z.ZodType>;
  const fields = fc.record(
    Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, zodArbitrary(s, options)])),
  );
  const withoutUndefined = fields.map((o) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
  );
  if (options.junk <= 0) return withoutUndefined;
  // Now and then an unknown key (a typo such as `peroid`): strict schemas must name it.
  return fc
    .tuple(
      withoutUndefined,
      fc.option(fc.tuple(fc.constantFrom('peroid', 'regoin', 'extra', 'Product'), JUNK), { freq: 10 }),
    )
    .map(([o, extra]) => (extra ? { ...o, [extra[0]]: extra[1] } : o));
}
