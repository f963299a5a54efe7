import { Edit, type Tree } from 'web-tree-sitter';
import { lineEndingOf, type LineEnding } from '../../model/text';
import type { SourceFile } from '../../model/source-file';
import type { Span } from '../../model/location';
import { changeBetween, type TextChange } from '../../model/text-change';
import { bodyOfFile } from './convert-body';
import { terraformParser } from './grammar';
import { exponentsAsDigits } from './exponents';
import { MESSAGES } from './messages';
import { settleProblems, syntaxProblems, type FoundProblems, type SyntaxProblem } from './problems';
import { readAroundChange, readItems, type Reuse } from './read-items';
import type { HclAttribute, HclBlock, HclBody } from './syntax';
import { copyTree } from './syntax-node';
import { isUnreadBody, mayHideWhatAttaches, type TopLevelItem } from './top-level-item';
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
