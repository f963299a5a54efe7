import type { Node as JsonNode } from 'jsonc-parser';
import type { HclBlock } from '../hcl/syntax';

/**
 * What an edit needs to know about the JSON object a block was read from, beyond the block's own
 * attributes: where its first property starts (a `"//"` comment or a meta-argument is a property
 * too, though it is no attribute). Kept beside the block so the shared block shape stays as it is.
 */
export interface JsonObjectFacts {
  /** Offset of the first property's key; undefined for `{}`. */
  readonly firstProperty?: number;
}

const facts = new WeakMap<HclBlock, JsonObjectFacts>();

export function rememberObject(block: HclBlock, object: JsonNode): void {
  const first = object.children?.[0];
  facts.set(block, first ? { firstProperty: first.offset } : {});
}

export function jsonObjectOf(block: HclBlock): JsonObjectFacts | undefined {
  return facts.get(block);
}
