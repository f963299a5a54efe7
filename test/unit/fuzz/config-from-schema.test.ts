import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ConfigSchema, loadConfig } from '../../../src/core';
import { mutateAll, mutationsArb } from './mutations';
import { fcParams } from './settings';
import { zodArbitrary } from './zod-arbitrary';

/** `.icpcheck.yaml` files generated from ConfigSchema, some wrong and some damaged: the loader answers, never throws. */
describe('fuzz: configuration files from the zod schema', () => {
  const configText = zodArbitrary(ConfigSchema, { junk: 0.1, maxItems: 3 }).map((value) => stringify(value));

  it('loads or explains every configuration, at a place inside the file', () => {
    fc.assert(
      fc.property(configText, fc.option(mutationsArb, { freq: 3 }), (text, mutations) => {
        const source = mutations ? mutateAll(text, mutations) : text;
        const loaded = loadConfig(source, '/ws/.icpcheck.yaml');
        if ('config' in loaded) return;
        for (const p of [loaded.error, ...loaded.problems]) {
          assert.equal(p.at.file, '/ws/.icpcheck.yaml');
          assert.ok(
            0 <= p.at.start && p.at.start <= p.at.end && p.at.end <= source.length,
            `problem "${p.message.en}" at [${p.at.start}, ${p.at.end}) outside a text of ${source.length}`,
          );
          assert.ok(p.message.en.length > 0 && p.message['zh-cn'].length > 0);
        }
      }),
      fcParams(1000),
    );
  });

  it('accepts every configuration that satisfies the schema with known rule keys', () => {
    const clean = zodArbitrary(ConfigSchema.omit({ rules: true, region: true, preferredRegions: true }), {
      junk: 0,
      maxItems: 3,
    });
    fc.assert(
      fc.property(clean, (value) => {
        const loaded = loadConfig(stringify(value), '/ws/.icpcheck.yaml');
        assert.ok(
          'config' in loaded,
          JSON.stringify(value) + ' → ' + ('error' in loaded ? loaded.error.message.en : ''),
        );
      }),
      fcParams(100),
    );
  });
});
