import * as assert from 'node:assert/strict';
import { ConfigSchema } from '../../../src/core/engine/config';
import { mergeConfig, type ExtensionSettings } from '../../../src/extension/config/merge-config';

const settings: ExtensionSettings = {
  enable: true,
  run: 'onType',
  rules: { ICP010: 'off', ICP002: 'warning', bogus: 'loud' },
  defaultRegion: 'cn-beijing',
  preferredRegions: ['cn-hangzhou'],
  maxFileSizeKb: 100,
  timeBudgetMs: 10_000,
};

describe('settings merged with .icpcheck.yaml', () => {
  it('settings alone', () => {
    const c = mergeConfig(settings, undefined, new Set());
    assert.deepEqual(
      c.rules,
      { ICP010: 'off', ICP002: 'warning' },
      'an invalid severity in settings is dropped',
    );
    assert.equal(c.region, 'cn-beijing');
    assert.deepEqual(c.preferredRegions, ['cn-hangzhou']);
    assert.equal(c.maxFileSizeKb, 100);
  });

  it('the file wins for every key it writes, per rule for rules; settings fill the rest', () => {
    const file = ConfigSchema.parse({ rules: { ICP002: 'error' }, preferredRegions: ['cn-shanghai'] });
    const c = mergeConfig(settings, file, new Set(['rules', 'preferredRegions']));
    assert.deepEqual(c.rules, { ICP010: 'off', ICP002: 'error' });
    assert.deepEqual(c.preferredRegions, ['cn-shanghai']);
    assert.equal(c.region, 'cn-beijing', 'the file does not say, so the setting applies');
    assert.equal(c.maxFileSizeKb, 100, 'a default the file does not write does not override the setting');
  });

  it('an empty default region setting assumes nothing', () => {
    assert.equal(mergeConfig({ ...settings, defaultRegion: '' }, undefined, new Set()).region, undefined);
  });
});
