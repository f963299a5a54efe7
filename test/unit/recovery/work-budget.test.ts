import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_PARTS } from '../../../src/core/engine/check';
import { runPipeline } from '../../../src/core/engine/pipeline';
import { CheckSession } from '../../../src/core/engine/session';
import type { CheckResult, SourceFile } from '../../../src/core/engine/types';
import { DEFAULT_FILE_WORK_BUDGET, WORK_COST } from '../../../src/core/engine/work-budget';
import { HOSTILE_INPUTS } from '../../../bench/generate/hostile';
import { runCli } from '../cli/helpers';
import { REPO_ROOT } from '../helpers/repo-root';
import { requireEngine } from '../helpers/check-files';
import { stubParts, stubRule } from '../engine/stubs';

const TODAY = '2026-12-01';

/** Everything a report is made of, as text: findings (with related places), skips, instances. */
function outputOf(result: CheckResult): string[] {
  return [
    ...result.findings.map(
      (f) =>
        `${f.at.file}:${f.at.start}-${f.at.end} ${f.ruleId} ${f.severity} ${f.message.en} | ${f.message['zh-cn']}` +
        f.related.map((r) => ` ↳ ${r.at.file}:${r.at.start} ${r.message.en}`).join(''),
    ),
    ...result.skipped.map((s) => `skipped ${s.file}: ${s.reason.en}`),
    ...result.instances.map((i) => `instance ${i.name} ${i.unread ? 'unread' : 'read'}`),
  ];
}

/** A clock for a machine 50 times slower than this one: every reading is 50 ms later than the last. */
function slowedClock(): () => number {
  let now = 0;
  return () => (now += 50);
}

/**
 * Which files cross the per-file budget depends on the work they need (characters, instances,
 * rule calls, findings), never on the clock: the same input gives the same report on every run,
 * on a busy machine too.
 */
describe('recovery: the per-file work budget', function () {
  this.timeout(300_000);
  before(async function () {
    await requireEngine();
  });

  describe('what a file costs', () => {
    // Each rule call reports one finding with two related places.
    const reporter = stubRule('ICP002', 'pay-as-you-go', (instance, context) =>
      context.report({
        messageId: 'bad',
        data: { instance: instance.name },
        at: instance.header,
        related: [
          { at: instance.header, message: { en: 'here', 'zh-cn': '此处' } },
          { at: instance.header, message: { en: 'and here', 'zh-cn': '和此处' } },
        ],
      }),
    );
    const text = 'instance a\n\ninstance b\n';
    const work =
      WORK_COST.character * text.length +
      2 * WORK_COST.instance +
      2 * WORK_COST.ruleCall +
      2 * (WORK_COST.finding + 2 * WORK_COST.related);
    const checkWith = (fileWorkBudget: number) =>
      runPipeline(stubParts([reporter]), [{ path: 'main.tf', text }], { today: TODAY, fileWorkBudget })
        .result;

    it('a file no parser reads as a template, spec or plan costs nothing, however large (a lockfile)', () => {
      const lockfile = {
        path: 'package-lock.json',
        text: `{"lockfileVersion": 3, "x": "${'x'.repeat(work)}"}`,
      };
      const result = runPipeline(stubParts([reporter]), [{ path: 'main.tf', text }, lockfile], {
        today: TODAY,
        fileWorkBudget: work,
      }).result;
      assert.deepEqual(result.skipped, []);
      assert.equal(result.findings.length, 2);
    });

    it('its characters, its instances, the rule calls on them and what they report', () => {
      assert.deepEqual(
        checkWith(work).findings.map((f) => `${f.ruleId} ${f.message.en}`),
        ['ICP002 a is bad', 'ICP002 b is bad'],
      );
      assert.deepEqual(checkWith(work).skipped, []);
    });

    it('one unit over the budget: not checked, an error ICP000 saying why in both languages, none of its findings', () => {
      const result = checkWith(work - 1);
      const budget = (work - 1).toLocaleString('en-US');
      assert.deepEqual(outputOf(result), [
        `main.tf:0-0 ICP000 error Not checked: checking this file needs more work than the per-file budget of ${budget} work units allows (its size, instances, rule checks and findings are counted; the same on every run). Split it into smaller files. | 未检查：检查此文件所需的工作量超过了每个文件 ${budget} 个工作单位的预算（按文件大小、实例、规则检查和发现的问题计算，每次运行结果相同）。请将其拆分为较小的文件。`,
        `skipped main.tf: Not checked: checking this file needs more work than the per-file budget of ${budget} work units allows (its size, instances, rule checks and findings are counted; the same on every run). Split it into smaller files.`,
        'instance a read',
        'instance b read',
      ]);
    });

    it('a slow clock changes nothing: the clock is only the last-resort guard', () => {
      let clock = 0;
      // Each rule call "takes" 5 s: 10 s per file, far past the old 10 s default, inside the 30 s guard.
      const slow = stubParts([reporter], { now: () => (clock += 2_500) });
      const run = (fileWorkBudget: number) =>
        outputOf(runPipeline(slow, [{ path: 'main.tf', text }], { today: TODAY, fileWorkBudget }).result);
      assert.deepEqual(run(work), outputOf(checkWith(work)));
      assert.deepEqual(run(work - 1), outputOf(checkWith(work - 1)));
    });

    it('the wall-clock guard still stops a file whose time the work does not show (reported as the time limit)', () => {
      let clock = 0;
      const stuck = stubParts([reporter], { now: () => (clock += 20_000) });
      const result = runPipeline(stuck, [{ path: 'main.tf', text }], { today: TODAY }).result;
      assert.deepEqual(
        result.skipped.map((s) => s.reason.en),
        ['Not checked: checking this file took longer than its time budget of 30000 ms.'],
      );
    });
  });

  describe('the real engine', () => {
    const files = (): SourceFile[] =>
      [
        'terraform/bad/main.tf',
        'terraform/bad/variables.tf',
        'terraform/bad/terraform.tfvars',
        'specs/websites.icp.yaml',
      ].map((path) => ({ path, text: readFileSync(join(REPO_ROOT, 'examples', path), 'utf8') }));
    /** A budget that main.tf (the largest of them) crosses and the others do not. */
    const budget = 5_000;

    it('a budget-crossing input gives the same report twice and under a slowed clock', () => {
      const runs = [
        runPipeline(CORE_PARTS, files(), { today: TODAY, fileWorkBudget: budget }).result,
        runPipeline(CORE_PARTS, files(), { today: TODAY, fileWorkBudget: budget }).result,
        runPipeline({ ...CORE_PARTS, now: slowedClock() }, files(), { today: TODAY, fileWorkBudget: budget })
          .result,
      ].map(outputOf);
      assert.deepEqual(runs[1], runs[0]);
      assert.deepEqual(runs[2], runs[0]);
      const stopped = runs[0].filter((line) => line.startsWith('skipped'));
      assert.deepEqual(
        stopped.map((line) => line.slice(0, line.indexOf(':'))),
        ['skipped terraform/bad/main.tf'],
      );
      // The other files are checked as without a budget.
      const unbounded = outputOf(runPipeline(CORE_PARTS, files(), { today: TODAY }).result);
      const elsewhere = (lines: string[]) =>
        lines.filter((l) => !l.startsWith('terraform/bad/main.tf') && !l.startsWith('skipped'));
      assert.deepEqual(elsewhere(runs[0]), elsewhere(unbounded));
    });

    it('the editor session stops the same files as a fresh check, also when it recalls remembered findings', () => {
      const session = new CheckSession();
      try {
        for (const fileWorkBudget of [budget, DEFAULT_FILE_WORK_BUDGET]) {
          const fresh = outputOf(runPipeline(CORE_PARTS, files(), { today: TODAY, fileWorkBudget }).result);
          assert.deepEqual(outputOf(session.check(files(), { today: TODAY, fileWorkBudget })), fresh);
          // The second check recalls every instance's findings instead of running the rules.
          assert.deepEqual(outputOf(session.check(files(), { today: TODAY, fileWorkBudget })), fresh);
        }
      } finally {
        session.dispose();
      }
    });
  });

  describe('the command line', () => {
    let temp: string;
    before(() => {
      temp = mkdtempSync(join(tmpdir(), 'icp-work-budget-'));
    });
    after(() => rmSync(temp, { recursive: true, force: true }));

    it('the 50,000-website spec crosses the default budget: not checked, exit 1, the same output on every run', () => {
      const [spec] = HOSTILE_INPUTS['spec-50k-websites'].files();
      const path = join(temp, 'big.icp.yaml');
      writeFileSync(path, spec.text);
      const runs = [0, 1].map(() => runCli(['--format', 'json', '--today', TODAY, path]));
      for (const r of runs) assert.equal(r.status, 1, r.stderr);
      assert.equal(runs[1].stdout, runs[0].stdout);
      const report = JSON.parse(runs[0].stdout) as {
        files: { findings: { ruleId: string; severity: string; message: string }[] }[];
      };
      const findings = report.files.flatMap((f) => f.findings);
      assert.deepEqual(
        findings.map((f) => `${f.ruleId} ${f.severity}`),
        ['ICP000 error'],
      );
      assert.match(findings[0].message, /per-file budget of 12,000,000 work units/);
    });
  });
});
