import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/model/finding';
import { LineIndex } from '../../../src/core/model/line-index';
import { planActions, suppressionPlan, type PlanContext } from '../../../src/extension/code-actions/plan';
import { commentMarker, isCheckable, isModuleFile } from '../../../src/extension/file-kinds';
import { langFor } from '../../../src/extension/language';
import { minimalEdit } from '../../../src/extension/mapping/text-diff';

const FILE = 'file:///ws/web/main.tf';
const TEXT = 'resource "alicloud_instance" "web" {\n  internet_max_bandwidth_out = 0\n}\n';
const zero = TEXT.indexOf('= 0') + 2;
const finding: Finding = {
  ruleId: 'ICP004',
  ruleName: 'no-public-ip',
  severity: 'error',
  messageId: 'none',
  message: { en: 'No public IP', 'zh-cn': '没有公网 IP' },
  at: { file: FILE, start: zero, end: zero + 1 },
  related: [],
  fixes: [
    {
      title: { en: 'Other', 'zh-cn': '其他' },
      preferred: false,
      edits: [{ file: FILE, start: zero, end: zero + 1, newText: '5' }],
    },
    {
      title: { en: 'Set bandwidth to 1', 'zh-cn': '设置带宽为 1' },
      preferred: true,
      edits: [{ file: FILE, start: zero, end: zero + 1, newText: '1' }],
    },
  ],
};
const ctx = (file = FILE, text = TEXT): PlanContext => ({
  lang: 'en',
  indexOf: (f) => (f === file ? new LineIndex(text) : undefined),
  docsUrl: (id) => `https://example.invalid/${id}`,
  reasonPlaceholder: 'why $ this}',
});

describe('code action plans', () => {
  it('the preferred fix first, then the other choices, suppress, documentation', () => {
    const plans = planActions(finding, ctx());
    assert.deepEqual(
      plans.map((p) => p.kind),
      ['fix', 'fix', 'suppress', 'docs'],
    );
    assert.equal(plans[0].kind === 'fix' && plans[0].title, 'Set bandwidth to 1');
    assert.equal(plans[0].kind === 'fix' && plans[0].preferred, true);
    assert.equal(plans[3].kind === 'docs' && plans[3].url, 'https://example.invalid/ICP004');
  });

  it('suppress inserts a directive above the line, indented like it, the reason as an escaped placeholder', () => {
    const plan = suppressionPlan(finding, ctx());
    assert.deepEqual(plan, {
      kind: 'suppress',
      file: FILE,
      line: 1,
      ruleId: 'ICP004',
      snippet: '  # icp-ignore: ICP004 reason="${1:why \\$ this\\}}"\n',
    });
  });

  it('offers no suppression in JSON, which has no comments', () => {
    const json = 'file:///ws/stack.json';
    assert.equal(
      suppressionPlan({ ...finding, at: { file: json, start: 0, end: 1 } }, ctx(json, '{}')),
      undefined,
    );
  });
});

describe('file kinds', () => {
  it('recognises Terraform by name, ROS and specs by content or name', () => {
    assert.ok(isCheckable('file:///a/main.tf', ''));
    assert.ok(isCheckable('file:///a/prod.tfvars', ''));
    assert.ok(isCheckable('file:///a/main.tf.json', ''));
    assert.ok(isCheckable('file:///a/terraform.tfvars.json', ''));
    assert.ok(
      isCheckable(
        'file:///a/plan.json',
        '{"format_version":"1.2","terraform_version":"1.11.4","planned_values":{}}',
      ),
    );
    assert.ok(!isCheckable('file:///a/state.json', '{"format_version":"1.0","values":{}}'));
    assert.ok(isCheckable('file:///a/plan.icp.yaml', ''));
    assert.ok(isCheckable('file:///a/stack.yaml', "ROSTemplateFormatVersion: '2015-09-01'\n"));
    assert.ok(isCheckable('file:///a/stack.json', '{\n  "ROSTemplateFormatVersion": "2015-09-01"\n}'));
    assert.ok(isCheckable('file:///a/x.yml', 'kind: IcpInstanceSpec\n'));
    assert.ok(!isCheckable('file:///a/docker-compose.yaml', 'services: {}\n'));
    assert.ok(!isCheckable('file:///a/package.json', '{}'));
  });

  it('a module folder loads .tf, terraform.tfvars and *.auto.tfvars only, in HCL or JSON syntax', () => {
    const names = [
      'main.tf',
      'terraform.tfvars',
      'a.auto.tfvars',
      'prod.tfvars',
      'x.tf.json',
      'terraform.tfvars.json',
      'b.auto.tfvars.json',
      'prod.tfvars.json',
      'package.json',
    ];
    assert.deepEqual(names.filter(isModuleFile), [
      'main.tf',
      'terraform.tfvars',
      'a.auto.tfvars',
      'x.tf.json',
      'terraform.tfvars.json',
      'b.auto.tfvars.json',
    ]);
  });

  it('knows each syntax’s comment marker', () => {
    assert.equal(commentMarker('file:///a/main.tf'), '#');
    assert.equal(commentMarker('file:///a/s.ros.yml'), '#');
    assert.equal(commentMarker('file:///a/s.json'), undefined);
    assert.equal(commentMarker('file:///a/main.tf.json'), undefined);
  });

  it('maps VS Code display languages to the core’s', () => {
    assert.equal(langFor('zh-cn'), 'zh-cn');
    assert.equal(langFor('zh-tw'), 'zh-cn');
    assert.equal(langFor('en'), 'en');
    assert.equal(langFor('de'), 'en');
  });
});

describe('minimal edit of a whole-file result', () => {
  it('replaces only the changed middle', () => {
    assert.deepEqual(minimalEdit('f', 'a = 0\nb = 1\n', 'a = 5\nb = 1\n'), {
      file: 'f',
      start: 4,
      end: 5,
      newText: '5',
    });
    assert.equal(minimalEdit('f', 'same', 'same'), undefined);
  });

  it('never splits a surrogate pair', () => {
    const e = minimalEdit('f', 'x😀y', 'x😃y')!;
    assert.equal(e.start, 1);
    assert.equal(e.end, 3);
    assert.equal(e.newText, '😃');
  });
});
