import type { Language, Node, Tree, TreeCursor } from 'web-tree-sitter';

/**
 * A JavaScript copy of a tree-sitter tree, read in one pass with a `TreeCursor`.
 *
 * web-tree-sitter's `Node` crosses the WebAssembly boundary for every property read and allocates a
 * fresh object (with a position object) for every child it hands out, so a converter that asks
 * `node.children` a few times per node spends most of its time marshalling and collecting garbage.
 * The cursor walk asks each node for its type id, start and end once (plus "missing" for the
 * zero-width ones) and builds these plain nodes, which the converters then read as often as they
 * like. Offsets are UTF-16 code units, like `Node.startIndex`; `text` slices the source string.
 */
/** Shared by every leaf, so the many leaves of a big file allocate no array of their own. */
const NO_CHILDREN: readonly SyntaxNode[] = Object.freeze([]);

export class SyntaxNode {
  /** Read-only for callers; `copyTree` appends while it walks. */
  children: readonly SyntaxNode[] = NO_CHILDREN;
  hasError = false;

  constructor(
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly parent: SyntaxNode | null,
    private readonly source: string,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): SyntaxNode[] {
    return this.children.filter((c) => c.isNamed);
  }

  get firstChild(): SyntaxNode | null {
    return this.children[0] ?? null;
  }

  get previousSibling(): SyntaxNode | null {
    const siblings = this.parent?.children;
    if (!siblings) return null;
    const at = siblings.indexOf(this);
    return at > 0 ? siblings[at - 1] : null;
  }

  /** Descendants (not the node itself) of the given type, in document order. */
  descendantsOfType(type: string): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    const stack: SyntaxNode[] = [...this.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === type) found.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
    return found;
  }
}

/** What the copy of a tree gives: its root and the spans of its comments, in document order. */
export interface CopiedTree {
  readonly root: SyntaxNode;
  readonly comments: { start: number; end: number }[];
}

/**
 * Decides, for a node just read (its earlier siblings and ancestors are read, its children not yet),
 * whether its children are skipped. A skipped node keeps no children; its comments are still listed.
 */
export type SkipBody = (node: SyntaxNode) => boolean;

/**
 * Copies `tree` (parsed from `source`) into `SyntaxNode`s. Iterative, so a deeply nested file
 * cannot exhaust the stack here. `hasError` is derived from the copy: a node has an error when it
 * is an ERROR or a MISSING node or has one below it, which is what tree-sitter's own flag says.
 */
export function copyTree(tree: Tree, source: string, skipBody?: SkipBody): CopiedTree {
  const comments: { start: number; end: number }[] = [];
  return { root: copySubtree(tree.rootNode, source, null, comments, skipBody), comments };
}

/** Whether a node type id is named, asked of the grammar once per id. */
const namedTypes = new WeakMap<Language, Map<number, boolean>>();

function namedTypesOf(language: Language): Map<number, boolean> {
  let named = namedTypes.get(language);
  if (!named) {
    named = new Map();
    namedTypes.set(language, named);
  }
  return named;
}

/**
 * Copies the subtree at `start` under `parent` (which gets it appended as its last child; the
 * caller makes `parent` and its ancestors). Comments are appended to `comments` in document order.
 */
export function copySubtree(
  start: Node,
  source: string,
  parent: SyntaxNode | null,
  comments: { start: number; end: number }[],
  skipBody?: SkipBody,
): SyntaxNode {
  const language = start.tree.language;
  const types = language.types;
  const named = namedTypesOf(language);
  const isNamedType = (id: number): boolean => {
    let is = named.get(id);
    if (is === undefined) {
      is = id === 0xffff || language.nodeTypeIsNamed(id);
      named.set(id, is);
    }
    return is;
  };
  // Nothing below a node without errors has one: its nodes can be skipped without asking tree-sitter.
  const clean = !start.hasError;
  const cursor = start.walk();
  const read = (into: SyntaxNode | null): SyntaxNode => {
    const id = cursor.nodeTypeId;
    const startIndex = cursor.startIndex;
    const endIndex = cursor.endIndex;
    const missing = startIndex === endIndex && cursor.nodeIsMissing;
    const node = new SyntaxNode(
      types[id] ?? 'ERROR',
      startIndex,
      endIndex,
      isNamedType(id),
      missing,
      into,
      source,
    );
    if (node.type === 'comment') comments.push({ start: startIndex, end: endIndex });
    if (missing || node.type === 'ERROR') markError(node);
    if (into) {
      if (into.children === NO_CHILDREN) into.children = [node];
      else (into.children as SyntaxNode[]).push(node);
    }
    return node;
  };
  try {
    const root = read(parent);
    let node = root;
    for (;;) {
      if (!(skipBody && wantsSkip(node, cursor, skipBody, comments, clean)) && cursor.gotoFirstChild()) {
        node = read(node);
        continue;
      }
      // Climb until a node has a next sibling; the cursor cannot leave `start`.
      for (;;) {
        if (node === root) return root;
        if (cursor.gotoNextSibling()) {
          node = read(node.parent);
          break;
        }
        cursor.gotoParent();
        node = node.parent!;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * A node the caller does not need the inside of: list its comments and leave it childless. Only
 * when neither it nor its parent holds an error (a block's header error can change how its body is
 * read); `clean` says the whole copied subtree holds none.
 */
function wantsSkip(
  node: SyntaxNode,
  cursor: TreeCursor,
  skipBody: SkipBody,
  comments: { start: number; end: number }[],
  clean: boolean,
): boolean {
  if (!skipBody(node)) return false;
  if (!clean) {
    const real = cursor.currentNode;
    if (real.hasError || real.parent?.hasError) return false;
  }
  // Comments start with `#` or `/`: a text without either holds none, and tree-sitter is not asked.
  const text = node.text;
  if (text.includes('#') || text.includes('/')) {
    for (const c of cursor.currentNode.descendantsOfType('comment'))
      if (c) comments.push({ start: c.startIndex, end: c.endIndex });
  }
  return true;
}

/** Marks a node and its ancestors (inside the copy) as holding an error. */
function markError(node: SyntaxNode): void {
  for (let n: SyntaxNode | null = node; n && !n.hasError; n = n.parent) n.hasError = true;
}
