import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../helpers/repo-root';
import fc from 'fast-check';
import type { Node } from 'web-tree-sitter';
import { terraformWasmPath } from '../../helpers/core-ready';
import { initTerraformGrammar, terraformParser } from '../../../../src/core/parse/hcl/grammar';
import { copyTree, type SyntaxNode } from '../../../../src/core/parse/hcl/syntax-node';

const SEED = 20261127;
const DIR = repoPath('examples', 'terraform');
// The files directly in each example folder (a module folder's own modules are folders, skipped).
const TEXTS = readdirSync(DIR).flatMap((m) =>
  readdirSync(join(DIR, m), { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => readFileSync(join(DIR, m, f.name), 'utf8')),
);

/** Compares the copy with tree-sitter's own nodes, field by field, all the way down. */
function assertSame(copy: SyntaxNode, real: Node, path: string): void {
  const where = `${path}/${real.type}@${real.startIndex}`;
  assert.equal(copy.type, real.type, where);
  assert.equal(copy.startIndex, real.startIndex, where);
  assert.equal(copy.endIndex, real.endIndex, where);
  assert.equal(copy.isNamed, real.isNamed, where);
  assert.equal(copy.isMissing, real.isMissing, where);
  assert.equal(copy.hasError, real.hasError, where);
  assert.equal(copy.text, real.text, where);
  assert.equal(copy.children.length, real.childCount, where);
  copy.children.forEach((c, i) => assertSame(c, real.child(i)!, where));
}

describe('the cursor copy of a tree-sitter tree (perf)', function () {
  this.timeout(120_000);
  before(() => initTerraformGrammar(terraformWasmPath()));

  it('matches tree-sitter node for node on the examples and on damaged copies of them', () => {
    const damaged = fc.record({
      text: fc.constantFrom(...TEXTS),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 20 }),
      insert: fc.string({ maxLength: 8 }),
    });
    fc.assert(
      fc.property(damaged, ({ text, at, remove, insert }) => {
        const cut = Math.floor(at * text.length);
        const source = text.slice(0, cut) + insert + text.slice(cut + remove);
        const tree = terraformParser().parse(source)!;
        try {
          assertSame(copyTree(tree, source).root, tree.rootNode, '');
        } finally {
          tree.delete();
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
