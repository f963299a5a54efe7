import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Span } from '../../model/location';
import { oneLine } from '../../model/text';

/**
 * Small readers over `yaml` nodes. Aliases are followed one level at a time (never expanded into
 * copies), so walking a document costs what its text costs.
 */

export type AnyNode = Node | null | undefined;

export function deref(doc: Document, node: unknown): Node | undefined {
  let n = node;
  for (let hops = 0; hops < 8 && isAlias(n); hops++) n = n.resolve(doc);
  return isAlias(n) ? undefined : ((n as Node | undefined) ?? undefined);
}

const aliasNamesByDoc = new WeakMap<Document, ReadonlySet<string>>();

/**
 * Whether an alias in the document uses `node`'s anchor: then the node is one value shown in
 * several places, and a fix for one of them must not rewrite it. Anchors are matched by name (a
 * name defined twice counts for both), from one walk per document that never resolves an alias.
 */
export function isAliased(doc: Document, node: Node): boolean {
  const anchor = (node as { anchor?: string }).anchor;
  if (!anchor) return false;
  let names = aliasNamesByDoc.get(doc);
  if (!names) {
    const found = new Set<string>();
    visit(doc, {
      Alias(_, alias) {
        found.add(alias.source);
      },
    });
    names = found;
    aliasNamesByDoc.set(doc, names);
  }
  return names.has(anchor);
}

/**
 * The node a fix rewrites to change what `written` says: the alias itself when `written` is one
 * (it becomes a literal, its anchor stays), else the node; undefined when the node is an anchor
 * that an alias elsewhere uses.
 */
export function editableNode(doc: Document, written: Node, resolved: Node): Node | undefined {
  if (isAlias(written)) return written;
  return isAliased(doc, resolved) ? undefined : resolved;
}

export function asMap(doc: Document, node: unknown): YAMLMap | undefined {
  const n = deref(doc, node);
  return isMap(n) ? n : undefined;
}

export function asSeq(doc: Document, node: unknown): YAMLSeq | undefined {
  const n = deref(doc, node);
  return isSeq(n) ? n : undefined;
}

export function asScalar(doc: Document, node: unknown): Scalar | undefined {
  const n = deref(doc, node);
  return isScalar(n) ? n : undefined;
}

/** A map key as text (keys are scalars in every file we read). */
export function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return k.value === null || k.value === undefined ? undefined : String(k.value);
  return undefined;
}

export function pairOf(map: YAMLMap | undefined, key: string): Pair<Node, Node | null> | undefined {
  if (!map) return undefined;
  for (const item of map.items) if (keyText(item as Pair) === key) return item as Pair<Node, Node | null>;
  return undefined;
}

/** The value written under `key`, if the key is there. */
export function valueOf(map: YAMLMap | undefined, key: string): Node | undefined {
  return pairOf(map, key)?.value ?? undefined;
}

/** The text range of a node, including a leading `!Tag` (yaml's own range starts after it). */
export function spanOf(text: string, node: Node): Span {
  const range = node.range ?? [0, 0, 0];
  let start = range[0];
  if (typeof node.tag === 'string' && node.tag.startsWith('!')) start = tagStart(text, start) ?? start;
  // Block collections end after their last line break; a location ends at the last character.
  let end = Math.max(start, range[1]);
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Finds a `!Tag` token written before `offset` (possibly on the line above, as in `!Sub\n  - …`). */
function tagStart(text: string, offset: number): number | undefined {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  const end = i + 1;
  while (i >= 0 && !/[\s:,[{]/.test(text[i])) i--;
  return text[i + 1] === '!' && end > i + 1 ? i + 1 : undefined;
}

export function keySpan(text: string, pair: Pair): Span | undefined {
  const k = pair.key as Node | null;
  return k && k.range ? spanOf(text, k) : undefined;
}

/** Key start through the value's end: the whole entry. */
export function pairSpan(text: string, pair: Pair): Span | undefined {
  const key = keySpan(text, pair);
  if (!key) return undefined;
  const v = pair.value as Node | null;
  return { start: key.start, end: v && v.range ? Math.max(key.end, spanOf(text, v).end) : key.end };
}

/** The source text of a node, on one line, for messages (`Fn::GetAZs: {Ref: ALIYUN::Region}`). */
export function expressionText(text: string, node: Node): string {
  const s = spanOf(text, node);
  const raw = text.slice(s.start, s.end);
  const line = oneLine(raw).trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** Duplicate keys of one map, after the first occurrence (yaml's own check is off, see document.ts). */
export function duplicateKeys(map: YAMLMap): Pair[] {
  const seen = new Set<string>();
  const dups: Pair[] = [];
  for (const item of map.items) {
    const k = keyText(item as Pair);
    if (k === undefined) continue;
    if (seen.has(k)) dups.push(item as Pair);
    seen.add(k);
  }
  return dups;
}

/** Whether a map is written in flow style (`{…}`, which includes every JSON object). */
export function isFlow(node: Node): boolean {
  const t = (node as { srcToken?: { type?: string } }).srcToken?.type;
  return t === 'flow-collection' || (node as { flow?: boolean }).flow === true;
}
