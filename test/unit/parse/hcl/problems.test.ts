import assert from 'node:assert/strict';
import { parse, ready, where, type Files } from './helpers';

function problems(files: Files) {
  return parse(files).problems.map((p) => `${where(files, p.at)} ${p.message.en}`);
}

describe('hcl: broken input', () => {
  before(ready);

  it('reports a block left open at its `{`, and still reads the instance', () => {
    const files = {
      'main.tf': 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n',
    };
    assert.deepEqual(problems(files), [
      'main.tf:1:36-1:37 Syntax error: missing "}" to close resource "alicloud_instance" "web".',
    ]);
    const out = parse(files);
    assert.equal(out.instances.length, 1);
    assert.equal(
      out.instances[0].chargeType?.kind === 'known' && out.instances[0].chargeType.value,
      'pay-as-you-go',
    );
    assert.ok(out.problems[0].message['zh-cn'].includes('缺少'));
  });

  it('reports a half-typed attribute and still reads the resource around it and after it', () => {
    const files = {
      'main.tf':
        'resource "alicloud_instance" "a" {\n  instance_charge_type = "PrePaid"\n  instance_\n}\nresource "alicloud_instance" "b" {\n  period = 3\n}\n',
    };
    const out = parse(files);
    assert.deepEqual(problems(files), ["main.tf:3:3-3:12 Syntax error: unexpected 'instance_'."]);
    assert.deepEqual(
      out.instances.map((i) => i.name),
      ['alicloud_instance.a', 'alicloud_instance.b'],
    );
    assert.equal(
      out.instances[0].chargeType?.kind === 'known' && out.instances[0].chargeType.value,
      'subscription',
    );
  });

  it('reports an attribute without a value', () => {
    const files = {
      'main.tf':
        'resource "alicloud_instance" "a" {\n  period =\n  status = "Running"\n}\nresource "alicloud_instance" "b" {}\n',
    };
    const out = parse(files);
    assert.equal(out.problems.length, 1);
    assert.match(problems(files)[0], /^main\.tf:2:/);
    assert.deepEqual(
      out.instances.map((i) => i.name),
      ['alicloud_instance.a', 'alicloud_instance.b'],
    );
  });

  it('reports an unterminated string at its opening quote', () => {
    const files = { 'main.tf': 'resource "alicloud_instance" "a" {\n  period = "3\n}\n' };
    assert.ok(
      problems(files).includes("main.tf:2:12-2:13 Syntax error: missing '\"' to close this string."),
      problems(files).join('\n'),
    );
  });

  it('reports a stray token', () => {
    const files = { 'main.tf': 'resource "alicloud_instance" "a" {\n  period = 3 ]\n}\n' };
    assert.equal(problems(files)[0], "main.tf:2:14-2:15 Syntax error: unexpected ']'.");
  });

  it('never throws on odd input', () => {
    const deep = `locals {\n  x = ${'['.repeat(2000)}${']'.repeat(2000)}\n}\n`;
    const inputs = [
      '',
      '\uFEFF',
      '}',
      '{{{{',
      'resource',
      'resource "alicloud_instance"',
      '"\\',
      deep,
      '\t\r\n\0',
      'resource "alicloud_instance" "x" {\n  a = <<EOT\n',
      '# 注释\n'.repeat(50),
    ];
    for (const text of inputs) {
      const out = parse({ 'main.tf': text, 'terraform.tfvars': text });
      assert.ok(Array.isArray(out.instances));
      for (const p of out.problems) {
        assert.ok(p.at.start >= 0 && p.at.end <= text.length && p.at.start <= p.at.end);
        assert.ok(p.message.en && p.message['zh-cn']);
      }
    }
  });
});
