import { Edit, Language, Parser, type Tree } from 'web-tree-sitter';

/**
 * The floor for Terraform: tree-sitter parsing the text with the same grammar the checker uses,
 * and nothing else. No checker can be faster than the parse it is built on.
 */
export class TreeSitterBaseline {
  private constructor(private readonly parser: Parser) {}

  static async create(wasmPath: string): Promise<TreeSitterBaseline> {
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasmPath));
    return new TreeSitterBaseline(parser);
  }

  /** A tree kept across edits of one text, for the incremental floor. */
  incremental(text: string): IncrementalTree {
    return new IncrementalTree(this.parser, text);
  }

  /** Parses every file; trees are freed at once, as nothing keeps them. */
  parseAll(texts: readonly string[]): number {
    let nodes = 0;
    for (const text of texts) {
      const tree = this.parser.parse(text);
      if (tree) {
        nodes += tree.rootNode.childCount;
        tree.delete();
      }
    }
    return nodes;
  }
}

/**
 * What incremental parsing costs after a one-character replacement: `tree.edit` then a reparse
 * that reuses the old tree. The floor an incremental checker could approach in the edit loop.
 */
export class IncrementalTree {
  private tree: Tree;

  constructor(
    private readonly parser: Parser,
    text: string,
  ) {
    this.tree = parser.parse(text)!;
  }

  /**
   * `text` already holds the edit at `offset` (at `point`, row and column): `removed` characters
   * replaced by `inserted` ones on one line. The caller prepares both outside the timing, as the
   * editor hands them over.
   */
  replace(
    text: string,
    offset: number,
    removed: number,
    inserted: number,
    point: { row: number; column: number },
  ): void {
    this.tree.edit(
      new Edit({
        startIndex: offset,
        oldEndIndex: offset + removed,
        newEndIndex: offset + inserted,
        startPosition: point,
        oldEndPosition: { row: point.row, column: point.column + removed },
        newEndPosition: { row: point.row, column: point.column + inserted },
      }),
    );
    const next = this.parser.parse(text, this.tree)!;
    this.tree.delete();
    this.tree = next;
  }

  dispose(): void {
    this.tree.delete();
  }
}
