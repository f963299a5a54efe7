import assert from 'node:assert/strict';
import { invalidSuppression } from '../../../src/core/rules/ICP014-invalid-suppression';
import { ConfigSchema } from '../../../src/core/engine/config';
import { runPipeline } from '../../../src/core/engine/pipeline';
import type { CheckResult } from '../../../src/core/engine/types';
import { alwaysReports, stubParts, stubRule } from './stubs';

const TODAY = '2026-11-27';
const summary = (result: CheckResult) =>
  result.findings.map((f) => `${f.at.file}:${f.at.start} ${f.ruleId} ${f.severity}`);

describe('engine pipeline (stub parsers and rules)', () => {
  it('classifies by name: Terraform folders are modules, YAML only when the parser claims it, others ignored', () => {
    const seen: string[][] = [];
    const parts = stubParts([alwaysReports('ICP002', 'pay-as-you-go')], {
      parseTerraformModule: (files) => {
        seen.push(files.map((f) => f.path));
        return { instances: [], problems: [], comments: new Map() };
      },
    });
    const files = [
      { path: 'a/main.tf', text: '' },
      { path: 'b\\main.tf', text: '' },
      { path: 'a/terraform.tfvars', text: '' },
      { path: 'a/x.auto.tfvars', text: '' },
      { path: 'a/other.tfvars', text: '' },
      { path: 'file:///w/b/vars.TF', text: '' },
      { path: 'a/README.md', text: 'instance x' },
      { path: 'a/t.yaml', text: 'ROS\ninstance r\n' },
      { path: 'a/k8s.yaml', text: 'kind: Pod' },
    ];
    const { result } = runPipeline(parts, files, { today: TODAY });
    assert.deepEqual(seen, [
      ['a/main.tf', 'a/terraform.tfvars', 'a/x.auto.tfvars'],
      ['b\\main.tf'],
      ['file:///w/b/vars.TF'],
    ]);
    assert.deepEqual(result.checkedFiles, [
      'a/main.tf',
      'a/t.yaml',
      'a/terraform.tfvars',
      'a/x.auto.tfvars',
      'b\\main.tf',
      'file:///w/b/vars.TF',
    ]);
    assert.deepEqual(summary(result), ['a/t.yaml:4 ICP002 error']);
  });

  it('a throwing parser is an ICP000 at each of its files, naming the parser', () => {
    const parts = stubParts([], {
      parseTerraformModule: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      parseYamlOrJsonFile: () => {
        throw new Error('boom');
      },
    });
    const { result, invalidByFile } = runPipeline(
      parts,
      [
        { path: 'm/a.tf', text: 'x' },
        { path: 'm/b.tf', text: 'y' },
        { path: 't.yaml', text: 'z' },
      ],
      { today: TODAY },
    );
    assert.deepEqual(summary(result), [
      'm/a.tf:0 ICP000 error',
      'm/b.tf:0 ICP000 error',
      't.yaml:0 ICP000 error',
    ]);
    assert.match(result.findings[0].message.en, /Terraform parser failed.*RangeError: Maximum call stack/);
    assert.match(result.findings[0].message['zh-cn'], /Terraform 解析器/);
    assert.match(result.findings[2].message.en, /YAML\/JSON parser failed.*boom/);
    assert.equal(invalidByFile.get('m/a.tf'), 1);
  });

  it('parse problems become ICP000 with the detail in each language; what parsed is still checked', () => {
    const parts = stubParts([alwaysReports('ICP002', 'pay-as-you-go')]);
    const { result } = runPipeline(
      parts,
      [{ path: 'main.tf', text: 'problem unclosed brace\ninstance web\n' }],
      { today: TODAY },
    );
    assert.deepEqual(summary(result), ['main.tf:0 ICP000 error', 'main.tf:23 ICP002 error']);
    assert.equal(result.findings[0].message.en, 'bad: unclosed brace');
    assert.equal(result.findings[0].message['zh-cn'], '错误：unclosed brace');
  });

  it('a throwing rule is one ICP000 per file naming the rule; other rules still run', () => {
    const crashing = stubRule('ICP003', 'subscription-too-short', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'value')");
    });
    const parts = stubParts([
      alwaysReports('ICP002', 'pay-as-you-go'),
      crashing,
      alwaysReports('ICP004', 'no-public-ip'),
    ]);
    const { result, invalidByFile } = runPipeline(
      parts,
      [{ path: 'main.tf', text: 'instance a\n\ninstance b\n' }],
      { today: TODAY },
    );
    assert.deepEqual(summary(result), [
      'main.tf:0 ICP000 error',
      'main.tf:0 ICP002 error',
      'main.tf:0 ICP004 error',
      'main.tf:12 ICP002 error',
      'main.tf:12 ICP004 error',
    ]);
    assert.match(
      result.findings[0].message.en,
      /Rule ICP003 \(subscription-too-short\) failed on a: TypeError/,
    );
    assert.equal(invalidByFile.get('main.tf'), 1);
  });

  it('a checkFile crash and an unknown message id are crashes too', () => {
    const fileCrash = stubRule('ICP008', 'service-number-reused', () => undefined, {
      checkInstance: undefined,
      checkFile: () => {
        throw new Error('file-level');
      },
    });
    const badMessage = stubRule('ICP006', 'instance-stopped', (i, c) =>
      c.report({ messageId: 'nope', at: i.header }),
    );
    const { result } = runPipeline(
      stubParts([fileCrash, badMessage]),
      [{ path: 'main.tf', text: 'instance a\n' }],
      { today: TODAY },
    );
    assert.deepEqual(
      result.findings.map((f) => f.message.en),
      [
        // Both at offset 0: the file-level one (an empty range at the file's start) sorts first.
        'Rule ICP008 (service-number-reused) failed on this file: Error: file-level',
        'Rule ICP006 (instance-stopped) failed on a: Error: unknown message id "nope"',
      ],
    );
  });

  it('unresolved values: one ICP012 per instance and setting, with origins as related locations', () => {
    const needsPeriod = (id: string, name: string) =>
      stubRule(id, name, (instance, context) => {
        const at = instance.header;
        context.unresolved(
          instance,
          {
            kind: 'unknown',
            expression: 'data.x.period',
            at,
            origins: [{ at, label: { en: 'variable default', 'zh-cn': '变量默认值' } }],
          },
          'period',
        );
      });
    const parts = stubParts([
      needsPeriod('ICP003', 'subscription-too-short'),
      needsPeriod('ICP010', 'no-auto-renew'),
    ]);
    const { result } = runPipeline(parts, [{ path: 'main.tf', text: 'instance web\n' }], { today: TODAY });
    assert.deepEqual(summary(result), ['main.tf:0 ICP012 info']);
    assert.match(result.findings[0].message.en, /period.*web.*data\.x\.period/);
    assert.equal(result.findings[0].related[0].message.en, 'variable default');
  });

  it('configuration: severity or off, by ID or by name (the ID wins)', () => {
    const parts = stubParts([
      alwaysReports('ICP002', 'pay-as-you-go'),
      alwaysReports('ICP004', 'no-public-ip'),
      alwaysReports('ICP010', 'no-auto-renew'),
    ]);
    const config = ConfigSchema.parse({
      rules: { 'pay-as-you-go': 'off', ICP002: 'warning', 'no-public-ip': 'off', ICP010: 'hint' },
    });
    const { result } = runPipeline(parts, [{ path: 'main.tf', text: 'instance web\n' }], {
      today: TODAY,
      config,
    });
    assert.deepEqual(summary(result), ['main.tf:0 ICP002 warning', 'main.tf:0 ICP010 hint']);
  });

  it('a rule-chosen severity is kept unless configured', () => {
    const parts = stubParts([alwaysReports('ICP005', 'expiry', { severity: 'warning' })]);
    assert.deepEqual(
      summary(runPipeline(parts, [{ path: 'main.tf', text: 'instance web\n' }], { today: TODAY }).result),
      ['main.tf:0 ICP005 warning'],
    );
    const config = ConfigSchema.parse({ rules: { expiry: 'error' } });
    assert.deepEqual(
      summary(
        runPipeline(parts, [{ path: 'main.tf', text: 'instance web\n' }], { today: TODAY, config }).result,
      ),
      ['main.tf:0 ICP005 error'],
    );
  });

  it('default region: --region over the configuration, only where none is stated, with an origin saying so', () => {
    let seen: unknown[] = [];
    let choices: readonly string[] = [];
    const rule = stubRule('ICP001', 'region-not-mainland', (instance, context) => {
      seen.push(
        instance.region?.kind === 'known'
          ? [instance.region.value, instance.region.origins[0]?.label.en]
          : undefined,
      );
      choices = context.regionChoices;
    });
    const parts = stubParts([rule]);
    const files = [{ path: 'main.tf', text: 'instance web\n' }];
    const config = ConfigSchema.parse({
      region: 'cn-shanghai',
      preferredRegions: ['cn-shenzhen', 'cn-hongkong'],
    });
    runPipeline(parts, files, { today: TODAY, config, region: 'ap-southeast-1' });
    assert.deepEqual(seen, [['ap-southeast-1', '--region']]);
    seen = [];
    runPipeline(parts, files, { today: TODAY, config });
    assert.deepEqual(seen, [['cn-shanghai', 'configured default region']]);
    assert.equal(choices[0], 'cn-shenzhen', 'preferred first');
    assert.equal(choices[1], 'cn-shanghai', 'then the assumed default');
    assert.ok(!choices.includes('cn-hongkong'), 'never a region that fails ICP001');
    assert.equal(new Set(choices).size, choices.length);
    assert.equal(choices.length, 6);
    seen = [];
    runPipeline(parts, files, { today: TODAY });
    assert.deepEqual(seen, [undefined]);
  });

  it('skips files over the size cap and binary files with a notice in both languages, each an error ICP000', () => {
    const config = ConfigSchema.parse({ maxFileSizeKb: 1 });
    const files = [
      { path: 'big.tf', text: 'instance web\n' + '#'.repeat(2000) },
      { path: 'bin.tf', text: 'instance web\n\u0000\u0001' },
      { path: 'big.png', text: '\u0000'.repeat(5000) },
      { path: 'ok.tf', text: 'instance web\n' },
    ];
    const { result } = runPipeline(stubParts([alwaysReports('ICP002', 'pay-as-you-go')]), files, {
      today: TODAY,
      config,
    });
    assert.deepEqual(
      result.skipped.map((s) => s.file),
      ['big.tf', 'bin.tf'],
    );
    assert.match(result.skipped[0].reason.en, /2 KB, over the 1 KB limit/);
    assert.match(result.skipped[0].reason['zh-cn'], /超过 1 KB/);
    assert.match(result.skipped[1].reason.en, /not a text file/);
    assert.deepEqual(summary(result), [
      'big.tf:0 ICP000 error',
      'bin.tf:0 ICP000 error',
      'ok.tf:0 ICP002 error',
    ]);
  });

  it('the size cap counts UTF-8 bytes, not UTF-16 units', () => {
    const config = ConfigSchema.parse({ maxFileSizeKb: 1 });
    const files = [{ path: 'zh.tf', text: '中'.repeat(400) }]; // 400 units, 1200 bytes
    assert.equal(runPipeline(stubParts([]), files, { today: TODAY, config }).result.skipped.length, 1);
  });

  it('a byte-order mark does not shift offsets', () => {
    let parsedText = '';
    const parts = stubParts([alwaysReports('ICP002', 'pay-as-you-go')], {
      parseTerraformModule: (files) => {
        parsedText = files[0].text;
        return { instances: [], problems: [], comments: new Map() };
      },
    });
    const text = '\uFEFFinstance web\n';
    runPipeline(parts, [{ path: 'main.tf', text }], { today: TODAY });
    assert.equal(parsedText.length, text.length);
    assert.equal(parsedText[0], ' ');
  });

  it('the order is deterministic: file, offset, rule ID, whatever the input order', () => {
    const parts = stubParts([
      alwaysReports('ICP004', 'no-public-ip'),
      alwaysReports('ICP002', 'pay-as-you-go'),
    ]);
    const files = [
      { path: 'b/main.tf', text: 'instance b\n' },
      { path: 'a/main.tf', text: 'x\ninstance a\n\ninstance c\n' },
    ];
    const forward = runPipeline(parts, files, { today: TODAY }).result;
    const backward = runPipeline(parts, [...files].reverse(), { today: TODAY }).result;
    assert.deepEqual(summary(forward), [
      'a/main.tf:2 ICP002 error',
      'a/main.tf:2 ICP004 error',
      'a/main.tf:14 ICP002 error',
      'a/main.tf:14 ICP004 error',
      'b/main.tf:0 ICP002 error',
      'b/main.tf:0 ICP004 error',
    ]);
    assert.deepEqual(JSON.stringify(forward), JSON.stringify(backward));
    assert.deepEqual(
      forward.instances.map((i) => i.name),
      ['a', 'c', 'b'],
    );
  });

  it('suppressions are applied per file and counted; forbidden ones are reported', () => {
    const parts = stubParts([alwaysReports('ICP002', 'pay-as-you-go'), invalidSuppression]);
    const text = '# icp-ignore: ICP002 reason="bench"\ninstance web\n';
    const allowed = runPipeline(parts, [{ path: 'main.tf', text }], { today: TODAY }).result;
    assert.deepEqual(summary(allowed), []);
    assert.equal(allowed.suppressions.length, 1);
    assert.equal(allowed.suppressions[0].reason, 'bench');
    const config = ConfigSchema.parse({ allowSuppressions: false });
    const forbidden = runPipeline(parts, [{ path: 'main.tf', text }], { today: TODAY, config }).result;
    assert.deepEqual(summary(forbidden), ['main.tf:2 ICP014 warning', 'main.tf:36 ICP002 error']);
    assert.equal(forbidden.suppressions.length, 0);
  });

  it('wall-clock guard: once a file has spent its time, the file is not checked (an error ICP000, none of its findings)', () => {
    let clock = 0;
    const slow = stubRule('ICP002', 'pay-as-you-go', (instance, context) => {
      clock += 60;
      context.report({ messageId: 'bad', data: { instance: instance.name }, at: instance.header });
    });
    const parts = stubParts([slow], { now: () => clock });
    const { result } = runPipeline(
      parts,
      [
        { path: 'main.tf', text: 'instance a\n\ninstance b\n\ninstance c\n' },
        { path: 'other.tf', text: 'instance d\n' },
      ],
      { today: TODAY, fileTimeBudgetMs: 100 },
    );
    assert.deepEqual(summary(result), ['main.tf:0 ICP000 error', 'other.tf:0 ICP002 error']);
    assert.equal(result.skipped.length, 1);
    assert.match(
      result.skipped[0].reason.en,
      /Not checked: checking this file took longer than its time budget of 100 ms/,
    );
  });
});
