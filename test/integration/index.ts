/**
 * The extension host's test entry (`extensionTestsPath`): runs every bundled `*.test.js` beside this
 * file with mocha, logs through console (forwarded to the runner), and writes a JSON summary to
 * $ICP_TEST_RESULT so the runner can print an exact "N passed, N failed" line.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', forbidOnly: true });
  if (process.env.ICP_TEST_GREP) mocha.grep(process.env.ICP_TEST_GREP);
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, file));
  const failed: { title: string; error: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      if (process.env.ICP_TEST_RESULT) {
        writeFileSync(
          process.env.ICP_TEST_RESULT,
          JSON.stringify({ passes: stats.passes, failures, pending: stats.pending, failed }),
        );
      }
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
    runner.on('fail', (test, err: Error) =>
      failed.push({ title: test.fullTitle(), error: String(err?.stack ?? err) }),
    );
  });
}
