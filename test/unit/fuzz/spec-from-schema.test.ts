import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify, type CreateNodeOptions, type ToStringOptions } from 'yaml';
import { coreReady } from '../helpers/core-ready';
import { check, type CheckResult, type SourceFile } from '../../../src/core';
import { InstanceSpecSchema } from '../../../src/core/spec/schema';
import { assertPreferredFixesKeepFilesValid, assertResultInside } from './invariants';
import { mutateAll, mutationsArb } from './mutations';
import { fcParams } from './settings';
import { zodArbitrary } from './zod-arbitrary';

const TODAY = '2026-04-01';
const PATH = '/fuzz/generated/plan.icp.yaml';
const checkFiles = (files: readonly SourceFile[]): CheckResult => check(files, { today: TODAY });
const asFile = (text: string): SourceFile[] => [{ path: PATH, text }];

/** Instance specs generated from the schema the checker validates them with (src/core/spec/schema.ts). */
describe('fuzz: instance specs from the zod schema', () => {
  before(async () => {
    await coreReady();
  });

  // Some specs are written with flow collections and quoted scalars: the parser must read both.
  const styles = fc.constantFrom<ToStringOptions & CreateNodeOptions>(
    {},
    { collectionStyle: 'flow' },
    { defaultStringType: 'QUOTE_DOUBLE' },
    { indent: 4, indentSeq: false },
  );

  it('a spec the schema accepts gets no ICP000, and every range and fix is sound', () => {
    const value = zodArbitrary(InstanceSpecSchema, { junk: 0, maxItems: 4 });
    fc.assert(
      fc.property(value, styles, (spec, style) => {
        if (!InstanceSpecSchema.safeParse(spec).success) return; // the generator cannot see every refinement
        const files = asFile(stringify(spec, null, style));
        const result = checkFiles(files);
        assertResultInside(files, result);
        const invalid = result.findings.filter((f) => f.ruleId === 'ICP000');
        assert.deepEqual(
          invalid.map((f) => f.message.en),
          [],
          `a schema-valid spec was reported invalid:\n${files[0].text}`,
        );
        assertPreferredFixesKeepFilesValid(files, result, checkFiles, 6);
      }),
      fcParams(400),
    );
  });

  it('a spec with wrong types and unknown keys is explained, never thrown at', () => {
    const value = zodArbitrary(InstanceSpecSchema, { junk: 0.08, maxItems: 4 });
    fc.assert(
      fc.property(value, styles, (spec, style) => {
        const files = asFile(stringify(spec, null, style));
        const result = checkFiles(files);
        assertResultInside(files, result);
        if (!InstanceSpecSchema.safeParse(spec).success) {
          assert.ok(
            result.findings.some((f) => f.ruleId === 'ICP000'),
            `a spec the schema rejects got no ICP000:\n${files[0].text}`,
          );
        }
        assertPreferredFixesKeepFilesValid(files, result, checkFiles, 4);
      }),
      fcParams(400),
    );
  });

  it('a damaged generated spec never throws, and every range lies inside it', () => {
    const value = zodArbitrary(InstanceSpecSchema, { junk: 0.03, maxItems: 3 });
    fc.assert(
      fc.property(value, mutationsArb, (spec, mutations) => {
        const files = asFile(mutateAll(stringify(spec), mutations));
        assertResultInside(files, checkFiles(files));
      }),
      fcParams(600),
    );
  });
});
