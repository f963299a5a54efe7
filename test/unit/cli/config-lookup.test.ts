import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../../src/cli/config';

/** The CLI finds `.icpcheck.yaml` as the editor does: the nearest one at or above what is checked. */
describe('cli: configuration lookup', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'icp-config-'));
    mkdirSync(join(dir, 'examples', 'terraform'), { recursive: true });
    writeFileSync(join(dir, 'examples', '.icpcheck.yaml'), 'preferredRegions: [cn-shenzhen]\n');
    writeFileSync(join(dir, 'examples', 'terraform', 'main.tf'), '');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the file of the checked folder, or of a folder above it, up to the working folder', () => {
    assert.deepEqual(readConfig(undefined, dir, ['examples']).config.preferredRegions, ['cn-shenzhen']);
    assert.deepEqual(readConfig(undefined, dir, ['examples/terraform/main.tf']).config.preferredRegions, [
      'cn-shenzhen',
    ]);
    assert.equal(readConfig(undefined, dir, ['examples']).path, join('examples', '.icpcheck.yaml'));
  });

  it('none at or above the checked folder: the defaults, even when another folder has one', () => {
    mkdirSync(join(dir, 'other'), { recursive: true });
    assert.deepEqual(readConfig(undefined, dir, ['other']).config.preferredRegions, []);
    assert.deepEqual(readConfig(undefined, dir, ['other', 'examples']).config.preferredRegions, []);
  });

  it('--config wins', () => {
    writeFileSync(join(dir, 'c.yaml'), 'preferredRegions: [cn-beijing]\n');
    assert.deepEqual(readConfig('c.yaml', dir, ['examples']).config.preferredRegions, ['cn-beijing']);
  });
});
