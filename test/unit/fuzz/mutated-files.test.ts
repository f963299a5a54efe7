import fc from 'fast-check';
import { coreReady } from '../helpers/core-ready';
import { check, fixAll, type CheckResult, type SourceFile } from '../../../src/core';
import { loadCorpus, type Case } from './corpus';
import { assertPreferredFixesKeepFilesValid, assertResultInside, invalidCountByFile } from './invariants';
import { mutateAll, mutationsArb } from './mutations';
import { fcParams } from './settings';

const TODAY = '2026-04-01';
const checkFiles = (files: readonly SourceFile[]): CheckResult => check(files, { today: TODAY });

/** The corpus with one file of one case damaged by a few random mutations. */
function damagedCaseArb(corpus: readonly Case[]) {
  return fc
    .record({ caseIndex: fc.nat({ max: corpus.length - 1 }), fileIndex: fc.nat(), mutations: mutationsArb })
    .map(({ caseIndex, fileIndex, mutations }) => {
      const c = corpus[caseIndex];
      const target = fileIndex % c.files.length;
      const files = c.files.map((f, i) =>
        i === target ? { path: f.path, text: mutateAll(f.text, mutations) } : f,
      );
      return { name: `${c.name} (${c.files[target].path} damaged)`, files };
    });
}

describe('fuzz: damaged example files', function () {
  const corpus = loadCorpus();

  before(async () => {
    await coreReady();
  });

  it('has a corpus to damage', () => {
    if (corpus.length === 0) throw new Error('no fixtures found under test/unit/fuzz/fixtures or examples/');
  });

  it('checks every undamaged case within the invariants', () => {
    for (const c of corpus) {
      const result = checkFiles(c.files);
      assertResultInside(c.files, result);
      assertPreferredFixesKeepFilesValid(c.files, result, checkFiles, 50);
    }
  });

  it('never throws, and every range lies inside its document', () => {
    fc.assert(
      fc.property(damagedCaseArb(corpus), ({ files }) => {
        assertResultInside(files, checkFiles(files));
      }),
      fcParams(1500),
    );
  });

  it('every preferred fix applies cleanly and adds no ICP000', () => {
    fc.assert(
      fc.property(damagedCaseArb(corpus), ({ files }) => {
        assertPreferredFixesKeepFilesValid(files, checkFiles(files), checkFiles, 6);
      }),
      fcParams(400),
    );
  });

  it('fix all never throws and leaves no file with more ICP000 than it had', () => {
    fc.assert(
      fc.property(damagedCaseArb(corpus), ({ files }) => {
        const before = invalidCountByFile(checkFiles(files));
        const fixed = fixAll(files, { today: TODAY });
        const after = invalidCountByFile(fixed.result);
        for (const [file, count] of after) {
          if (count > (before.get(file) ?? 0))
            throw new Error(`fix all left ${file} with ${count} ICP000 (was ${before.get(file) ?? 0})`);
        }
      }),
      fcParams(200),
    );
  });
});
