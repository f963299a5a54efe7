import { findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import type { Span } from '../../model/location';

/** Small readers over jsonc-parser's tree: a plan is machine-written JSON, read by path. */

export function at(node: JsonNode | undefined, ...path: (string | number)[]): JsonNode | undefined {
  return node && findNodeAtLocation(node, path);
}

export function spanOf(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

export function stringAt(node: JsonNode | undefined, ...path: (string | number)[]): string | undefined {
  const found = at(node, ...path);
  return found?.type === 'string' ? String(found.value) : undefined;
}

/** The elements of an array node (none when it is anything else). */
export function elements(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** The properties of an object node as name → value node. */
export function entries(node: JsonNode | undefined): [string, JsonNode][] {
  if (node?.type !== 'object') return [];
  const out: [string, JsonNode][] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string' && value) out.push([String(key.value), value]);
  }
  return out;
}

/** The key node of `name` in an object node (where a finding about the property can point). */
export function keyOf(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (key?.type === 'string' && key.value === name) return key;
  }
  return undefined;
}
