import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/repo-root';
import fc from 'fast-check';
import { Parser, type Tree } from 'web-tree-sitter';
import { check } from '../../../src/core/engine/check';
import { coreReady } from '../helpers/core-ready';
import { CheckSession } from '../../../src/core/engine/session';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import { plain, settersOutput } from '../helpers/comparable-result';

const SEED = 20261127;
const OPTIONS: CheckOptions = { today: '2026-04-01' };
const ROOT = REPO_ROOT;

/** A Terraform module of the examples, as the engine gets it. */
function exampleModule(name: string): SourceFile[] {
  const dir = join(ROOT, 'examples', 'terraform', name);
  return readdirSync(dir)
    .sort()
    .map((file) => ({ path: `/ws/${name}/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
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
  return {
    trees,
    restore: () => {
      Parser.prototype.parse = original;
    },
  };
}

const isFreed = (tree: Tree) => (tree as unknown as Record<number, number>)[0] === 0;

/** One edit of a text: replace `[at, at + remove)` with `insert`, positions as fractions of the length. */
const edit = fc.record({
  file: fc.nat({ max: 10 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(
    fc.constantFrom(
      '',
      '1',
      '"',
      '{',
      '}',
      '\n',
      ' = ',
      '#',
      'resource "alicloud_instance" "x" {\n',
      'period = 3\n',
      'var.',
      '中',
      '\r\n',
      '${',
    ),
    fc.string({ maxLength: 6 }),
  ),
});

function applyEdit(
  files: SourceFile[],
  e: { file: number; at: number; remove: number; insert: string },
): SourceFile[] {
  const index = e.file % files.length;
  return files.map((f, i) => {
    if (i !== index) return f;
    const at = Math.floor(e.at * f.text.length);
    return {
      path: f.path,
      text: f.text.slice(0, at) + e.insert + f.text.slice(Math.min(f.text.length, at + e.remove)),
    };
  });
}

/** The kinds of top-level block an edit can be aimed at, and a line that opens one. */
const BLOCK_KINDS = ['instance', 'resource', 'variable', 'provider', 'locals'] as const;
const BLOCK_HEADS: Record<(typeof BLOCK_KINDS)[number], RegExp> = {
  instance:
    /^resource "alicloud_(instance|ecs_instance_set|simple_application_server_instance)" "[^"]*" \{$/gm,
  resource: /^resource "[^"]*" "[^"]*" \{$/gm,
  variable: /^variable "[^"]*" \{$/gm,
  provider: /^provider "[^"]*" \{$/gm,
  locals: /^locals \{$/gm,
};

/** An edit aimed inside a block of one kind (anywhere in the file when the module has none): as typing inside a resource would. */
const aimedEdit = fc.record({
  kind: fc.constantFrom(...BLOCK_KINDS),
  file: fc.nat({ max: 10 }),
  block: fc.double({ min: 0, max: 1, noNaN: true }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 4 }),
  insert: fc.constantFrom(
    '',
    '1',
    '7',
    'x',
    ' ',
    '\n',
    '"',
    '#',
    '}',
    '{',
    '  period = 3\n',
    '  instance_charge_type = "PostPaid"\n',
    'PrePaid',
    '# icp-ignore: ICP002 reason="bench"\n',
    'var.',
    '中',
  ),
});

function applyAimedEdit(
  files: SourceFile[],
  e: {
    kind: (typeof BLOCK_KINDS)[number];
    file: number;
    block: number;
    at: number;
    remove: number;
    insert: string;
  },
): SourceFile[] {
  const candidates = files.flatMap((f, i) =>
    [...f.text.matchAll(BLOCK_HEADS[e.kind])].map((m) => ({ i, start: m.index!, f })),
  );
  if (candidates.length === 0)
    return applyEdit(files, { file: e.file, at: e.at, remove: e.remove, insert: e.insert });
  const { i, start, f } =
    candidates[Math.min(candidates.length - 1, Math.floor(e.block * candidates.length))];
  const close = f.text.indexOf('\n}', start);
  const end = close < 0 ? f.text.length : close + 2;
  const at = start + Math.floor(e.at * (end - start));
  const text = f.text.slice(0, at) + e.insert + f.text.slice(Math.min(f.text.length, at + e.remove));
  return files.map((file, index) => (index === i ? { path: file.path, text } : file));
}

describe('CheckSession', function () {
  // Bounded by run counts, not time; the generous timeout only keeps a loaded machine from failing it.
  this.timeout(120_000);

  before(async () => {
    await coreReady();
  });

  it('gives exactly what a fresh check gives, after random edit sequences', () => {
    const modules = [exampleModule('bad'), exampleModule('good'), exampleModule('eip')];
    fc.assert(
      fc.property(
        fc.nat({ max: modules.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (which, edits) => {
          const session = new CheckSession();
          try {
            let files = modules[which];
            assert.equal(plain(session.check(files, OPTIONS)), plain(check(files, OPTIONS)));
            for (const e of edits) {
              files = applyEdit(files, e);
              assert.equal(
                plain(session.check(files, OPTIONS)),
                plain(check(files, OPTIONS)),
                `after ${JSON.stringify(e)}`,
              );
            }
          } finally {
            session.dispose();
          }
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('gives exactly what a fresh check gives, after edits inside instances, other resources, variables, providers and locals', () => {
    const modules = [exampleModule('bad'), exampleModule('good'), exampleModule('eip')];
    fc.assert(
      fc.property(
        fc.nat({ max: modules.length - 1 }),
        fc.array(aimedEdit, { minLength: 1, maxLength: 10 }),
        (which, edits) => {
          const session = new CheckSession();
          try {
            let files = modules[which];
            assert.equal(plain(session.check(files, OPTIONS)), plain(check(files, OPTIONS)));
            for (const e of edits) {
              files = applyAimedEdit(files, e);
              const fromSession = session.check(files, OPTIONS);
              const fresh = check(files, OPTIONS);
              assert.equal(plain(fromSession), plain(fresh), `after ${JSON.stringify(e)}`);
              // Setters are compared by what they write, not only by their presence.
              assert.deepEqual(
                settersOutput(fromSession),
                settersOutput(fresh),
                `setters after ${JSON.stringify(e)}`,
              );
            }
          } finally {
            session.dispose();
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('carries the findings of instances an edit does not touch over to the next check', () => {
    const files = exampleModule('bad');
    const session = new CheckSession();
    try {
      const before = session.check(files, OPTIONS);
      // `period = 12` → `period = 13` in one instance: the same length, nothing else depends on it.
      const main = files.findIndex((f) => f.path.endsWith('/main.tf'));
      const at =
        files[main].text.indexOf('period                     = 12') + 'period                     = 1'.length;
      const edited = files.map((f, i) =>
        i === main ? { path: f.path, text: f.text.slice(0, at) + '3' + f.text.slice(at + 1) } : f,
      );
      const after = session.check(edited, OPTIONS);
      assert.equal(plain(after), plain(check(edited, OPTIONS)));
      const untouched = before.findings.find((f) => f.instance === 'alicloud_instance.payg');
      assert.ok(untouched);
      assert.ok(
        after.findings.includes(untouched),
        'a finding of an untouched instance is carried over, not made again',
      );
    } finally {
      session.dispose();
    }
  });

  it('re-offers a region fix that another instance blocked once that instance stops using the provider', () => {
    const instance = (name: string, extra = '') =>
      `resource "alicloud_instance" "${name}" {\n  instance_charge_type = "PrePaid"\n  period               = 3\n${extra}}\n`;
    const provider = 'provider "alicloud" {\n  region = "cn-hongkong"\n}\n\n';
    const before = [{ path: '/ws/common/main.tf', text: provider + instance('a') + '\n' + instance('b') }];
    // `b` moves to another provider: `a` alone uses the default one, whose region a fix may now change.
    const after = [
      {
        path: '/ws/common/main.tf',
        text: provider + instance('a') + '\n' + instance('b', '  provider             = alicloud.other\n'),
      },
    ];
    const session = new CheckSession();
    try {
      const regionFixes = (result: CheckResult) =>
        result.findings
          .filter((f) => f.ruleId === 'ICP001' && f.instance === 'alicloud_instance.a')
          .map((f) => f.fixes.length);
      assert.deepEqual(regionFixes(session.check(before, OPTIONS)), [0], 'the shared provider is not edited');
      const fresh = check(after, OPTIONS);
      assert.ok(regionFixes(fresh)[0] > 0);
      assert.equal(plain(session.check(after, OPTIONS)), plain(fresh));
    } finally {
      session.dispose();
    }
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
