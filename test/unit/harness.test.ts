import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { extname, join } from 'node:path';

/**
 * The harness fails loudly: an engine that cannot load fails the suites that need it instead of
 * turning their tests into skips. Runs two suites in a child mocha with a grammar path that does
 * not exist and reads mocha's own counts.
 */
describe('test harness: an engine that cannot load fails the run', function () {
  this.timeout(60000);

  it('rule tables and the registry fail (none pending) when the Terraform grammar is missing', () => {
    const ext = extname(__filename);
    const suites = [
      join(__dirname, 'rules', 'formats', `ICP006.formats.test${ext}`),
      join(__dirname, `registry.test${ext}`),
    ];
    const run = spawnSync(
      process.execPath,
      [
        require.resolve('mocha/bin/mocha.js'),
        '--no-config',
        '--reporter',
        'json',
        ...(ext === '.ts' ? ['--require', 'tsx/cjs'] : []),
        ...suites,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, ICP_CHECK_TEST_TERRAFORM_WASM: join(__dirname, 'no-such-grammar.wasm') },
      },
    );
    const stats = (
      JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
        stats: { failures: number; pending: number };
      }
    ).stats;
    assert.notEqual(run.status, 0, 'mocha exits with a failure');
    assert.equal(stats.pending, 0, 'no test is turned into a skip');
    assert.ok(stats.failures >= 2, `each suite that needs the engine fails (got ${stats.failures} failures)`);
  });
});
