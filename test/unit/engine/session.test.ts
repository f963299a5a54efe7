import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/repo-root';
import fc from 'fast-check';
import { Parser, type Tree } from 'web-tree-sitter';
import { check } from '../../../src/core/engine/check';
import { initCore } from '../../../src/core/engine/init';
import { CheckSession } from '../../../src/core/engine/session';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';

const SEED = 20261127;
const OPTIONS: CheckOptions = { today: '2026-04-01' };
const ROOT = REPO_ROOT;

/** A Terraform module of the examples, as the engine gets it. */
function exampleModule(name: string): SourceFile[] {
  const dir = join(ROOT, 'examples', 'terraform', name);
  return readdirSync(dir).sort().map((file) => ({ path: `/ws/${name}/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
}

/** A result as plain data: setters and fixes compared by what they produce, not by identity. */
function plain(result: CheckResult): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'function' ? `fn:${String((value as () => unknown).length)}` : value));
}

/** Records every tree the parser makes, so a test can see which are freed (`delete()` zeroes the handle). */
function recordTrees(): { trees: Tree[]; restore: () => void } {
  const trees: Tree[] = [];
  const original = Parser.prototype.parse;
  Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser['parse']>) {
    const tree = original.apply(this, args);
    if (tree) trees.push(tree);
    return tree;
  };
  return { trees, restore: () => { Parser.prototype.parse = original; } };
}

const isFreed = (tree: Tree) => (tree as unknown as Record<number, number>)[0] === 0;

/** One edit of a text: replace `[at, at + remove)` with `insert`, positions as fractions of the length. */
const edit = fc.record({
  file: fc.nat({ max: 10 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(
    fc.constantFrom('', '1', '"', '{', '}', '\n', ' = ', '#', 'resource "alicloud_instance" "x" {\n', 'period = 3\n', 'var.', '中', '\r\n', '${'),
    fc.string({ maxLength: 6 }),
  ),
});

function applyEdit(files: SourceFile[], e: { file: number; at: number; remove: number; insert: string }): SourceFile[] {
  const index = e.file % files.length;
  return files.map((f, i) => {
    if (i !== index) return f;
    const at = Math.floor(e.at * f.text.length);
    return { path: f.path, text: f.text.slice(0, at) + e.insert + f.text.slice(Math.min(f.text.length, at + e.remove)) };
  });
}

describe('CheckSession', function () {
  // Bounded by run counts, not time; the generous timeout only keeps a loaded machine from failing it.
  this.timeout(120_000);

  before(async () => {
    await initCore();
  });

  it('gives exactly what a fresh check gives, after random edit sequences', () => {
    const modules = [exampleModule('bad'), exampleModule('good'), exampleModule('eip')];
    fc.assert(
      fc.property(fc.nat({ max: modules.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (which, edits) => {
        const session = new CheckSession();
        try {
          let files = modules[which];
          assert.equal(plain(session.check(files, OPTIONS)), plain(check(files, OPTIONS)));
          for (const e of edits) {
            files = applyEdit(files, e);
            assert.equal(plain(session.check(files, OPTIONS)), plain(check(files, OPTIONS)), `after ${JSON.stringify(e)}`);
          }
        } finally {
          session.dispose();
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('fixes from a session edit the same text as fixes from check', () => {
    const files = exampleModule('bad');
    const session = new CheckSession();
    try {
      session.check(files, OPTIONS);
      const edited = applyEdit(files, { file: 0, at: 0.5, remove: 0, insert: '\n' });
      const fromSession = session.check(edited, OPTIONS).findings.flatMap((f) => f.fixes.map((x) => x.edits));
      const fromCheck = check(edited, OPTIONS).findings.flatMap((f) => f.fixes.map((x) => x.edits));
      assert.deepEqual(fromSession, fromCheck);
    } finally {
      session.dispose();
    }
  });

  it('re-checking one file of a module does not parse its unchanged siblings again', () => {
    const files = exampleModule('good');
    const session = new CheckSession();
    const recorded = recordTrees();
    try {
      session.check(files, OPTIONS);
      const parsedFirst = recorded.trees.length;
      assert.equal(parsedFirst, files.length);
      session.check(files, OPTIONS);
      assert.equal(recorded.trees.length, parsedFirst, 'unchanged texts are not parsed');
      session.check(applyEdit(files, { file: 0, at: 0.3, remove: 1, insert: 'x' }), OPTIONS);
      assert.equal(recorded.trees.length, parsedFirst + 1, 'only the edited file is parsed');
    } finally {
      recorded.restore();
      session.dispose();
    }
  });

  it('frees the trees of removed files, of evicted files and on dispose', () => {
    const recorded = recordTrees();
    const session = new CheckSession({ maxFiles: 2 });
    try {
      const good = exampleModule('good');
      const eip = exampleModule('eip');
      session.check(good, OPTIONS);
      // The module being checked is never evicted, even past the limit.
      assert.equal(session.keptFiles.length, good.length);
      session.check(eip, OPTIONS);
      assert.equal(session.keptFiles.length, 2, 'the least recently used files beyond the limit are dropped');
      assert.ok(session.keptFiles.includes(eip[0].path));
      session.remove(eip[0].path);
      assert.ok(!session.keptFiles.includes(eip[0].path));
      const live = recorded.trees.filter((t) => !isFreed(t)).length;
      assert.equal(live, session.keptFiles.length, 'every tree the session no longer keeps is freed');
      session.dispose();
      assert.equal(session.keptFiles.length, 0);
      assert.ok(recorded.trees.every(isFreed), 'dispose frees every tree');
    } finally {
      recorded.restore();
      session.dispose();
    }
  });

  it('frees every old tree along an edit sequence', () => {
    const recorded = recordTrees();
    const session = new CheckSession();
    try {
      let files = exampleModule('bad');
      for (let i = 0; i < 5; i++) {
        files = applyEdit(files, { file: i, at: 0.2 * i, remove: 1, insert: String(i) });
        session.check(files, OPTIONS);
        const live = recorded.trees.filter((t) => !isFreed(t)).length;
        assert.equal(live, files.length);
      }
    } finally {
      recorded.restore();
      session.dispose();
    }
  });
});
