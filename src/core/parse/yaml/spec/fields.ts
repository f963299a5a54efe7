import type { z } from 'zod';
import { InstanceEntrySchema } from '../../../spec/schema';

export type EntryKey = keyof typeof InstanceEntrySchema.shape;
export interface FieldResult {
  readonly success: boolean;
  readonly data?: unknown;
}

/**
 * Verdicts of field schemas on primitive values. A schema gives the same answer for the same
 * primitive every time, so the answers are remembered per schema: a fleet repeats `product: ecs`
 * a thousand times, and zod would otherwise be asked a thousand times.
 */
const primitiveVerdicts = new Map<z.ZodType, Map<unknown, FieldResult>>();
const MAX_REMEMBERED_PER_SCHEMA = 4096;

/** A value against one field's schema (objects and lists are always asked of zod). */
export function verdictOf(schema: z.ZodType, value: unknown): FieldResult {
  // -0 and 0 are one key in a Map; -0 is rare enough to always ask zod.
  const primitive =
    value === null || (typeof value !== 'object' && typeof value !== 'function' && !Object.is(value, -0));
  if (!primitive) return schema.safeParse(value);
  let verdicts = primitiveVerdicts.get(schema);
  if (!verdicts) primitiveVerdicts.set(schema, (verdicts = new Map()));
  const seen = verdicts.get(value);
  if (seen) return seen;
  const parsed = schema.safeParse(value);
  const verdict: FieldResult = parsed.success ? { success: true, data: parsed.data } : { success: false };
  if (verdicts.size >= MAX_REMEMBERED_PER_SCHEMA) verdicts.clear();
  verdicts.set(value, verdict);
  return verdict;
}

/** An instance entry's field against its own schema. */
export function validField(key: EntryKey, value: unknown): FieldResult {
  return verdictOf(InstanceEntrySchema.shape[key] as z.ZodType, value);
}
