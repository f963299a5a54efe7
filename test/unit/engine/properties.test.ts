import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/engine/apply-edits';
import { findSuppressions } from '../../../src/core/engine/suppressions';
import { runPipeline } from '../../../src/core/engine/pipeline';
import { alwaysReports, stubParts } from './stubs';

const SEED = 20261127;

/** Text made of the pieces directives and line ends are made of, so odd combinations come up often. */
const directiveish = fc
  .array(
    fc.constantFrom(
      '#',
      '//',
      '/*',
      '*/',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      'icp-ignore',
      '-file',
      ':',
      'ICP002',
      ',',
      'reason=',
      '"',
      'x',
      'expires=',
      '2027-01-01',
      '\uFEFF',
      '中',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('engine properties', () => {
  it('findSuppressions never throws, and every span lies inside the text', () => {
    fc.assert(
      fc.property(directiveish, (text) => {
        for (const d of findSuppressions('f', text)) {
          assert.ok(d.at.start >= 0 && d.at.end <= text.length && d.at.start <= d.at.end);
          assert.ok(d.covers.start >= 0 && d.covers.end <= text.length && d.covers.start <= d.covers.end);
          for (const r of d.rules) assert.ok(r.at.start >= d.at.start && r.at.end <= d.at.end);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('applyEdits never throws; applied edits never conflict; the length adds up', () => {
    const edit = fc.record({
      file: fc.constant('f'),
      start: fc.integer({ min: -2, max: 30 }),
      end: fc.integer({ min: -2, max: 30 }),
      newText: fc.string({ maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), fc.array(edit, { maxLength: 8 }), (text, edits) => {
        const result = applyEdits(text, edits);
        const delta = result.applied.reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
        assert.equal(result.text.length, text.length + delta);
        for (const a of result.applied)
          for (const b of result.applied)
            if (a !== b) assert.ok(a.start !== b.start && (a.end <= b.start || b.end <= a.start));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('the pipeline never throws on any text in any file name', () => {
    const parts = stubParts([alwaysReports('ICP002', 'pay-as-you-go')]);
    const name = fc.constantFrom('main.tf', 'a/b.tf', 'terraform.tfvars', 't.yaml', 'x.json', 'README');
    fc.assert(
      fc.property(
        fc.array(fc.record({ path: name, text: fc.oneof(directiveish, fc.string()) }), { maxLength: 4 }),
        (files) => {
          const { result } = runPipeline(parts, files, { today: '2026-11-27' });
          for (const f of result.findings) assert.ok(f.at.start <= f.at.end);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
