import { Edit, type Node, type Range, type Tree } from 'web-tree-sitter';
import { lineEndingOf, type LineEnding } from '../../model/text';
import type { SourceFile } from '../../model/source-file';
import type { Span } from '../../model/location';
import { changeBetween, type TextChange } from '../../model/text-change';
import { bodyOfFile, bodyOfTopLevelItem } from './convert-body';
import { terraformParser } from './grammar';
import { exponentsAsDigits } from './exponents';
import { ENI_ATTACHMENT_TYPES, ENI_TYPES } from './public-ip';
import { MESSAGES } from './messages';
import {
  findProblems,
  settleProblems,
  syntaxProblems,
  type FoundProblems,
  type SyntaxProblem,
} from './problems';
import { shiftBody, shiftSpan } from './shift';
import type { HclAttribute, HclBlock, HclBody } from './syntax';
import { copySubtree, copyTree, SyntaxNode } from './syntax-node';
import { isTerraformJson } from '../tfjson/names';
import { parseTfJsonFile } from '../tfjson/parse-file';

/** One Terraform file read on its own: what the module resolver needs, plus the tree for incremental reuse. */
export interface HclFile {
  readonly path: string;
  readonly text: string;
  readonly body: HclBody;
  readonly problems: readonly SyntaxProblem[];
  readonly comments: readonly Span[];
  /** The line ending new lines in this file get. */
  readonly eol: LineEnding;
  /**
   * The tree-sitter tree. The caller owns it: pass the file to `reparseHclFile` for its next
   * version (which edits this tree), or free it with `tree.delete()`.
   */
  readonly tree?: Tree;
  /** The file read item by item (top-level blocks, attributes, errors), so a reparse converts only what changed. */
  readonly items?: readonly TopLevelItem[];
  /**
   * After an incremental reparse: the change from the previous version's text, and for each of
   * `items` the previous version's item it was carried over from (the same object, or a copy moved
   * by the change's length difference), undefined for an item read afresh.
   */
  readonly reuse?: { readonly change: TextChange; readonly from: readonly (TopLevelItem | undefined)[] };
  /** The tree was parsed from the text with exponents rewritten as digits (`exponentsAsDigits`): never reparse it incrementally. */
  readonly exponentsRewritten?: boolean;
}

/** One item of a file's top-level body and what it converted to. */
export interface TopLevelItem {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly hasError: boolean;
  readonly body: HclBody;
  readonly found: FoundProblems;
  readonly comments: readonly Span[];
}

/** Parses one file. Never throws: a file tree-sitter cannot read at all yields an empty body and a problem. */
export function parseHclFile(file: SourceFile, oldTree?: Tree): HclFile {
  // Terraform's JSON syntax is read into the same shape by its own front end (no tree to keep).
  if (isTerraformJson(file.path)) return parseTfJsonFile(file);
  let tree = terraformParser().parse(file.text, oldTree ?? null) ?? undefined;
  const digits = tree?.rootNode.hasError ? exponentsAsDigits(file.text, tree) : undefined;
  if (digits !== undefined) {
    tree?.delete();
    tree = terraformParser().parse(digits) ?? undefined;
  }
  return { ...fileFromTree(file, tree), ...(digits !== undefined ? { exponentsRewritten: true } : {}) };
}

/**
 * The next version of a file, parsed incrementally: the single changed range between the texts is
 * applied to the previous tree (`tree.edit`, so `previous.tree` belongs to the new version's parse
 * and must be freed by the caller afterwards), the text is reparsed against it, and top-level
 * items that neither the edit nor (in a tree with a syntax error) tree-sitter's changed ranges touch
 * keep their converted form (moved by the edit's length difference when they come after it).
 */
export function reparseHclFile(previous: HclFile, file: SourceFile): HclFile {
  const oldTree = previous.tree;
  // A tree of rewritten text (see `exponentsAsDigits`) is not the tree of the text edits are counted in.
  if (!oldTree || previous.exponentsRewritten) return parseHclFile(file);
  const change = changeBetween(previous.text, file.text);
  if (!change) return parseHclFile(file);
  // The texts agree before the change, so its start is one point in both: counted on from the
  // smallest node around it, whose point the old tree knows (not from the top of a long file).
  const around = oldTree.rootNode.descendantForIndex(change.start);
  const known = around && around.startIndex <= change.start ? around : undefined;
  const startPosition = pointAfter(
    previous.text,
    known?.startIndex ?? 0,
    known?.startPosition ?? { row: 0, column: 0 },
    change.start,
  );
  oldTree.edit(
    new Edit({
      startIndex: change.start,
      oldEndIndex: change.oldEnd,
      newEndIndex: change.newEnd,
      startPosition,
      oldEndPosition: pointAfter(previous.text, change.start, startPosition, change.oldEnd),
      newEndPosition: pointAfter(file.text, change.start, startPosition, change.newEnd),
    }),
  );
  const tree = terraformParser().parse(file.text, oldTree) ?? undefined;
  if (tree?.rootNode.hasError && exponentsAsDigits(file.text, tree) !== undefined) {
    tree.delete();
    return parseHclFile(file);
  }
  if (!tree || !previous.items) return fileFromTree(file, tree);
  // Without a syntax error the grammar (no declared conflicts: plain LR) reads an unchanged item at an
  // unchanged place exactly as before, so its position and type are enough; only error recovery can
  // restructure text away from the edit, and only then are the trees compared (which costs half a parse).
  const changed = tree.rootNode.hasError ? oldTree.getChangedRanges(tree) : undefined;
  return fileFromTree(file, tree, { items: previous.items, change, ...(changed ? { changed } : {}) });
}

/**
 * Row and column (UTF-16 units) as tree-sitter counts them (rows end at `\n`) of `offset`, counted on
 * from `from`, whose point is known.
 */
function pointAfter(
  text: string,
  from: number,
  point: { row: number; column: number },
  offset: number,
): { row: number; column: number } {
  let row = point.row;
  let lineStart = from - point.column;
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    row++;
    lineStart = nl + 1;
  }
  return { row, column: offset - lineStart };
}

interface Reuse {
  readonly items: readonly TopLevelItem[];
  readonly change: TextChange;
  /** Tree-sitter's changed ranges, computed only when the new tree has a syntax error. */
  readonly changed?: readonly Range[];
}

function fileFromTree(file: SourceFile, tree: Tree | undefined, reuse?: Reuse): HclFile {
  const eol = lineEndingOf(file.text);
  if (!tree) {
    return {
      path: file.path,
      text: file.text,
      body: { attributes: [], blocks: [] },
      problems: [],
      comments: [],
      eol,
    };
  }
  try {
    const read =
      (reuse && !reuse.changed && readAroundChange(tree, file.text, reuse)) ||
      readItems(tree, file.text, reuse);
    if (read) {
      const { items, from } = read;
      // Plain loops: a keystroke in a file of thousands of items gathers them all again.
      const attributes: HclAttribute[] = [];
      const blocks: HclBlock[] = [];
      const comments: Span[] = [];
      const found: FoundProblems[] = [];
      for (const item of items) {
        for (const a of item.body.attributes) attributes.push(a);
        for (const b of item.body.blocks) blocks.push(b);
        for (const c of item.comments) comments.push(c);
        if (item.found.problems.length > 0 || item.found.openBlocks.length > 0) found.push(item.found);
      }
      return {
        path: file.path,
        text: file.text,
        body: { attributes, blocks },
        problems: settleProblems(found),
        comments,
        eol,
        tree,
        items,
        ...(reuse ? { reuse: { change: reuse.change, from } } : {}),
      };
    }
  } catch (error) {
    // A pathologically deep file: the whole-file reading says so the way it always has.
    if (!(error instanceof RangeError)) throw error;
  }
  return wholeFile(file, tree, eol);
}

/** A file whose top level is not a plain run of items: copied and converted in one piece. */
function wholeFile(file: SourceFile, tree: Tree, eol: LineEnding): HclFile {
  const { root, comments } = copyTree(tree, file.text, isUnreadBody);
  let body: HclBody = { attributes: [], blocks: [] };
  const problems: SyntaxProblem[] = [];
  try {
    body = bodyOfFile(root, file.text);
    const moduleWide = mayHideWhatAttaches(body, file.text);
    problems.push(
      ...syntaxProblems(root, file.text).map((p) => (moduleWide ? { ...p, moduleWide: true } : p)),
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({
      span: { start: 0, end: 0 },
      message: MESSAGES.tooDeep,
      damage: { start: 0, end: file.text.length },
      moduleWide: true,
    });
  }
  return { path: file.path, text: file.text, body, problems, comments, eol, tree };
}

/**
 * Reads the file item by item when its tree is `config_file → body → items` (or an empty
 * `config_file`): each item is copied, converted and dropped before the next, so the copies die
 * young. Undefined when the top level is anything else (then the whole file is read at once).
 */
function readItems(
  tree: Tree,
  source: string,
  reuse: Reuse | undefined,
): { items: TopLevelItem[]; from: (TopLevelItem | undefined)[] } | undefined {
  const cursor = tree.walk();
  try {
    if (cursor.nodeType !== 'config_file') return undefined;
    const rootShell = new SyntaxNode(
      'config_file',
      cursor.startIndex,
      cursor.endIndex,
      true,
      false,
      null,
      source,
    );
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
      const bodyShell = new SyntaxNode(
        'body',
        cursor.startIndex,
        cursor.endIndex,
        true,
        false,
        rootShell,
        source,
      );
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

function commentItem(start: number, end: number): TopLevelItem {
  return {
    type: 'comment',
    start,
    end,
    hasError: false,
    body: { attributes: [], blocks: [] },
    found: { problems: [], openBlocks: [] },
    comments: [{ start, end }],
  };
}

function readItem(node: Node, source: string, bodyShell: SyntaxNode): TopLevelItem {
  const comments: Span[] = [];
  const copy = copySubtree(node, source, bodyShell, comments, isUnreadBody);
  // The shell only lends the item its parent; the next item must not see this one as a sibling.
  bodyShell.children = [];
  const found: FoundProblems = { problems: [], openBlocks: [] };
  const body = bodyOfTopLevelItem(copy, source);
  findProblems(copy, source, found);
  if (copy.hasError && mayHideWhatAttaches(body, source.slice(copy.startIndex, copy.endIndex))) {
    found.problems = found.problems.map((p) => ({ ...p, moduleWide: true }));
    found.openBlocks = found.openBlocks.map((o) => ({ ...o, problem: { ...o.problem, moduleWide: true } }));
  }
  return {
    type: copy.type,
    start: copy.startIndex,
    end: copy.endIndex,
    hasError: copy.hasError,
    body,
    found,
    comments,
  };
}

/** Resources that attach to an instance without the instance naming them: an EIP association, an ENI and its attachment. */
const ATTACHING_TYPES = new Set(['alicloud_eip_association', ...ENI_TYPES, ...ENI_ATTACHMENT_TYPES]);

/**
 * Whether a damaged item may hide what applies to instances that do not refer to it: a provider
 * block (the default region), a resource that attaches to an instance (its public IP), or text in
 * which no block could be made out but such a block's words appear. Whatever an instance refers to itself (a variable, a local, a
 * vSwitch) is caught where it reads it: its value then lies in the damage, or cannot be resolved.
 */
function mayHideWhatAttaches(body: HclBody, text: string): boolean {
  // No block made out: it may hide one only if the words that would open one are there at all.
  if (body.blocks.length === 0)
    return text.includes('provider') || [...ATTACHING_TYPES].some((type) => text.includes(type));
  return body.blocks.some(
    (block) =>
      block.type === 'provider' ||
      (block.type === 'resource' && ATTACHING_TYPES.has(block.labels[0]?.value ?? '')),
  );
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
function readAroundChange(
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
    const rootShell = new SyntaxNode(
      'config_file',
      cursor.startIndex,
      cursor.endIndex,
      true,
      false,
      null,
      source,
    );
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
      const bodyShell = new SyntaxNode(
        'body',
        cursor.startIndex,
        cursor.endIndex,
        true,
        false,
        rootShell,
        source,
      );
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

/** Top-level blocks the module resolver reads the inside of (see `buildModule`); others keep only their header. */
const READ_BLOCKS = new Set(['resource', 'variable', 'locals', 'provider', 'module']);

/**
 * What the copy of a file may leave out (see `copySubtree`, which keeps every node when it or its
 * parent holds a syntax error, so every ERROR and MISSING node and every block that error recovery
 * misplaced is still read, and which still lists the comments inside):
 * - the body of a top-level block nothing reads (`output`, `data`, `module`, `terraform`, …);
 * - the value of a resource's attribute that nothing looks up (`tags`, `image_id`, …): it is kept
 *   as an expression without children, which converts to an opaque value nobody asks for;
 * - the inside of a block's quoted label, whose value is read from its text;
 * - the body of a block nested in a resource that holds no block (`data_disks { … }`), except the
 *   instance's own `network_interfaces { … }`, whose interfaces can carry its Elastic IP.
 */
function isUnreadBody(node: SyntaxNode): boolean {
  if (node.type === 'expression') return isUnreadValue(node);
  // A block's label: its value is the text between the quotes (see `labelOf`).
  if (node.type === 'string_lit') return node.parent?.type === 'block';
  if (node.type !== 'body') return false;
  const block = node.parent;
  if (block?.type !== 'block' || block.parent?.type !== 'body') return false;
  if (block.parent.parent?.parent !== null) return isUnreadNestedBody(node, block);
  const head = block.children[0];
  return head?.type === 'identifier' && !READ_BLOCKS.has(head.text);
}

/**
 * The body of a block nested in a resource (`data_disks { … }`): nothing looks inside, unless it
 * holds blocks (a labelled block there is read as a top-level one, see `bodyOfTopLevelItem`). A
 * body without `{` holds no block.
 */
function isUnreadNestedBody(body: SyntaxNode, block: SyntaxNode): boolean {
  const owner = block.parent?.parent;
  if (owner?.type !== 'block' || !isTopLevelResource(owner)) return false;
  if (block.children[0]?.text === 'network_interfaces') return false;
  return !body.text.includes('{');
}

function isTopLevelResource(block: SyntaxNode): boolean {
  if (block.parent?.type !== 'body' || block.parent.parent?.parent !== null) return false;
  const head = block.children[0];
  return head?.type === 'identifier' && head.text === 'resource';
}

/**
 * Every attribute of a resource that the module resolver looks up (instance settings, launch
 * template and vSwitch references and zones, EIP association targets), whatever the resource type.
 */
const READ_RESOURCE_ATTRIBUTES = new Set([
  'instance_charge_type',
  'spot_strategy',
  'period',
  'period_unit',
  'status',
  'internet_max_bandwidth_out',
  'renewal_status',
  'auto_renew',
  'availability_zone',
  'zone_id',
  'provider',
  'vswitch_id',
  'subnet_id',
  'launch_template_id',
  'launch_template_name',
  'name',
  'instance_id',
  'network_interface_id',
  'count',
  'for_each',
]);

function isUnreadValue(node: SyntaxNode): boolean {
  const attribute = node.parent;
  if (attribute?.type !== 'attribute') return false;
  const body = attribute.parent;
  const block = body?.parent;
  if (body?.type !== 'body' || block?.type !== 'block' || !isTopLevelResource(block)) return false;
  const name = attribute.children[0];
  return name?.type === 'identifier' && !READ_RESOURCE_ATTRIBUTES.has(name.text);
}
