import type { SyntaxNode } from './syntax-node';
import { unescape, exprFromNode } from './convert-expression';
import type { Expr, HclAttribute, HclBlock, HclBody } from './syntax';

/**
 * Turns the tree-sitter tree of one file into blocks and attributes. Where tree-sitter gave up
 * (ERROR nodes), the loose reader still picks out `name = value` lines and `type "label" {` blocks,
 * so a half-typed attribute does not hide the whole resource around it.
 */

interface Items {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export function bodyOfFile(root: SyntaxNode, source: string): HclBody {
  const items: Items = { attributes: [], blocks: [] };
  readRun(root.children, source, items, root.endIndex);
  return { attributes: items.attributes, blocks: items.blocks.flatMap((b) => [b, ...strayTopLevel(b.body)]) };
}

/**
 * What one item of the file's top-level body says, read on its own: the file's body is these in
 * order, as long as no item is a bare `identifier` (which `readRun` pairs with the items after it).
 */
export function bodyOfTopLevelItem(item: SyntaxNode, source: string): HclBody {
  const items: Items = { attributes: [], blocks: [] };
  readRun([item], source, items, item.endIndex);
  return { attributes: items.attributes, blocks: items.blocks.flatMap((b) => [b, ...strayTopLevel(b.body)]) };
}

/** Blocks that only exist at the top of a file. */
const TOP_LEVEL = new Set([
  'resource',
  'data',
  'variable',
  'locals',
  'provider',
  'module',
  'output',
  'terraform',
]);

/**
 * A `resource` (or other top-level block) found inside another block is debris of error recovery
 * (a half-typed line swallowed the blocks after it): hand it back to the file.
 */
function strayTopLevel(body: HclBody): HclBlock[] {
  return body.blocks.flatMap((b) =>
    TOP_LEVEL.has(b.type) && b.labels.length > 0 ? [b, ...strayTopLevel(b.body)] : strayTopLevel(b.body),
  );
}

/** Reads a run of sibling nodes that may mix proper attributes/blocks with the debris of an ERROR. */
function readRun(nodes: readonly SyntaxNode[], source: string, into: Items, end: number): void {
  const run = nodes.filter((n) => n.type !== 'comment' && !(n.startIndex === n.endIndex && !n.isMissing));
  for (let i = 0; i < run.length; i++) {
    const node = run[i];
    switch (node.type) {
      case 'body':
      case 'ERROR':
        readRun(node.children, source, into, node.endIndex);
        continue;
      case 'attribute':
        into.attributes.push(...attributesOf(node, source));
        continue;
      case 'block':
        into.blocks.push(blockOf(node, source));
        continue;
      case 'identifier': {
        // Loose `name = expression` inside an ERROR.
        if (run[i + 1]?.type === '=' && run[i + 2]?.type === 'expression') {
          const expr = safeExpr(run[i + 2], source);
          into.attributes.push({
            name: node.text,
            nameSpan: span(node),
            expr,
            span: { start: node.startIndex, end: expr.span.end },
          });
          i += 2;
          continue;
        }
        // Loose `type "label" … {` inside an ERROR: read up to the matching `}`.
        let j = i + 1;
        while (j < run.length && (run[j].type === 'string_lit' || run[j].type === 'identifier')) j++;
        if (run[j]?.type === 'block_start') {
          const consumed = looseBlock(run, i, j, source, end);
          into.blocks.push(consumed.block);
          i = consumed.last;
        }
        continue;
      }
      default:
        continue;
    }
  }
}

function looseBlock(
  run: readonly SyntaxNode[],
  headAt: number,
  openAt: number,
  source: string,
  end: number,
): { block: HclBlock; last: number } {
  let depth = 0;
  let closeAt = -1;
  for (let k = openAt + 1; k < run.length; k++) {
    if (run[k].type === 'block_start') depth++;
    else if (run[k].type === 'block_end' && !isMissingEnd(run[k])) {
      if (depth === 0) {
        closeAt = k;
        break;
      }
      depth--;
    }
  }
  const inner = run.slice(openAt + 1, closeAt < 0 ? run.length : closeAt);
  const items: Items = { attributes: [], blocks: [] };
  readRun(inner, source, items, end);
  const head = run[headAt];
  const labels = run.slice(headAt + 1, openAt).map(labelOf);
  const close = closeAt < 0 ? undefined : run[closeAt];
  return {
    block: {
      type: head.text,
      labels,
      header: { start: head.startIndex, end: run[openAt - 1].endIndex },
      span: {
        start: head.startIndex,
        end: close ? close.endIndex : Math.max(end, run[run.length - 1].endIndex),
      },
      openBrace: span(run[openAt]),
      closeBrace: close ? span(close) : undefined,
      body: items,
    },
    last: closeAt < 0 ? run.length - 1 : closeAt,
  };
}

function blockOf(node: SyntaxNode, source: string): HclBlock {
  const children = node.children.filter((c) => c.type !== 'comment');
  const head = children[0];
  const open = children.findIndex((c) => c.type === 'block_start');
  const labelNodes = children
    .slice(1, open < 0 ? children.length : open)
    .filter((c) => c.type === 'string_lit' || c.type === 'identifier');
  const end = children.find((c) => c.type === 'block_end');
  const items: Items = { attributes: [], blocks: [] };
  const bodyNodes = children.filter((c) => c.type === 'body' || c.type === 'ERROR');
  readRun(bodyNodes, source, items, node.endIndex);
  const lastLabel = labelNodes[labelNodes.length - 1] ?? head;
  // `instance_` half-typed before `}` and the next `resource "…" "…" {`: tree-sitter reads one block
  // typed `instance_` with `}\nresource` as an ERROR in its header. The real type is the word before the labels.
  const headerError = children.slice(1, open < 0 ? children.length : open).find((c) => c.type === 'ERROR');
  const realType = headerError ? lastWord(headerError.text) : undefined;
  const typeStart = realType && headerError ? headerError.endIndex - realType.length : head.startIndex;
  return {
    type: realType ? realType.word : head.text,
    labels: labelNodes.map(labelOf),
    header: { start: typeStart, end: lastLabel.endIndex },
    span: { start: typeStart, end: node.endIndex },
    openBrace: open < 0 ? { start: lastLabel.endIndex, end: lastLabel.endIndex } : span(children[open]),
    closeBrace: end && !isMissingEnd(end) ? span(end) : undefined,
    body: items,
  };
}

/**
 * Usually one attribute. When a value is missing (`period =` followed by `status = "Running"` on
 * the next line), tree-sitter reads `period = "Running"` with `status =` as an ERROR: split it back
 * into `period` (no value) and `status`.
 */
function attributesOf(node: SyntaxNode, source: string): HclAttribute[] {
  const name = node.children.find((c) => c.type === 'identifier');
  const value = node.children.filter((c) => c.type === 'expression').pop();
  if (!name || !value) return [];
  const error = node.children.find((c) => c.type === 'ERROR');
  const stray = error?.children.filter((c) => c.type !== 'comment');
  const nextName = stray?.length === 2 && stray[1].type === '=' ? stray[0] : undefined;
  if (error && nextName && /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(nextName.text)) {
    const empty = { start: error.startIndex, end: error.startIndex };
    const expr = safeExpr(value, source);
    return [
      {
        name: name.text,
        nameSpan: span(name),
        expr: { kind: 'other', span: empty, text: '', references: [] },
        span: { start: name.startIndex, end: error.startIndex },
      },
      {
        name: nextName.text,
        nameSpan: span(nextName),
        expr,
        span: { start: nextName.startIndex, end: value.endIndex },
      },
    ];
  }
  const expr = safeExpr(value, source);
  return [
    { name: name.text, nameSpan: span(name), expr, span: { start: name.startIndex, end: value.endIndex } },
  ];
}

/** An expression too deeply nested to convert becomes an opaque (unknown) one; the rest of the file still reads. */
function safeExpr(node: SyntaxNode, source: string): Expr {
  try {
    return exprFromNode(node, source);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      kind: 'other',
      span: span(node),
      text: source.slice(node.startIndex, node.endIndex),
      references: [],
    };
  }
}

function labelOf(node: SyntaxNode): { value: string; span: { start: number; end: number } } {
  if (node.type === 'identifier') return { value: node.text, span: span(node) };
  // A label the copy read without its inside (it holds no error): `"` + template literal + `"`.
  if (node.type === 'string_lit' && node.children.length === 0)
    return { value: unescape(node.text.slice(1, -1)), span: span(node) };
  const chunk = node.namedChildren.find((c) => c.type === 'template_literal');
  return { value: unescape(chunk?.text ?? ''), span: span(node) };
}

function isMissingEnd(node: SyntaxNode): boolean {
  return node.isMissing || node.children.some((c) => c.isMissing);
}

function span(node: SyntaxNode): { start: number; end: number } {
  return { start: node.startIndex, end: node.endIndex };
}

const WORD_START = /^[\p{L}_]$/u;
const WORD_PART = /^[\p{L}\p{N}_-]$/u;

/**
 * The identifier a text ends with (before trailing whitespace) and the length from its start to the
 * end of the text, by a backward scan: a regex anchored only at the end (an identifier, then
 * whitespace, then the end) backtracks quadratically over a long run of word characters.
 */
function lastWord(text: string): { word: string; length: number } | undefined {
  const end = text.trimEnd().length;
  let start = end;
  while (start > 0) {
    const width =
      start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2))
        ? 2
        : 1;
    if (!WORD_PART.test(text.slice(start - width, start))) break;
    start -= width;
  }
  // The word starts at the first letter or underscore of that run (a leading digit or dash is not part of it).
  while (start < end) {
    const width = isHighSurrogate(text.charCodeAt(start)) && start + 1 < end ? 2 : 1;
    if (WORD_START.test(text.slice(start, start + width))) break;
    start += width;
  }
  return start < end ? { word: text.slice(start, end), length: text.length - start } : undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
