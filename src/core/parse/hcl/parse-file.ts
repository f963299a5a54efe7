import type { Tree } from 'web-tree-sitter';
import type { SourceFile } from '../../engine/types';
import type { Span } from '../../model/location';
import { bodyOfFile } from './convert-body';
import { terraformParser } from './grammar';
import { MESSAGES } from './messages';
import { syntaxProblems, type SyntaxProblem } from './problems';
import type { HclBody } from './syntax';

/** One Terraform file read on its own: what the module resolver needs, plus the tree for incremental reuse. */
export interface HclFile {
  readonly path: string;
  readonly text: string;
  readonly body: HclBody;
  readonly problems: readonly SyntaxProblem[];
  readonly comments: readonly Span[];
  /** The line ending new lines in this file get. */
  readonly eol: '\n' | '\r\n';
  /**
   * The tree-sitter tree. The caller owns it: keep it to pass as `oldTree` after applying
   * `tree.edit()` for the next version of the file, or free it with `tree.delete()`.
   */
  readonly tree?: Tree;
}

/** Parses one file. Never throws: a file tree-sitter cannot read at all yields an empty body and a problem. */
export function parseHclFile(file: SourceFile, oldTree?: Tree): HclFile {
  const eol = /\r\n/.test(file.text) ? '\r\n' : '\n';
  const tree = terraformParser().parse(file.text, oldTree ?? null) ?? undefined;
  if (!tree) {
    return { path: file.path, text: file.text, body: { attributes: [], blocks: [] }, problems: [], comments: [], eol };
  }
  const root = tree.rootNode;
  let body: HclBody = { attributes: [], blocks: [] };
  const problems: SyntaxProblem[] = [];
  try {
    body = bodyOfFile(root, file.text);
    problems.push(...syntaxProblems(root, file.text));
  } catch (error) {
    // Only a pathologically deep expression can exhaust the stack here; keep the file, say why.
    if (!(error instanceof RangeError)) throw error;
    problems.push({ span: { start: 0, end: 0 }, message: MESSAGES.tooDeep });
  }
  return {
    path: file.path,
    text: file.text,
    body,
    problems,
    comments: root.descendantsOfType('comment').flatMap((c) => (c ? [{ start: c.startIndex, end: c.endIndex }] : [])),
    eol,
    tree,
  };
}
