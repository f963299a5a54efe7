import { z } from '../zod';
import { InstanceSpecSchema } from './schema';

/**
 * The instance spec's JSON Schema, generated from the zod schema so the editor's completion and the
 * checker can never disagree. Draft-07, which Red Hat's YAML extension reads fully; input shapes, so
 * fields with defaults are optional.
 */
export function instanceSpecJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(InstanceSpecSchema, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >;
  return { ...schema, title: 'icp-check instance spec' };
}

/** The file's exact text (2-space JSON, trailing newline), shared by the generator and its test. */
export function instanceSpecJsonSchemaText(): string {
  return `${JSON.stringify(instanceSpecJsonSchema(), null, 2)}\n`;
}
