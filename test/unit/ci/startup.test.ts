import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../helpers/repo-root';

/**
 * Start-up cost as structure, not time (timing belongs to `npm run bench`): a lone `--version` loads
 * none of the core in the tsc build, and the bundle's entry statically imports only a few KB, the
 * rest being chunks it loads to check.
 */
const VERSION = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;

describe('ci: start-up of the command line', function () {
  this.timeout(120_000);

  it('a lone --version (or -v) loads no module of the core; --version with other options goes through run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-startup-'));
    try {
      const probe = join(dir, 'loaded.js');
      writeFileSync(
        probe,
        "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n",
      );
      const loaded = (args: string[]) => {
        const r = spawnSync(
          process.execPath,
          ['--require', probe, repoPath('out', 'src', 'cli', 'main.js'), ...args],
          { encoding: 'utf8' },
        );
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, `${VERSION}\n`);
        return (JSON.parse(r.stderr) as string[]).filter((m) => m.includes(join('out', 'src', 'core')));
      };
      assert.deepEqual(loaded(['--version']), []);
      assert.deepEqual(loaded(['-v']), []);
      assert.ok(
        loaded(['--version', '--lang', 'zh-cn']).length > 0,
        'the general path still answers --version',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the bundle: the entry and what it imports statically stay small; the checker is a chunk loaded on demand', () => {
    const bundle = spawnSync(process.execPath, [repoPath('scripts', 'cli', 'bundle.mjs')], {
      encoding: 'utf8',
    });
    assert.equal(bundle.status, 0, bundle.stderr);
    const dir = repoPath('dist', 'cli');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
        /(?:^|[;\s])import\s*(?:[\w{}\s,*$]+from\s*)?"\.\/([\w-]+\.js)"/g,
      ))
        visit(m[1]);
    };
    visit('icp-check.js');
    const bytes = [...seen].reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    assert.ok(bytes < 32 * 1024, `${[...seen].join(', ')}: ${bytes} bytes`);
    assert.match(readFileSync(join(dir, 'icp-check.js'), 'utf8'), /import\("\.\/run-[\w-]+\.js"\)/);
    const run = spawnSync(process.execPath, [join(dir, 'icp-check.js'), '--version'], { encoding: 'utf8' });
    assert.equal(run.stdout, `${VERSION}\n`);
  });
});
