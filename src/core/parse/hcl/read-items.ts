import type { Range, Tree, TreeCursor } from 'web-tree-sitter';
import type { TextChange } from '../../model/text-change';
import { shiftBody, shiftSpan } from './shift';
import type { HclBlock, HclBody } from './syntax';
import { SyntaxNode } from './syntax-node';
import { commentItem, readItem, type TopLevelItem } from './top-level-item';

/**
 * A file's top-level items read from its tree: every one (`readItems`), or after an edit of a file
 * without syntax errors only those around the change (`readAroundChange`); either way an item the
 * edit did not touch is the previous version's (moved by the edit's length difference when after it).
 */

/** The previous version's items and how the text changed since. */
export interface Reuse {
  readonly items: readonly TopLevelItem[];
  readonly change: TextChange;
  /** Tree-sitter's changed ranges, computed only when the new tree has a syntax error. */
  readonly changed?: readonly Range[];
}

/**
 * Reads the file item by item when its tree is `config_file → body → items` (or an empty
 * `config_file`): each item is copied, converted and dropped before the next, so the copies die
 * young. Undefined when the top level is anything else (then the whole file is read at once).
 */
export function readItems(
  tree: Tree,
  source: string,
  reuse: Reuse | undefined,
): { items: TopLevelItem[]; from: (TopLevelItem | undefined)[] } | undefined {
  const cursor = tree.walk();
  try {
    if (cursor.nodeType !== 'config_file') return undefined;
    const rootShell = shellAt(cursor, null, source);
    const items: TopLevelItem[] = [];
    const from: (TopLevelItem | undefined)[] = [];
    if (!cursor.gotoFirstChild()) return { items, from };
    const reusable = reuse ? reuser(reuse) : undefined;
    const add = (type: string, read: () => TopLevelItem) => {
      const kept = reusable?.(type, cursor.startIndex, cursor.endIndex);
      items.push(kept ? kept.item : read());
      from.push(kept?.old);
    };
    let sawBody = false;
    do {
      // Comments before and after the body (a file's opening comment) are children of the file itself.
      if ((cursor.nodeType as string) === 'comment') {
        add('comment', () => commentItem(cursor.startIndex, cursor.endIndex));
        continue;
      }
      if ((cursor.nodeType as string) !== 'body' || cursor.nodeIsMissing || sawBody) return undefined;
      sawBody = true;
      const bodyShell = shellAt(cursor, rootShell, source);
      if (!cursor.gotoFirstChild()) continue;
      do {
        const type: string = cursor.nodeType;
        // A bare identifier is paired with the items after it (a half-typed line): read the file whole.
        if (type === 'identifier') return undefined;
        add(type, () => readItem(cursor.currentNode, source, bodyShell));
      } while (cursor.gotoNextSibling());
      cursor.gotoParent();
    } while (cursor.gotoNextSibling());
    return { items, from };
  } finally {
    cursor.delete();
  }
}

/**
 * Finds, for an item of the new tree, the previous version's converted item with the same type and
 * text: entirely before or after the edit (not touching it), outside every changed range (only
 * computed when the new tree has a syntax error), and
 * without syntax errors (their messages can depend on what surrounds them).
 */
function reuser({
  items,
  change,
  changed,
}: Reuse): (
  type: string,
  start: number,
  end: number,
) => { item: TopLevelItem; old: TopLevelItem } | undefined {
  const delta = change.newEnd - change.oldEnd;
  let next = 0;
  return (type, start, end) => {
    let oldStart: number;
    if (end < change.start) oldStart = start;
    else if (start > change.newEnd) oldStart = start - delta;
    else return undefined;
    while (next < items.length && items[next].start < oldStart) next++;
    const old = items[next];
    if (
      !old ||
      old.start !== oldStart ||
      old.end !== end - (oldStart === start ? 0 : delta) ||
      old.type !== type ||
      old.hasError
    )
      return undefined;
    if (changed?.some((r) => r.startIndex <= end && r.endIndex >= start)) return undefined;
    return { item: movedItem(old, oldStart === start ? 0 : delta), old };
  };
}

/** An item whose text moved by `delta` (itself when it did not move). */
function movedItem(item: TopLevelItem, delta: number): TopLevelItem {
  if (delta === 0) return item;
  return {
    ...item,
    start: item.start + delta,
    end: item.end + delta,
    body: {
      attributes: shiftBody({ attributes: item.body.attributes, blocks: [] }, delta).attributes,
      blocks: item.body.blocks.map((block) => movedBlock(block, delta)),
    },
    comments: item.comments.map((c) => shiftSpan(c, delta)),
  };
}

/** Each block `movedBlock` made, with the block as read and how far it has moved since. */
const moves = new WeakMap<HclBlock, { readonly from: HclBlock; readonly delta: number }>();

/**
 * A block moved by `delta`: its header and spans at once, its body only when something reads it.
 * Typing moves every block after the cursor, and almost none of them is read before the next
 * keystroke (the module index reads labels; instances carried over are not read again), so copying
 * their bodies was most of a keystroke. A block moved again is moved from the block as read, by
 * the sum, so no chain of earlier versions builds up.
 */
function movedBlock(block: HclBlock, delta: number): HclBlock {
  const earlier = moves.get(block);
  const from = earlier ? earlier.from : block;
  const by = earlier ? earlier.delta + delta : delta;
  let body: HclBody | undefined;
  const moved: HclBlock = {
    type: from.type,
    labels: from.labels.map((l) => ({ value: l.value, span: shiftSpan(l.span, by) })),
    header: shiftSpan(from.header, by),
    span: shiftSpan(from.span, by),
    openBrace: shiftSpan(from.openBrace, by),
    closeBrace: from.closeBrace && shiftSpan(from.closeBrace, by),
    get body() {
      return (body ??= shiftBody(from.body, by));
    },
  };
  moves.set(moved, { from, delta: by });
  return moved;
}

/**
 * In a tree without a syntax error, after an edit of a file read without one: only the items from
 * the last one before the change to the first one after it are visited, each reused when it is
 * where and what it was; every item before them is the previous version's, every item after them
 * the previous version's moved by the change's length difference. The grammar has no declared
 * conflicts, so its parse is plain LR: the same text after an item boundary in the same state is
 * read the same way, and the two visited items that were reused prove the boundaries. Undefined
 * when they do not (the caller then visits every item).
 */
export function readAroundChange(
  tree: Tree,
  source: string,
  reuse: Reuse,
): { items: TopLevelItem[]; from: (TopLevelItem | undefined)[] } | undefined {
  const { items: old, change } = reuse;
  if (old.length === 0 || old.some((item) => item.hasError)) return undefined;
  const delta = change.newEnd - change.oldEnd;
  // Items before `first` end before the change; items from `last` on start after it.
  let first = 0;
  while (first < old.length && old[first].end < change.start) first++;
  let last = first;
  while (last < old.length && old[last].start <= change.oldEnd) last++;
  const before = first > 0 ? old[first - 1] : undefined;
  const after = last < old.length ? old[last] : undefined;
  const seek = before ? before.start : 0;

  const reusable = reuser(reuse);
  const items: TopLevelItem[] = old.slice(0, before ? first - 1 : 0);
  const from: (TopLevelItem | undefined)[] = items.slice();
  let reachedAfter = false;
  const cursor = tree.walk();
  try {
    if (cursor.nodeType !== 'config_file') return undefined;
    const rootShell = shellAt(cursor, null, source);
    if (!cursor.gotoFirstChild()) return undefined;
    // Visits the item at the cursor; false once the first item after the change has been visited.
    const visit = (type: string, read: () => TopLevelItem): boolean | undefined => {
      const start = cursor.startIndex;
      const kept = reusable(type, start, cursor.endIndex);
      items.push(kept ? kept.item : read());
      from.push(kept?.old);
      if (after && start >= after.start + delta) {
        if (kept?.old !== after) return undefined;
        reachedAfter = true;
        return false;
      }
      return true;
    };
    do {
      if (cursor.endIndex <= seek) continue;
      const type: string = cursor.nodeType;
      if (type === 'comment') {
        const going = visit('comment', () => commentItem(cursor.startIndex, cursor.endIndex));
        if (going === undefined) return undefined;
        if (!going) break;
        continue;
      }
      if (type !== 'body' || cursor.nodeIsMissing) return undefined;
      const bodyShell = shellAt(cursor, rootShell, source);
      if (!(cursor.startIndex < seek ? cursor.gotoFirstChildForIndex(seek) : cursor.gotoFirstChild()))
        continue;
      let going: boolean | undefined = true;
      do {
        const itemType: string = cursor.nodeType;
        if (itemType === 'identifier') return undefined;
        going = visit(itemType, () => readItem(cursor.currentNode, source, bodyShell));
      } while (going && cursor.gotoNextSibling());
      if (going === undefined) return undefined;
      if (!going) break;
      cursor.gotoParent();
    } while (cursor.gotoNextSibling());
  } finally {
    cursor.delete();
  }
  // The first visited item must be the one before the change, and the last the one after it.
  if (before && from[first - 1] !== before) return undefined;
  if (after && !reachedAfter) return undefined;
  for (let i = last + 1; i < old.length; i++) {
    items.push(movedItem(old[i], delta));
    from.push(old[i]);
  }
  return { items, from };
}

/** The node at the cursor (the file, its body) without its children: the parent the items read under it point to. */
function shellAt(cursor: TreeCursor, parent: SyntaxNode | null, source: string): SyntaxNode {
  return new SyntaxNode(cursor.nodeType, cursor.startIndex, cursor.endIndex, true, false, parent, source);
}
