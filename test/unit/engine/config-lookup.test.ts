import assert from 'node:assert/strict';
import { configCandidates } from '../../../src/core/engine/config-lookup';

describe('configCandidates: the one lookup of .icpcheck.yaml for the CLI and the editor', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'nearest first, up to the top folder',
      '/repo/examples/terraform',
      '/repo',
      ['/repo/examples/terraform/.icpcheck.yaml', '/repo/examples/.icpcheck.yaml', '/repo/.icpcheck.yaml'],
    ],
    ['the top folder itself', '/repo/', '/repo', ['/repo/.icpcheck.yaml']],
    [
      'outside the top folder: up to the root',
      '/other/x',
      '/repo',
      ['/other/x/.icpcheck.yaml', '/other/.icpcheck.yaml', '/.icpcheck.yaml'],
    ],
    [
      'a sibling with a common prefix is outside',
      '/repo2/a',
      '/repo',
      ['/repo2/a/.icpcheck.yaml', '/repo2/.icpcheck.yaml', '/.icpcheck.yaml'],
    ],
    ['dots are resolved', '/repo/a/../b/.', '/repo', ['/repo/b/.icpcheck.yaml', '/repo/.icpcheck.yaml']],
  ];
  for (const [name, from, top, expected] of cases) {
    it(name, () => assert.deepEqual(configCandidates(from, top), expected));
  }
});
