import assert from 'node:assert/strict';
import type { CheckOptions, CheckResult, SourceFile } from '../../../src/core/engine/types';
import { realChecker } from '../bad-input/harness';

/**
 * An editor buffer that was never saved has no file name (`untitled:Untitled-1`): its language
 * mode says how to read it. A name that says something still decides.
 */
describe('files whose name does not say their syntax (untitled editor buffers)', function () {
  let check: (files: readonly SourceFile[], options?: CheckOptions) => CheckResult;
  const summary = (r: CheckResult) =>
    r.findings.map((f) => `${f.at.file}:${f.at.start}-${f.at.end} ${f.ruleId}`);

  before(async function () {
    this.timeout(30_000);
    check = await realChecker();
  });

  const TF = 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n}\n';
  const ROS =
    'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n    Properties:\n      InstanceChargeType: PostPaid\n';
  const ROS_JSON =
    '{"ROSTemplateFormatVersion": "2015-09-01", "Resources": {"Web": {"Type": "ALIYUN::ECS::Instance", "Properties": {"InstanceChargeType": "PostPaid"}}}}';
  const at = (text: string, needle: string) =>
    `${text.indexOf(needle)}-${text.indexOf(needle) + needle.length}`;

  const cases: { name: string; file: SourceFile; expected: string[]; checked: boolean }[] = [
    {
      name: 'Terraform by language, no name',
      file: { path: 'untitled:Untitled-1', text: TF, syntax: 'terraform' },
      expected: [`untitled:Untitled-1:${at(TF, '"PostPaid"')} ICP002`],
      checked: true,
    },
    {
      name: 'ROS YAML by language, no name',
      file: { path: 'untitled:Untitled-2', text: ROS, syntax: 'yaml' },
      expected: [`untitled:Untitled-2:${at(ROS, 'PostPaid')} ICP002`],
      checked: true,
    },
    {
      name: 'ROS JSON by language, no name',
      file: { path: 'untitled:Untitled-3', text: ROS_JSON, syntax: 'json' },
      expected: [`untitled:Untitled-3:${at(ROS_JSON, '"PostPaid"')} ICP002`],
      checked: true,
    },
    {
      name: 'no name and no language: ignored',
      file: { path: 'untitled:Untitled-4', text: TF },
      expected: [],
      checked: false,
    },
    {
      name: 'a name that says YAML wins over a Terraform language',
      file: { path: 'w/notes.yaml', text: TF, syntax: 'terraform' },
      expected: [],
      checked: false,
    },
    {
      name: 'a name that says Terraform wins over a YAML language',
      file: { path: 'w/main.tf', text: TF, syntax: 'yaml' },
      expected: [`w/main.tf:${at(TF, '"PostPaid"')} ICP002`],
      checked: true,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = check([c.file], { today: '2026-12-01' });
      assert.deepEqual(
        summary(result).filter((s) => s.endsWith('ICP002')),
        c.expected,
      );
      assert.deepEqual(result.checkedFiles, c.checked ? [c.file.path] : []);
    });
  }
});
