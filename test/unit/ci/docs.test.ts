import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { REPORT_FORMATS } from '../../../src/core/report/types';
import { repoPath } from '../helpers/repo-root';

/** The CI recipes in docs/ci use what the action, the hook and the CLI really offer. */
const read = (...parts: string[]) => parse(readFileSync(repoPath(...parts), 'utf8')) as unknown;

interface WorkflowStep {
  readonly id?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly with?: Record<string, string>;
}

describe('ci: docs/ci recipes', () => {
  it('github-actions.yml uses the action with its inputs and uploads the SARIF file it outputs', () => {
    const action = read('action.yml') as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const workflow = read('docs', 'ci', 'github-actions.yml') as {
      jobs: Record<string, { steps: WorkflowStep[] }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const check = steps.find((s) => /\/icp-check@v\d/.test(s.uses ?? ''));
    assert.ok(check?.id, 'a step uses the action, with an id');
    for (const input of Object.keys(check.with ?? {})) assert.ok(input in action.inputs, `input ${input}`);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.equal(upload?.with?.sarif_file, `\${{ steps.${check.id}.outputs.sarif-file }}`);
    assert.ok('sarif-file' in action.outputs);
    assert.match(upload.if ?? '', /always\(\)/, 'uploads even when the check fails the step');
  });

  it('gitlab-ci.yml writes the reports it declares, in formats the CLI has', () => {
    const job = (
      read('docs', 'ci', 'gitlab-ci.yml') as Record<
        string,
        { script: string[]; artifacts: { when: string; reports: Record<string, string> } }
      >
    )['icp-check'];
    const written = new Map<string, string>();
    for (const line of job.script) {
      const m = /^icp-check --format (\S+) > (\S+)/.exec(line);
      if (m) written.set(m[1], m[2]);
    }
    for (const format of written.keys())
      assert.ok((REPORT_FORMATS as readonly string[]).includes(format), format);
    assert.deepEqual(job.artifacts.reports, {
      codequality: written.get('gitlab'),
      junit: written.get('junit'),
    });
    assert.equal(job.artifacts.when, 'always');
  });

  it('pre-commit-config.yaml names the hook the repository defines', () => {
    const hooks = read('.pre-commit-hooks.yaml') as { id: string }[];
    const config = read('docs', 'ci', 'pre-commit-config.yaml') as { repos: { hooks: { id: string }[] }[] };
    for (const h of config.repos.flatMap((r) => r.hooks))
      assert.ok(
        hooks.some((x) => x.id === h.id),
        h.id,
      );
  });
});
