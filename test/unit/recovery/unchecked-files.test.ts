import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../../../src/core/engine/pipeline';
import { ConfigSchema } from '../../../src/core/engine/config';
import { decodeText } from '../../../src/core/engine/decode';
import { checkFiles, requireEngine } from '../helpers/check-files';
import { runCli } from '../cli/helpers';
import { stubParts, stubRule } from '../engine/stubs';

const PREPAID = 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n  period = 1\n}\n';
const rendered = (files: Record<string, string>, options = {}) =>
  checkFiles(files, { today: '2026-12-01', ...options }).rendered.map(
    (f) => `${f.rule} ${f.severity} ${f.file} ${f.range} ${f.message}`,
  );

/** Nothing is reported clean that was not checked: a file the checker could not read is an error. */
describe('recovery: files that were not checked', () => {
  before(async function () {
    await requireEngine();
  });

  it('a binary .tf is an error-level ICP000 "not a text file" at the file, and listed as skipped', () => {
    const files = { 'm/main.tf': 'resource "alicloud_instance" "web" {\u0000\u0001}' };
    assert.deepEqual(rendered(files), [
      'ICP000 error m/main.tf 1:1-1:1 Not checked: this is not a text file (it contains NUL bytes).',
    ]);
    assert.deepEqual(
      checkFiles(files).result.skipped.map((s) => s.file),
      ['m/main.tf'],
    );
  });

  it('a file past the size limit is an error-level ICP000 "not checked", even with ICP000 turned off', () => {
    const config = ConfigSchema.parse({ maxFileSizeKb: 1, rules: { ICP000: 'off' } });
    const files = { 'm/main.tf': PREPAID + `# ${'x'.repeat(2000)}\n` };
    assert.deepEqual(rendered(files, { config }), [
      'ICP000 error m/main.tf 1:1-1:1 Not checked: the file is 3 KB, over the 1 KB limit (maxFileSizeKb).',
    ]);
  });

  it('two files defining the same resource in one module: ICP000 at the second, naming the first file', () => {
    const files = { 'm/a.tf': PREPAID, 'm/b.tf': PREPAID };
    const found = rendered(files).filter((l) => l.startsWith('ICP000'));
    assert.deepEqual(found, [
      'ICP000 error m/b.tf 1:1-1:35 alicloud_instance.web is already defined in m/a.tf; Terraform rejects a module that defines a resource twice.',
    ]);
  });

  describe('decoding bytes', () => {
    it('UTF-16LE and UTF-16BE with a byte-order mark are decoded; UTF-8 with or without one is read as is', () => {
      const text = 'resource "a" "b" {} # 备案\n';
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const be = Buffer.from(le);
      be.swap16();
      assert.deepEqual(decodeText(le), { text: '\uFEFF' + text });
      assert.deepEqual(decodeText(be), { text: '\uFEFF' + text });
      assert.deepEqual(decodeText(Buffer.from(text)), { text });
      assert.deepEqual(decodeText(Buffer.from('\uFEFF' + text)), { text: '\uFEFF' + text });
    });

    it('bytes that are not UTF-8 are read with replacement characters; broken UTF-16 is "not a text file"', () => {
      assert.deepEqual(decodeText(Buffer.from([0x23, 0x20, 0xe9, 0x0a])), { text: '# \uFFFD\n' });
      const result = decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
      assert.ok(
        'notText' in result &&
          /not a text file/.test(result.notText.en) &&
          result.notText['zh-cn'].length > 0,
      );
    });
  });

  describe('the time budget fails closed', () => {
    it('a file past its budget is not checked: none of its findings, one error ICP000, the same whatever point it stopped at', () => {
      const outputs = [60, 70].map((cost) => {
        let clock = 0;
        const slow = stubRule('ICP002', 'pay-as-you-go', (instance, context) => {
          clock += cost;
          context.report({ messageId: 'bad', data: { instance: instance.name }, at: instance.header });
        });
        const parts = stubParts([slow], { now: () => clock });
        const { result } = runPipeline(
          parts,
          [
            { path: 'main.tf', text: 'instance a\n\ninstance b\n\ninstance c\n' },
            { path: 'other.tf', text: 'instance d\n' },
          ],
          { today: '2026-11-27', fileTimeBudgetMs: 100 },
        );
        return result;
      });
      for (const result of outputs) {
        assert.deepEqual(
          result.findings.map((f) => `${f.at.file}:${f.at.start} ${f.ruleId} ${f.severity} ${f.message.en}`),
          [
            'main.tf:0 ICP000 error Not checked: checking this file took longer than its time budget of 100 ms.',
            'other.tf:0 ICP002 error d is bad',
          ],
        );
        assert.deepEqual(
          result.skipped.map((s) => s.file),
          ['main.tf'],
        );
      }
    });
  });

  describe('the command line', function () {
    this.timeout(120_000);
    let temp: string;
    before(() => {
      temp = mkdtempSync(join(tmpdir(), 'icp-unchecked-'));
    });
    after(() => rmSync(temp, { recursive: true, force: true }));

    it('a binary .tf exits 1, in every format; SARIF has it as a result and a tool execution notification', () => {
      const dir = join(temp, 'binary');
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.tf'), Buffer.from([0x72, 0x00, 0x01, 0x02, 0xff]));
      for (const format of ['stylish', 'json', 'sarif', 'markdown']) {
        const r = runCli(['--format', format, '--today', '2026-12-01', dir]);
        assert.equal(r.status, 1, `${format}: ${r.stdout}${r.stderr}`);
        assert.match(r.stdout, /not a text file/, format);
      }
      const sarif = JSON.parse(runCli(['--format', 'sarif', dir]).stdout);
      const run = sarif.runs[0];
      assert.ok(
        run.results.some(
          (r: { ruleId: string; level: string }) => r.ruleId === 'ICP000' && r.level === 'error',
        ),
      );
      const notes = run.invocations[0].toolExecutionNotifications;
      assert.equal(notes.length, 1);
      assert.equal(notes[0].level, 'error');
      assert.match(notes[0].message.text, /not a text file/);
      assert.match(notes[0].locations[0].physicalLocation.artifactLocation.uri, /main\.tf$/);
      assert.equal(run.invocations[0].executionSuccessful, true);
    });

    it('a UTF-16LE .tf with a byte-order mark (what PowerShell writes) is decoded and checked', () => {
      const dir = join(temp, 'utf16');
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'main.tf'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PREPAID, 'utf16le')]),
      );
      const r = runCli(['--today', '2026-12-01', dir]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /ICP003/);
      assert.doesNotMatch(r.stdout, /ICP000/);
    });

    it('a file past the size limit exits 1 with "not checked"', () => {
      const dir = join(temp, 'large');
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'main.tf'),
        PREPAID.replace(
          'period = 1',
          'period = 12\n  internet_max_bandwidth_out = 5\n  renewal_status = "AutoRenewal"\n  availability_zone = "cn-hangzhou-i"',
        ) + `# ${'x'.repeat(6 * 1024 * 1024)}\n`,
      );
      const r = runCli(['--today', '2026-12-01', dir]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /Not checked: the file is \d+ KB, over the 5120 KB limit/);
    });

    it('a file named on the command line whose name is not recognised: exit 2 naming it', () => {
      const file = join(temp, 'main.txt');
      writeFileSync(file, PREPAID);
      const r = runCli([file]);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /main\.txt/);
      assert.match(r.stderr, /\.tf/);
    });

    it('what is not a regular file (a device, a pipe) is refused with exit 2, never read', () => {
      const r = runCli(['/dev/zero']);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /\/dev\/zero.*not a regular file/);
    });
  });
});
