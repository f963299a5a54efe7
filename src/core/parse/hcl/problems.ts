import type { SyntaxNode } from './syntax-node';
import type { Span } from '../../model/location';
import { format, type Localized } from '../../model/localized';
import { MESSAGES } from './messages';

/** A syntax problem found in a tree, before it is given a file (ICP000). */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: Localized;
  /**
   * What the problem leaves unreadable: the top-level item it is in (a block left open runs to the
   * end of the file, since everything after it was read into it). Nothing in it is trusted.
   */
  readonly damage: Span;
  /** The damage may hide what applies to instances that do not refer to it (a provider, an EIP association): no instance of the module is trusted. */
  readonly moduleWide?: boolean;
}

/** What one subtree holds, before the open-brace problems are weighed against the others (`settleProblems`). */
export interface FoundProblems {
  problems: SyntaxProblem[];
  /** Missing `}` with the block they would close: usually a knock-on of another problem inside it. */
  openBlocks: { readonly problem: SyntaxProblem; readonly block: Span }[];
}

/**
 * ERROR and MISSING nodes of a tree as problems at the smallest sensible range: the token that
 * does not fit, or the brace / quote that is left open.
 */
export function syntaxProblems(root: SyntaxNode, source: string): SyntaxProblem[] {
  const found: FoundProblems = { problems: [], openBlocks: [] };
  findProblems(root, source, found);
  return settleProblems([found]);
}

/** Collects the problems of one subtree (the whole file, or one top-level item of it). */
export function findProblems(node: SyntaxNode, source: string, into: FoundProblems): void {
  const addMissing = (missingNode: SyntaxNode): void => {
    const problem = missing(missingNode, source);
    const block = blockOf(missingNode);
    if (isMissingBrace(missingNode) && block) into.openBlocks.push({ problem, block });
    else into.problems.push(problem);
  };
  const visit = (n: SyntaxNode): void => {
    if (n.isMissing) {
      addMissing(n);
      return;
    }
    if (n.type === 'ERROR') {
      into.problems.push(unexpected(n, source));
      for (const d of n.descendantsOfType('block_end'))
        if (d && isMissing(d)) addMissing(d.children.find((c) => c.isMissing) ?? d);
      return;
    }
    if (!n.hasError) return;
    for (const child of n.children) visit(child);
  };
  visit(node);
}

/**
 * The problems of a file from what its parts found, in document order: a missing `}` is reported
 * only when no other problem lies inside the block it would close.
 */
export function settleProblems(found: readonly FoundProblems[]): SyntaxProblem[] {
  const problems = found.flatMap((f) => f.problems);
  const inside = (b: Span) => problems.some((p) => p.span.start >= b.start && p.span.start <= b.end);
  for (const f of found)
    for (const { problem, block } of f.openBlocks) if (!inside(block)) problems.push(problem);
  return onePerDamagedRegion(problems.sort((a, b) => a.span.start - b.span.start));
}

/**
 * One problem per damaged region: problems whose damage overlaps are one region, reported at its
 * first problem (the first token where reading went wrong; the rest are usually knock-ons).
 */
function onePerDamagedRegion(sorted: readonly SyntaxProblem[]): SyntaxProblem[] {
  const byDamage = [...sorted].sort((a, b) => a.damage.start - b.damage.start || a.span.start - b.span.start);
  const regions: { first: SyntaxProblem; damage: Span; moduleWide: boolean }[] = [];
  for (const problem of byDamage) {
    const last = regions[regions.length - 1];
    if (last && problem.damage.start < Math.max(last.damage.end, last.damage.start + 1)) {
      last.damage = { start: last.damage.start, end: Math.max(last.damage.end, problem.damage.end) };
      last.moduleWide ||= problem.moduleWide === true;
      if (problem.span.start < last.first.span.start) last.first = problem;
    } else {
      regions.push({ first: problem, damage: problem.damage, moduleWide: problem.moduleWide === true });
    }
  }
  return regions
    .map((r) => ({ ...r.first, damage: r.damage, ...(r.moduleWide ? { moduleWide: true } : {}) }))
    .sort((a, b) => a.span.start - b.span.start);
}

/** The top-level item (child of the file's body, or of the file) a node is in: what its problem damages. */
function damageOf(node: SyntaxNode): Span {
  let item = node;
  while (
    item.parent &&
    item.parent.type !== 'config_file' &&
    !(item.parent.type === 'body' && item.parent.parent?.type === 'config_file')
  )
    item = item.parent;
  return at(item);
}

function blockOf(node: SyntaxNode): Span | undefined {
  let owner = node.parent;
  if (owner?.type === 'block_end') owner = owner.parent;
  return owner ? at(owner) : undefined;
}

function isMissing(node: SyntaxNode): boolean {
  return node.isMissing || node.children.some((c) => c.isMissing);
}

function missing(node: SyntaxNode, source: string): SyntaxProblem {
  const opener = node.parent ? openerFor(node) : undefined;
  const damage = damageOf(node);
  if (isMissingBrace(node)) {
    const block = node.parent?.type === 'block_end' ? node.parent.parent : node.parent;
    const name = block ? blockName(block, source) : undefined;
    return {
      span: opener ?? at(node),
      message: name ? format(MESSAGES.missingBraceOf, { block: name }) : MESSAGES.missingBrace,
      damage,
    };
  }
  if (node.type === 'quoted_template_end')
    return { span: opener ?? at(node), message: MESSAGES.missingQuote, damage };
  return { span: at(node), message: format(MESSAGES.missing, { token: node.type }), damage };
}

function isMissingBrace(node: SyntaxNode): boolean {
  return node.type === '}' || node.type === 'block_end' || node.parent?.type === 'block_end';
}

/** A block as written in its header, `resource "alicloud_instance" "payg"`, for messages; undefined when it has none. */
function blockName(block: SyntaxNode, source: string): string | undefined {
  if (block.type !== 'block') return undefined;
  const opened = block.children.findIndex((c) => c.type === 'block_start');
  const header = block.children.slice(0, opened < 0 ? block.children.length : opened);
  if (header.length === 0 || header[0].type !== 'identifier') return undefined;
  const text = source
    .slice(header[0].startIndex, header[header.length - 1].endIndex)
    .split(/[\r\n]/)[0]
    .trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The `{` or `"` that a missing closer would close, which is where a reader looks. */
function openerFor(node: SyntaxNode): Span | undefined {
  let owner = node.parent;
  if (owner?.type === 'block_end') owner = owner.parent;
  const want = node.type === 'quoted_template_end' ? 'quoted_template_start' : 'block_start';
  const opener = owner?.children.find((c) => c.type === want);
  return opener ? at(opener) : undefined;
}

function unexpected(error: SyntaxNode, source: string): SyntaxProblem {
  const damage = damageOf(error);
  const parent = error.parent;
  const before = error.previousSibling;
  // `period =` with the value left out: tree-sitter reads on into the next line.
  if (
    parent?.type === 'attribute' &&
    before?.type === '=' &&
    /[\r\n]/.test(source.slice(before.endIndex, error.startIndex))
  ) {
    return { span: at(before), message: MESSAGES.missingValue, damage };
  }
  // A half-typed word (`instance_`) read as the type of a block whose header runs into the next lines.
  const opened = parent?.children.findIndex((c) => c.type === 'block_start') ?? -1;
  const head = parent?.firstChild;
  if (
    parent?.type === 'block' &&
    head &&
    (opened < 0 || error.startIndex < parent.children[opened].startIndex)
  ) {
    return { span: at(head), message: format(MESSAGES.unexpected, { token: `'${head.text}'` }), damage };
  }
  const culprit = culpritOf(error);
  const span = firstLine(culprit ? at(culprit) : at(error), source);
  const token = source.slice(span.start, span.end).trim();
  if (!token) return { span, message: MESSAGES.unexpectedEnd, damage };
  const shown = token.length > 40 ? `${token.slice(0, 39)}…` : token;
  return { span, message: format(MESSAGES.unexpected, { token: `'${shown}'` }), damage };
}

/**
 * The child of an ERROR that does not fit: skip what reads as a block header and as complete
 * attributes or blocks, then prefer a stray punctuation token over a well-formed expression.
 */
function culpritOf(error: SyntaxNode): SyntaxNode | undefined {
  const run = error.children.filter((c) => c.type !== 'comment' && c.endIndex > c.startIndex);
  let i = 0;
  let j = 1;
  while (j < run.length && (run[j].type === 'string_lit' || run[j].type === 'identifier')) j++;
  if (run[0]?.type === 'identifier' && run[j]?.type === 'block_start') i = j + 1;
  const rest: SyntaxNode[] = [];
  for (; i < run.length; i++) {
    const n = run[i];
    if (n.type === 'attribute' || n.type === 'block' || n.type === 'block_end' || n.type === 'body') continue;
    if (n.type === 'identifier' && run[i + 1]?.type === '=' && run[i + 2]?.type === 'expression') {
      i += 2;
      continue;
    }
    rest.push(n);
  }
  return rest.find((n) => !n.isNamed) ?? rest[0];
}

function at(node: SyntaxNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

function firstLine(span: Span, source: string): Span {
  const text = source.slice(span.start, span.end);
  const lead = text.length - text.trimStart().length;
  const start = span.start + lead;
  const nl = source.slice(start, span.end).search(/\r|\n/);
  return { start, end: nl < 0 ? span.end : start + nl };
}
