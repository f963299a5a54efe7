import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, repoPath } from '../helpers/repo-root';
import { sarifValidator } from '../report/sarif-schema';

/**
 * The GitHub Action (action.yml) run as a runner runs a composite action, without the network:
 * each `run` step as `bash --noprofile --norc -eo pipefail <file>` in the workspace, with the
 * step's `env:` expressions filled in from the inputs, and GITHUB_ACTION_PATH, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, RUNNER_TEMP set. `uses:` steps (setup-node) are checked, not run: this
 * machine's Node is the one under test. npm is offline, so the action must use the CLI bundled in
 * its own folder.
 */
interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly shell?: string;
  readonly env?: Record<string, string>;
  readonly run?: string;
}

interface Action {
  readonly inputs: Record<string, { description: string; default?: string }>;
  readonly outputs: Record<string, { value: string }>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

interface ActionRun {
  readonly status: number | null;
  readonly log: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

const action = parse(readFileSync(repoPath('action.yml'), 'utf8')) as Action;

/** The only expressions action.yml may use: inputs, step outputs. Anything else fails the test. */
function evaluate(
  expression: string,
  inputs: Record<string, string>,
  steps: Record<string, Record<string, string>>,
): string {
  return expression.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(e);
    if (input) return inputs[input[1]] ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (output) return steps[output[1]]?.[output[2]] ?? '';
    throw new Error(`unexpected expression in action.yml: ${e}`);
  });
}

function runAction(
  temp: string,
  given: Record<string, string>,
  prepare: (workspace: string) => void = () => {},
): ActionRun {
  const root = mkdtempSync(join(temp, 'run-'));
  const workspace = join(root, 'workspace');
  mkdirSync(workspace);
  prepare(workspace);
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(runnerTemp);
  const summaryFile = join(root, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? '';
  const stepOutputs: Record<string, Record<string, string>> = {};
  let log = '';
  let status: number | null = 0;
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.uses !== undefined) continue;
    const outputFile = join(root, `output-${i}`);
    writeFileSync(outputFile, '');
    const script = join(root, `step-${i}.sh`);
    writeFileSync(script, step.run!);
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), inputs, stepOutputs)]),
    );
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: REPO_ROOT,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      npm_config_offline: 'true',
      npm_config_cache: join(root, 'npm-cache'),
      ...stepEnv,
    };
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: workspace,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    log += r.stdout + r.stderr;
    stepOutputs[step.id ?? String(i)] = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    status = r.status;
    if (status !== 0) break;
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, o]) => [name, evaluate(o.value, inputs, stepOutputs)]),
  );
  return { status, log, outputs, summary: readFileSync(summaryFile, 'utf8'), workspace };
}

const withExamples = (workspace: string) => cpSync(repoPath('examples'), workspace, { recursive: true });

describe('ci: the GitHub Action (action.yml)', function () {
  this.timeout(300_000);
  let temp: string;

  before(() => {
    temp = realpathSync(mkdtempSync(join(tmpdir(), 'icp-action-')));
    const bundle = spawnSync(process.execPath, [repoPath('scripts', 'cli', 'bundle.mjs')], {
      encoding: 'utf8',
    });
    assert.equal(bundle.status, 0, bundle.stderr);
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('is a composite action on Node 20 with the documented inputs, and passes inputs through env only', () => {
    assert.equal(action.runs.using, 'composite');
    for (const name of ['paths', 'format', 'region', 'config', 'fail-on-error', 'sarif-file'])
      assert.ok(action.inputs[name]?.description, `input ${name}`);
    assert.equal(action.inputs['fail-on-error'].default, 'true');
    const setup = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    assert.equal(String(setup?.with?.['node-version']), '20');
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      assert.equal(step.shell, 'bash');
      assert.doesNotMatch(step.run!, /\$\{\{/, 'no expression is pasted into a script (script injection)');
    }
  });

  it('examples/: SARIF for upload-sarif, the readiness table in the job summary, the step fails on errors', () => {
    const run = runAction(temp, { config: '.icpcheck.yaml', args: '--today 2026-12-01' }, withExamples);
    assert.equal(run.status, 1, run.log);
    assert.deepEqual(run.outputs, { 'exit-code': '1', 'sarif-file': 'icp-check.sarif' });
    assert.match(run.log, /::error title=icp-check::error-level findings remain/);
    // The log shows the stylish report.
    assert.match(run.log, /^terraform\/bad\/main\.tf\n {2}19:1 {3}error {4}alicloud_instance\.payg/m);

    const sarif = JSON.parse(readFileSync(join(run.workspace, 'icp-check.sarif'), 'utf8')) as {
      runs: {
        results: {
          ruleId: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    assert.deepEqual(sarifValidator()(sarif), []);
    const at = sarif.runs[0].results.map(
      (r) =>
        `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`,
    );
    assert.ok(at.includes('terraform/bad/main.tf:43 ICP003'), at.join('\n'));

    assert.match(run.summary, /^# ICP filing readiness\n\n\*\*Verdict: ❌ /);
    assert.match(
      run.summary,
      /### ❌ `alicloud_instance\.one_month` — not ready\n\nalicloud_instance \(ecs\), `terraform\/bad\/main\.tf:38:1`\n\n\| Requirement \| Result \| Details \|\n\| --- \| --- \| --- \|\n/,
    );
    assert.match(
      run.summary,
      /\| Subscription period long enough \| ❌ fail \| ICP003: The 1-month subscription of alicloud_instance\.one_month is shorter than the 3-month minimum an ICP filing needs\. \|/,
    );
  });

  it('fail-on-error: false reports without failing; the exit code is an output', () => {
    const run = runAction(
      temp,
      {
        config: '.icpcheck.yaml',
        'fail-on-error': 'false',
        args: '--today 2026-12-01',
        'sarif-file': 'reports/icp.sarif',
        format: 'junit',
      },
      withExamples,
    );
    assert.equal(run.status, 0, run.log);
    assert.deepEqual(run.outputs, { 'exit-code': '1', 'sarif-file': 'reports/icp.sarif' });
    assert.ok(existsSync(join(run.workspace, 'reports', 'icp.sarif')));
    assert.match(run.log, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /m);
  });

  it('ready folders pass, with paths on separate lines and the region given', () => {
    const run = runAction(
      temp,
      { paths: 'terraform/good\nterraform/eip', region: 'cn-hangzhou', args: '--today 2026-12-01' },
      withExamples,
    );
    assert.equal(run.status, 0, run.log);
    assert.deepEqual(run.outputs, { 'exit-code': '0', 'sarif-file': 'icp-check.sarif' });
    assert.doesNotMatch(run.log, /::error/);
    assert.match(run.summary, /^# ICP filing readiness\n\n\*\*Verdict: ✅ /);
    assert.match(run.summary, /Region assumed where none is stated: `cn-hangzhou`\./);
    const sarif = JSON.parse(readFileSync(join(run.workspace, 'icp-check.sarif'), 'utf8')) as {
      runs: {
        results: {
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const files = new Set(
      sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
    );
    assert.deepEqual(
      [...files].filter((f) => !/^terraform\/(good|eip)\//.test(f)),
      [],
    );
    assert.ok(sarif.runs[0].results.every((r) => r.level !== 'error'));
  });

  it('a run that cannot check fails the step even with fail-on-error: false, and writes no summary', () => {
    const run = runAction(temp, { config: 'missing.yaml', 'fail-on-error': 'false' }, withExamples);
    assert.equal(run.status, 2, run.log);
    assert.match(
      run.log,
      /::error title=icp-check::icp-check: cannot read the configuration missing\.yaml: no such file/,
    );
    assert.equal(run.summary, '');
  });
});
