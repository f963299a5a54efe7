import assert from 'node:assert/strict';
import { isMainland, regionOfZone } from '../../src/core/domain/regions';

describe('regions', () => {
  const zones: [string, string | undefined][] = [
    ['cn-hangzhou-h', 'cn-hangzhou'],
    ['cn-hongkong-b', 'cn-hongkong'],
    ['ap-southeast-1a', 'ap-southeast-1'],
    ['cn-shanghai-finance-1-pub-a', 'cn-shanghai-finance-1-pub'],
    ['cn-shanghai-finance-1a', undefined],
    ['cn-hangzhou', undefined],
    ['mars-1a', undefined],
  ];
  for (const [zone, region] of zones) {
    it(`maps zone ${zone} to ${region ?? 'no region'}`, () => assert.equal(regionOfZone(zone), region));
  }

  it('does not treat cn- as mainland', () => {
    assert.equal(isMainland('cn-hongkong'), false);
    assert.equal(isMainland('cn-hangzhou'), true);
    assert.equal(isMainland('cn-north-2-gov-1'), true);
    assert.equal(isMainland('ap-southeast-1'), false);
    assert.equal(isMainland('cn-newcity'), true);
  });
});
