import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigSchema, MAX_FILE_SIZE_KB_CEILING } from '../../../src/core/engine/config';
import { MAX_FILE_TIME_BUDGET_MS, boundedBudgetMs } from '../../../src/core/engine/time-budget';
import { MAX_FILE_WORK_BUDGET, boundedWorkBudget } from '../../../src/core/engine/work-budget';
import { loadConfig } from '../../../src/core/engine/config-file';
import {
  boundedEditorTimeBudgetMs,
  mergeConfig,
  type ExtensionSettings,
} from '../../../src/extension/config/merge-config';
import { REPO_ROOT } from '../helpers/repo-root';

const settings: ExtensionSettings = {
  enable: true,
  run: 'onType',
  rules: {},
  defaultRegion: '',
  preferredRegions: [],
  maxFileSizeKb: 5120,
  timeBudgetMs: 10_000,
};

/**
 * In Restricted Mode a workspace may not make the checker do more work than the user allows, and
 * in every mode the limits that bound its work have a ceiling.
 */
describe('workspace trust and hard limits', () => {
  it('an untrusted workspace`s .icpcheck.yaml may lower the file size limit, never raise it', () => {
    const raise = ConfigSchema.parse({ maxFileSizeKb: 10000 });
    assert.equal(
      mergeConfig(settings, raise, new Set(['maxFileSizeKb']), { trusted: false }).maxFileSizeKb,
      5120,
    );
    assert.equal(
      mergeConfig(settings, raise, new Set(['maxFileSizeKb']), { trusted: true }).maxFileSizeKb,
      10000,
    );
    const lower = ConfigSchema.parse({ maxFileSizeKb: 64 });
    assert.equal(
      mergeConfig(settings, lower, new Set(['maxFileSizeKb']), { trusted: false }).maxFileSizeKb,
      64,
    );
  });

  it('maxFileSizeKb has a ceiling in every mode: above it a file is invalid, a setting is capped', () => {
    const loaded = loadConfig(`maxFileSizeKb: ${MAX_FILE_SIZE_KB_CEILING + 1}\n`, '.icpcheck.yaml');
    assert.ok('error' in loaded, 'invalid');
    assert.ok('config' in loadConfig(`maxFileSizeKb: ${MAX_FILE_SIZE_KB_CEILING}\n`, '.icpcheck.yaml'));
    assert.equal(
      mergeConfig({ ...settings, maxFileSizeKb: 10_000_000 }, undefined, new Set(), { trusted: true })
        .maxFileSizeKb,
      MAX_FILE_SIZE_KB_CEILING,
    );
  });

  it('the per-file time budget has a ceiling', () => {
    assert.equal(boundedBudgetMs(undefined) <= MAX_FILE_TIME_BUDGET_MS, true);
    assert.equal(boundedBudgetMs(10 ** 9), MAX_FILE_TIME_BUDGET_MS);
    assert.equal(boundedBudgetMs(50), 50);
  });

  it('the editor`s time budget setting has a floor and the engine`s ceiling, whatever was typed', () => {
    assert.equal(boundedEditorTimeBudgetMs(10 ** 9), MAX_FILE_TIME_BUDGET_MS);
    assert.equal(boundedEditorTimeBudgetMs(0), 100);
    assert.equal(boundedEditorTimeBudgetMs(Number.NaN), 10_000);
    assert.equal(boundedEditorTimeBudgetMs(2_500.7), 2_500);
  });

  it('the per-file work budget has a ceiling', () => {
    assert.equal(boundedWorkBudget(undefined) <= MAX_FILE_WORK_BUDGET, true);
    assert.equal(boundedWorkBudget(10 ** 12), MAX_FILE_WORK_BUDGET);
    assert.equal(boundedWorkBudget(5_000), 5_000);
  });

  it('package.json: limited support in untrusted workspaces, and the settings that cost work are restricted', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description, /^%.+%$/, 'described in package.nls.json, so it is translated');
    assert.deepEqual([...trust.restrictedConfigurations].sort(), [
      'icpCheck.enable',
      'icpCheck.maxFileSizeKb',
      'icpCheck.run',
      'icpCheck.timeBudgetMs',
    ]);
    for (const key of trust.restrictedConfigurations)
      assert.ok(key in pkg.contributes.configuration.properties, key);
    assert.equal(
      pkg.contributes.configuration.properties['icpCheck.maxFileSizeKb'].maximum,
      MAX_FILE_SIZE_KB_CEILING,
    );
    assert.equal(
      pkg.contributes.configuration.properties['icpCheck.timeBudgetMs'].maximum,
      MAX_FILE_TIME_BUDGET_MS,
    );
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const texts = JSON.parse(readFileSync(join(REPO_ROOT, nls), 'utf8'));
      assert.ok(texts[trust.description.slice(1, -1)], `${nls} describes Restricted Mode`);
    }
  });
});
