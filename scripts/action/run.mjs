#!/usr/bin/env node
// The GitHub Action's check step (action.yml at the repository root). Its inputs arrive as INPUT_*
// variables, set from `with:` by action.yml's `env:` (never pasted into the script, so an input
// cannot inject shell code). It runs icp-check over the same paths three times:
//   1. SARIF into `sarif-file`, for github/codeql-action/upload-sarif;
//   2. the Markdown readiness report appended to $GITHUB_STEP_SUMMARY (the job summary);
//   3. `format` (stylish by default) to the log.
// Outputs: exit-code (0 ready, 1 an error-level finding) and sarif-file. Exit status 2 (usage
// error, unreadable path, invalid configuration) always fails the step; 1 fails it unless
// fail-on-error is false.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const input = (name) => (env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? '').trim();
const actionPath = env.GITHUB_ACTION_PATH ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = process.cwd();

function fail(message, status) {
  process.stdout.write(
    `::error title=icp-check::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
  );
  process.exit(status);
}

function setOutput(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

/**
 * The CLI in the action's own folder when it has been bundled there (`npm run bundle:cli`),
 * else the published package of the action's version (or `version`), installed once into the
 * runner's temporary folder. The package has no dependencies and no install scripts.
 */
function locateCli() {
  const bundled = join(actionPath, 'dist', 'cli', 'icp-check.js');
  if (existsSync(bundled)) return bundled;
  const version =
    input('version') || JSON.parse(readFileSync(join(actionPath, 'package.json'), 'utf8')).version;
  const prefix = join(env.RUNNER_TEMP ?? workspace, `icp-check-${version}`);
  const installed = join(prefix, 'node_modules', 'icp-check', 'dist', 'cli', 'icp-check.js');
  if (!existsSync(installed)) {
    mkdirSync(prefix, { recursive: true });
    const npm = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `icp-check@${version}`],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (npm.status !== 0 || !existsSync(installed)) fail(`could not install icp-check@${version}`, 2);
  }
  return installed;
}

const cli = locateCli();
const paths = input('paths').split(/\s+/).filter(Boolean);
const options = [];
if (input('region')) options.push('--region', input('region'));
if (input('config')) options.push('--config', input('config'));
// Extra options, split on whitespace (e.g. "--lang zh-cn --jobs 2").
options.push(...input('args').split(/\s+/).filter(Boolean));
const format = input('format') || 'stylish';
const sarifFile = input('sarif-file') || 'icp-check.sarif';
const failOnError = input('fail-on-error').toLowerCase() !== 'false';

const check = (formatName) =>
  spawnSync(
    process.execPath,
    [cli, '--format', formatName, ...options, ...(paths.length > 0 ? paths : ['.'])],
    { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...env, NO_COLOR: '1' } },
  );

const sarif = check('sarif');
if (sarif.status !== 0 && sarif.status !== 1)
  fail(sarif.stderr.trim() || `icp-check exited with ${sarif.status ?? sarif.signal}`, 2);
mkdirSync(dirname(resolve(workspace, sarifFile)), { recursive: true });
writeFileSync(resolve(workspace, sarifFile), sarif.stdout);
setOutput('sarif-file', sarifFile);
setOutput('exit-code', String(sarif.status));

if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, check('markdown').stdout);

const shown = check(format);
process.stdout.write(shown.stdout);
process.stderr.write(shown.stderr);

if (sarif.status === 1 && failOnError)
  fail('error-level findings remain: see the log, the job summary or the code-scanning alerts', 1);
