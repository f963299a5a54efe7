import assert from 'node:assert/strict';
import fc from 'fast-check';
import { coreReady } from '../helpers/core-ready';
import { check, CheckSession, type SourceFile } from '../../../src/core';
import { parseHclFile, reparseHclFile, type HclFile } from '../../../src/core/parse/hcl/parse-file';
import { loadCorpus } from './corpus';
import { mutate, mutationArb, type Mutation } from './mutations';
import { fcParams } from './settings';
import { plain, settersOutput } from '../helpers/comparable-result';

const OPTIONS = { today: '2026-04-01' };

/**
 * What a person does to a Terraform file while typing: mostly edits that keep it valid (a digit
 * changed, a setting or a block added or removed), among which the damage the other fuzz suites
 * do. Valid edits keep the incremental reader on its fast path (only the items around the change
 * visited); damage sends it to its careful one (every item, tree-sitter's changed ranges).
 */
type Typing =
  | { readonly kind: 'digit'; readonly at: number; readonly digit: number }
  | { readonly kind: 'line'; readonly at: number; readonly line: string }
  | { readonly kind: 'drop-line'; readonly at: number }
  | { readonly kind: 'damage'; readonly mutation: Mutation };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const typingArb: fc.Arbitrary<Typing> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('digit' as const), at: fraction, digit: fc.nat(9) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('line' as const),
      at: fraction,
      line: fc.constantFrom(
        '  period = 3\n',
        '  instance_charge_type = "PostPaid"\n',
        '\n',
        '# a note\n',
        '# icp-ignore: ICP002 reason="bench"\n',
        'resource "alicloud_instance" "typed" {\n  period = 1\n}\n',
        'variable "typed" {\n  default = 2\n}\n',
        'locals {\n  typed = 4\n}\n',
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop-line' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('damage' as const), mutation: mutationArb }) },
);

/** Offsets of the line starts of `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function type(text: string, t: Typing): string {
  const pick = <T>(list: readonly T[], at: number): T | undefined => list[Math.floor(at * list.length)];
  switch (t.kind) {
    case 'digit': {
      const digits = [...text.matchAll(/\d/g)].map((m) => m.index);
      const at = pick(digits, t.at);
      return at === undefined ? text : text.slice(0, at) + String(t.digit) + text.slice(at + 1);
    }
    case 'line': {
      const at = pick(lineStarts(text), t.at) ?? 0;
      return text.slice(0, at) + t.line + text.slice(at);
    }
    case 'drop-line': {
      const starts = lineStarts(text);
      const i = Math.floor(t.at * starts.length);
      return text.slice(0, starts[i]) + (i + 1 < starts.length ? text.slice(starts[i + 1]) : '');
    }
    case 'damage':
      return mutate(text, t.mutation);
  }
}

/** A file's reading as plain data: everything but the tree and what the incremental reader reused. */
function reading(file: HclFile): string {
  return JSON.stringify({
    body: file.body,
    problems: file.problems,
    comments: file.comments,
    eol: file.eol,
    items: file.items,
  });
}

describe('fuzz: typing into Terraform files', function () {
  const corpus = loadCorpus();
  const tfFiles = corpus.flatMap((c) => c.files.filter((f) => f.path.endsWith('.tf')));
  const modules = corpus.filter((c) => c.files.some((f) => f.path.endsWith('.tf')));

  before(async () => {
    await coreReady();
  });

  it('has Terraform files to type into', () => {
    assert.ok(tfFiles.length > 0 && modules.length > 0);
  });

  it('an incremental reparse reads every version exactly as a fresh parse does', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: tfFiles.length - 1 }),
        fc.array(typingArb, { minLength: 1, maxLength: 12 }),
        (which, typing) => {
          let file = parseHclFile(tfFiles[which]);
          try {
            for (const t of typing) {
              const next: SourceFile = { path: file.path, text: type(file.text, t) };
              const previous = file;
              try {
                file = reparseHclFile(previous, next);
              } finally {
                previous.tree?.delete();
              }
              const fresh = parseHclFile(next);
              fresh.tree?.delete();
              assert.equal(reading(file), reading(fresh), `after ${JSON.stringify(t)}`);
            }
          } finally {
            file.tree?.delete();
          }
        },
      ),
      fcParams(150),
    );
  });

  it('a session gives what a fresh check gives after every keystroke', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: modules.length - 1 }),
        fc.nat(),
        fc.array(typingArb, { minLength: 1, maxLength: 10 }),
        (which, fileIndex, typing) => {
          let files: readonly SourceFile[] = modules[which].files;
          const target = files.findIndex((f, i) => f.path.endsWith('.tf') && i >= fileIndex % files.length);
          const edited = target >= 0 ? target : files.findIndex((f) => f.path.endsWith('.tf'));
          const session = new CheckSession();
          try {
            session.check(files, OPTIONS);
            for (const t of typing) {
              files = files.map((f, i) => (i === edited ? { path: f.path, text: type(f.text, t) } : f));
              const fromSession = session.check(files, OPTIONS);
              const fresh = check(files, OPTIONS);
              assert.equal(plain(fromSession), plain(fresh), `after ${JSON.stringify(t)}`);
              assert.deepEqual(
                settersOutput(fromSession),
                settersOutput(fresh),
                `setters after ${JSON.stringify(t)}`,
              );
            }
          } finally {
            session.dispose();
          }
        },
      ),
      fcParams(120),
    );
  });
});
