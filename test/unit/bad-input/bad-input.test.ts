import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_PARTS } from '../../../src/core/engine/check';
import { ConfigSchema } from '../../../src/core/engine/config';
import type { CheckerParts } from '../../../src/core/engine/parts';
import { runPipeline } from '../../../src/core/engine/pipeline';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import { fixturesDir, invalidAt, realChecker, skippedAt, textAt, TODAY } from './harness';

const FIXTURES = fixturesDir();
const fixture = (name: string): SourceFile => ({
  path: `bad-input/${name}`,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
});

/**
 * Broken, hostile and odd inputs through the real engine: each ends in a clear ICP000 or a skip
 * notice at the file, never an exception or a hang. Every test has its own timeout.
 */
describe('bad input', function () {
  let check: (files: readonly SourceFile[], options?: CheckOptions) => CheckResult;

  before(async function () {
    this.timeout(30_000);
    check = await realChecker();
  });

  const run = (files: SourceFile[], options: CheckOptions = {}) => check(files, { today: TODAY, ...options });

  describe('Terraform', () => {
    it('an unclosed block: one ICP000, and the instances in it are not checked on what was misread', function () {
      this.timeout(5000);
      const file = fixture('unclosed-block.tf');
      const result = run([file]);
      assert.equal(invalidAt(result, file.path).length, 1);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId !== 'ICP000'),
        [],
      );
      assert.ok(result.instances.length > 0 && result.instances.every((i) => i.unread !== undefined));
    });

    it('text that is not HCL at all: ICP000', function () {
      this.timeout(5000);
      const file = fixture('garbage.tf');
      invalidAt(run([file]), file.path);
    });

    it('a binary file: skipped with a notice', function () {
      this.timeout(5000);
      const file = {
        path: 'bad-input/main.tf',
        text: 'resource "alicloud_instance" "web" {\u0000\u0001\u0002\u00ff}',
      };
      skippedAt(run([file]), file.path);
    });

    it('a 10 MB file: skipped with a notice, never handed to the parser', function () {
      this.timeout(5000);
      const line = 'resource "alicloud_instance" "web" { instance_charge_type = "PostPaid" }\n';
      const file = {
        path: 'bad-input/huge.tf',
        text: line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)),
      };
      let parsed = 0;
      const counting: CheckerParts = {
        ...CORE_PARTS,
        parseTerraformModule: (files) => {
          parsed += 1;
          return CORE_PARTS.parseTerraformModule(files);
        },
      };
      const { result } = runPipeline(counting, [file], { today: TODAY });
      skippedAt(result, file.path);
      assert.match(result.skipped[0].reason.en, /over the 5120 KB limit/);
      assert.equal(parsed, 0, 'the size check comes before parsing');
    });

    it('CRLF line ends: findings point at the value in the original text', function () {
      this.timeout(5000);
      const text = 'resource "alicloud_instance" "web" {\r\n  instance_charge_type = "PostPaid"\r\n}\r\n';
      const result = run([{ path: 'bad-input/crlf.tf', text }]);
      const finding = result.findings.find((f) => f.ruleId === 'ICP002');
      assert.ok(finding);
      assert.equal(textAt(text, finding), '"PostPaid"');
      assert.ok(!result.findings.some((f) => f.ruleId === 'ICP000'));
    });

    it('a byte-order mark: no ICP000, and offsets are valid in the text with the mark', function () {
      this.timeout(5000);
      const text = '\uFEFFresource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n}\n';
      const result = run([{ path: 'bad-input/bom.tf', text }]);
      assert.ok(
        !result.findings.some((f) => f.ruleId === 'ICP000'),
        JSON.stringify(result.findings.map((f) => f.message.en)),
      );
      const finding = result.findings.find((f) => f.ruleId === 'ICP002');
      assert.ok(finding);
      assert.equal(textAt(text, finding), '"PostPaid"');
    });

    it('tabs: no ICP000, findings at the value', function () {
      this.timeout(5000);
      const file = fixture('tabs.tf');
      const result = run([file]);
      assert.ok(!result.findings.some((f) => f.ruleId === 'ICP000'));
      assert.equal(
        textAt(
          file.text,
          result.findings.find((f) => f.ruleId === 'ICP002')!,
        ),
        '"PostPaid"',
      );
    });

    it('5,000 nested brackets and objects: no throw, no hang', function () {
      this.timeout(10_000);
      const text = [
        `locals {\n  list = ${'['.repeat(5000)}${']'.repeat(5000)}\n  object = ${'{ a = '.repeat(5000)}1${' }'.repeat(5000)}\n}`,
        `resource "alicloud_instance" "web" {\n  instance_charge_type = ${'('.repeat(5000)}"PostPaid"${')'.repeat(5000)}\n}\n`,
      ].join('\n');
      const result = run([{ path: 'bad-input/deep.tf', text }]);
      for (const f of result.findings) assert.equal(f.at.file, 'bad-input/deep.tf');
      // Whatever the parser makes of it, a message never carries the whole expression.
      for (const f of result.findings) assert.ok(f.message.en.length < 600, f.message.en.slice(0, 100));
    });

    it('5,000 unclosed brackets: ICP000, no hang', function () {
      this.timeout(10_000);
      const file = { path: 'bad-input/unclosed-deep.tf', text: `locals {\n  x = ${'['.repeat(5000)}\n}\n` };
      invalidAt(run([file]), file.path);
    });

    it('one broken file does not hide the other files of its module', function () {
      this.timeout(5000);
      const good = {
        path: 'bad-input/m/good.tf',
        text: 'resource "alicloud_instance" "ok" {\n  instance_charge_type = "PostPaid"\n}\n',
      };
      const bad = { path: 'bad-input/m/bad.tf', text: 'resource "x" {\n' };
      const result = run([good, bad]);
      invalidAt(result, bad.path);
      assert.ok(result.findings.some((f) => f.ruleId === 'ICP002' && f.at.file === good.path));
    });
  });

  describe('ROS templates and instance specs', () => {
    it('unparseable YAML: ICP000', function () {
      this.timeout(5000);
      const file = fixture('broken-ros.yaml');
      invalidAt(run([file]), file.path);
    });

    it('unparseable JSON template: ICP000', function () {
      this.timeout(5000);
      const file = fixture('broken-ros.json');
      invalidAt(run([file]), file.path);
    });

    it('wrong types in a spec: ICP000 at each field, naming it', function () {
      this.timeout(5000);
      const file = fixture('wrong-types.icp.yaml');
      const invalid = invalidAt(run([file]), file.path);
      const at = invalid.map((f) => textAt(file.text, f));
      assert.ok(
        at.some((t) => t.includes('twelve')),
        `an ICP000 at period: ${JSON.stringify(at)}`,
      );
      assert.ok(
        at.some((t) => t.includes('sometimes')),
        `an ICP000 at autoRenew: ${JSON.stringify(at)}`,
      );
    });

    it('an unknown product: ICP000 naming the allowed values', function () {
      this.timeout(5000);
      const file = fixture('unknown-product.icp.yaml');
      const [finding] = invalidAt(run([file]), file.path);
      assert.match(finding.message.en, /simple-application-server/);
    });

    for (const name of ['alias-bomb.icp.yaml', 'alias-bomb.ros.yaml']) {
      it(`a YAML alias bomb (${name}): ICP000 at the alias limit`, function () {
        this.timeout(5000);
        const file = fixture(name);
        const result = run([file]);
        const [finding] = invalidAt(result, file.path);
        assert.match(finding.message.en, /alias/, 'stopped at the alias limit, not expanded');
        assert.deepEqual(
          result.instances.filter((i) => i.file === file.path),
          [],
          'nothing read from the expansion',
        );
      });
    }

    it('5,000 nested YAML flow sequences and JSON objects: no throw, no hang', function () {
      this.timeout(10_000);
      const yamlText = `ROSTemplateFormatVersion: '2015-09-01'\nMetadata:\n  x: ${'['.repeat(5000)}${']'.repeat(5000)}\nResources: {}\n`;
      const jsonText = `{"ROSTemplateFormatVersion": "2015-09-01", "Metadata": ${'{"a": '.repeat(5000)}1${'}'.repeat(5000)}, "Resources": {}}`;
      const result = run([
        { path: 'bad-input/deep.yaml', text: yamlText },
        { path: 'bad-input/deep.json', text: jsonText },
      ]);
      for (const f of result.findings)
        assert.ok(['bad-input/deep.yaml', 'bad-input/deep.json'].includes(f.at.file));
    });

    it('a byte-order mark and CRLF in a template: offsets stay valid', function () {
      this.timeout(5000);
      const text =
        "\uFEFFROSTemplateFormatVersion: '2015-09-01'\r\nResources:\r\n  WebServer:\r\n    Type: ALIYUN::ECS::Instance\r\n    Properties:\r\n      InstanceChargeType: PostPaid\r\n      ZoneId: cn-hangzhou-h\r\n";
      const result = run([{ path: 'bad-input/bom.ros.yaml', text }]);
      assert.ok(
        !result.findings.some((f) => f.ruleId === 'ICP000'),
        JSON.stringify(result.findings.map((f) => f.message.en)),
      );
      const finding = result.findings.find((f) => f.ruleId === 'ICP002');
      assert.ok(finding);
      assert.equal(textAt(text, finding), 'PostPaid');
    });

    it('a binary .json: skipped; a JSON file that is no template: left alone', function () {
      this.timeout(5000);
      const result = run([
        { path: 'bad-input/blob.json', text: '{"a": "\u0000"}' },
        { path: 'bad-input/package.json', text: '{"name": "x"}' },
      ]);
      skippedAt(result, 'bad-input/blob.json');
      assert.ok(!result.checkedFiles.includes('bad-input/package.json'));
    });
  });

  it('a tiny size cap from the configuration applies to every format', function () {
    this.timeout(5000);
    const config = ConfigSchema.parse({ maxFileSizeKb: 1 });
    const text = `# ${'x'.repeat(2000)}\n`;
    const result = run(
      [
        { path: 'a/main.tf', text },
        { path: 'a/t.yaml', text },
      ],
      { config },
    );
    assert.deepEqual(
      result.skipped.map((s) => s.file),
      ['a/main.tf', 'a/t.yaml'],
    );
  });
});
