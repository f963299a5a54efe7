import { isMap, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Span } from '../../../model/location';
import { deref, keySpan, pairOf, spanOf } from '../nodes';

/** A zod issue path followed through the YAML nodes, as far as the nodes go. */
export interface PathTarget {
  /** The node at the full path, when it exists. */
  readonly node?: Node;
  /** The pair whose value is the node (for pointing at the key). */
  readonly pair?: Pair;
  /** The deepest node that exists on the way, and the pair that holds it. */
  readonly parent?: Node;
  readonly parentPair?: Pair;
}

export function followPath(doc: Document, path: readonly PropertyKey[]): PathTarget {
  let node: Node | undefined = deref(doc, doc.contents);
  let pair: Pair | undefined;
  let parent: Node | undefined;
  let parentPair: Pair | undefined;
  for (const step of path) {
    parent = node;
    parentPair = pair;
    if (isMap(node) && typeof step === 'string') {
      pair = pairOf(node, step);
      node = pair ? deref(doc, pair.value) : undefined;
    } else if (isSeq(node) && typeof step === 'number') {
      pair = undefined;
      node = deref(doc, node.items[step]);
    } else {
      node = undefined;
    }
    if (!node && !pair) return { parent, parentPair };
  }
  return { node, pair, parent, parentPair };
}

/** Where to report something missing at a path: the key of the entry that lacks it (the instance's name). */
export function missingSpan(text: string, doc: Document, target: PathTarget): Span {
  if (target.parentPair) return keySpan(text, target.parentPair) ?? { start: 0, end: 0 };
  const root = deref(doc, doc.contents);
  if (isMap(root) && root.items[0]) return keySpan(text, root.items[0] as Pair) ?? { start: 0, end: 0 };
  return root?.range ? spanOf(text, root) : { start: 0, end: 0 };
}
