import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/repo-root';
import { REASON_PLACEHOLDER } from '../../../src/core';

const ROOT = REPO_ROOT;
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every user-visible string exists in English and Simplified Chinese. */
describe('extension translations', () => {
  it('the suppress quick fix writes the placeholder reason the engine refuses (ICP014), in both languages', () => {
    assert.equal(json('l10n/bundle.l10n.json')['why this is acceptable'], REASON_PLACEHOLDER.en);
    assert.equal(json('l10n/bundle.l10n.zh-cn.json')['why this is acceptable'], REASON_PLACEHOLDER['zh-cn']);
  });

  it('every vscode.l10n.t string is in l10n/bundle.l10n.json and translated in the zh-cn bundle', () => {
    const en = json('l10n/bundle.l10n.json');
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src/extension'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g))
        used.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 10);
    for (const s of used) {
      assert.ok(
        s in en,
        `"${s}" is in bundle.l10n.json (run npx @vscode/l10n-dev export --outDir l10n src/extension)`,
      );
      assert.ok(typeof zh[s] === 'string' && zh[s] !== '', `"${s}" has a Chinese translation`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the bundles have the same keys');
  });

  it('every %key% of package.json has an English and a Chinese text', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.ok(keys.size > 5);
    for (const k of keys) {
      assert.ok(en[k], `${k} in package.nls.json`);
      assert.ok(zh[k], `${k} in package.nls.zh-cn.json`);
    }
  });
});
