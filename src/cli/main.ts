#!/usr/bin/env node
/**
 * `icp-check`: the command-line entry point. Everything it does is in run.ts; this only binds it to
 * the process. A lone `--version` is answered here, before run.ts is loaded: run.ts reaches the core
 * through its index, which loads all of it (the rules, zod, yaml), and a version needs none of that.
 */
import { toolVersion } from './version';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(toolVersion() + '\n');
} else {
  import('./run.js')
    .then(({ run }) =>
      run(argv, {
        cwd: process.cwd(),
        env: process.env,
        stdoutIsTTY: process.stdout.isTTY === true,
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        // The CLI could not even start (a broken install): say why rather than exit 2 in silence.
        process.stderr.write(`icp-check: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
      },
    );
}
