import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonReport } from '../../../src/core/report/json';
import { repoPath } from '../helpers/repo-root';
import { runCli } from '../cli/helpers';
import { buildCodeQuality } from '../../../src/core/report/gitlab';
import { fingerprint } from '../../../src/core/report/fingerprint';
import { PAYG, RESULT, sampleInput } from '../report/sample-result';

/**
 * `--format gitlab` against GitLab's documented Code Quality report format: a JSON array of issues
 * with description, check_name, fingerprint (unique in the report), severity (info, minor, major,
 * critical, blocker) and location.path (relative) with location.lines.begin (1-based). Then the
 * fingerprints: the same across runs and when lines move, changed only for what changed.
 */
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

interface Issue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: string;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

function checkShape(report: unknown): asserts report is Issue[] {
  assert.ok(Array.isArray(report), 'the report is an array');
  const fingerprints = new Set<string>();
  for (const [i, issue] of (report as Record<string, unknown>[]).entries()) {
    const at = `issue ${i}`;
    assert.deepEqual(
      Object.keys(issue).sort(),
      ['check_name', 'description', 'fingerprint', 'location', 'severity'],
      at,
    );
    assert.ok(typeof issue.description === 'string' && issue.description.length > 0, `${at}: description`);
    assert.ok(
      typeof issue.check_name === 'string' && /^ICP\d{3}$/.test(issue.check_name),
      `${at}: check_name`,
    );
    assert.ok(
      typeof issue.fingerprint === 'string' && /^[0-9a-f]{32}$/.test(issue.fingerprint),
      `${at}: fingerprint`,
    );
    assert.ok(!fingerprints.has(issue.fingerprint), `${at}: fingerprint is unique`);
    fingerprints.add(issue.fingerprint);
    assert.ok(SEVERITIES.includes(issue.severity as string), `${at}: severity`);
    const location = issue.location as { path: unknown; lines: { begin: unknown } };
    assert.deepEqual(Object.keys(location).sort(), ['lines', 'path'], at);
    assert.ok(
      typeof location.path === 'string' && !location.path.startsWith('/') && !location.path.startsWith('./'),
      `${at}: relative path`,
    );
    assert.deepEqual(Object.keys(location.lines), ['begin'], at);
    assert.ok(
      Number.isInteger(location.lines.begin) && (location.lines.begin as number) >= 1,
      `${at}: lines.begin`,
    );
  }
}

function gitlab(args: readonly string[], cwd?: string): Issue[] {
  const run = runCli(['--format', 'gitlab', '--today', '2026-12-01', ...args], cwd ? { cwd } : {});
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const report: unknown = JSON.parse(run.stdout);
  checkShape(report);
  return report;
}

/** The reference definition over bytes, for the multi-byte cases. */
function fnvOfBytes(bytes: Uint8Array): string {
  let hash = 0x6c62272e07bb014262b821756295c58dn;
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * 0x1000000000000000000013bn) & ((1n << 128n) - 1n);
  return hash.toString(16).padStart(32, '0');
}

describe('ci: --format gitlab (Code Quality)', function () {
  this.timeout(60_000);
  const args = ['--config', 'examples/.icpcheck.yaml', 'examples'];

  it("has the documented shape, one issue per unsuppressed finding, at the JSON report's lines", () => {
    const issues = gitlab(args);
    const json = JSON.parse(
      runCli(['--format', 'json', '--today', '2026-12-01', ...args]).stdout,
    ) as JsonReport;
    const findings = json.files.flatMap((f) => f.findings);
    const severity = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;
    assert.deepEqual(
      issues.map((i) => [i.check_name, i.location.path, i.location.lines.begin, i.severity, i.description]),
      findings.map((f) => [
        f.ruleId,
        f.location.path,
        f.location.startLine,
        severity[f.severity],
        `${f.ruleId}: ${f.message}`,
      ]),
    );
  });

  it('examples/terraform/bad: exact lines and severities; the suppressed finding is left out', () => {
    const issues = gitlab(['examples/terraform/bad']);
    assert.deepEqual(
      issues.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name} ${i.severity}`),
      [
        'examples/terraform/bad/main.tf:19 ICP002 major',
        'examples/terraform/bad/main.tf:27 ICP001 major',
        'examples/terraform/bad/main.tf:43 ICP003 major',
        'examples/terraform/bad/main.tf:56 ICP004 major',
        'examples/terraform/bad/main.tf:66 ICP003 major',
        'examples/terraform/bad/main.tf:77 ICP002 major',
        'examples/terraform/bad/main.tf:88 ICP005 minor',
      ],
    );
  });

  it("fingerprints stay when lines move, and only the fixed finding's goes away", () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-gitlab-'));
    try {
      cpSync(repoPath('examples', 'terraform', 'bad'), dir, { recursive: true });
      const before = gitlab(['.'], dir);
      assert.deepEqual(gitlab(['.'], dir), before, 'the same on a second run');

      // Three lines added at the top: every finding moves down three lines, no fingerprint changes.
      const main = join(dir, 'main.tf');
      const original = readFileSync(main, 'utf8');
      writeFileSync(main, '# one\n# two\n# three\n' + original);
      const moved = gitlab(['.'], dir);
      assert.deepEqual(
        moved.map((i) => i.fingerprint),
        before.map((i) => i.fingerprint),
      );
      assert.deepEqual(
        moved.map((i) => i.location.lines.begin),
        before.map((i) => i.location.lines.begin + 3),
      );

      // The one-month period fixed: exactly that issue disappears; the others keep their fingerprints.
      writeFileSync(
        main,
        original.replace(/(resource "alicloud_instance" "one_month" \{[^}]*?period\s*=\s*)1\b/, '$13'),
      );
      const fixed = gitlab(['.'], dir);
      const gone = before.filter((i) => !fixed.some((j) => j.fingerprint === i.fingerprint));
      assert.deepEqual(
        gone.map((i) => `${i.check_name} ${i.location.lines.begin}`),
        ['ICP003 43'],
      );
      assert.equal(fixed.length, before.length - 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('findings that share rule, message, file and instance are told apart by their order', () => {
    const first = { ...PAYG, at: { ...PAYG.at } };
    const second = { ...PAYG, at: { ...PAYG.at, start: PAYG.at.start + 1 } };
    const issues = buildCodeQuality(
      sampleInput({ result: { ...RESULT, findings: [second, first], suppressions: [] } }),
    );
    checkShape(JSON.parse(JSON.stringify(issues)));
    assert.equal(issues.length, 2);
    assert.notEqual(issues[0].fingerprint, issues[1].fingerprint);
    // The order is by position, so the first in the file keeps the first fingerprint whatever the engine's order.
    assert.deepEqual(
      buildCodeQuality(sampleInput({ result: { ...RESULT, findings: [first, second], suppressions: [] } })),
      issues,
    );
  });

  it('fingerprint: 128-bit FNV-1a of the UTF-8 bytes (published test vectors; every UTF-8 length)', () => {
    assert.equal(fingerprint(''), '6c62272e07bb014262b821756295c58d');
    assert.equal(fingerprint('a'), 'd228cb696f1a8caf78912b704e4a8964');
    assert.equal(fingerprint('foobar'), '343e1662793c64bf6f0d3597ba446f18');
    // The same bytes spelt out: é (2 bytes), 备 (3), 😀 (4), and a lone surrogate as U+FFFD.
    for (const s of ['é', '备', '😀', '\uD800'])
      assert.equal(fingerprint(s), fnvOfBytes(Buffer.from(s, 'utf8')), s);
  });
});
