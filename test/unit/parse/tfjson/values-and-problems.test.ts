import assert from 'node:assert/strict';
import {
  applyEdits,
  describe as describeValue,
  instanceNamed,
  parse,
  ready,
  where,
  type Files,
} from '../hcl/helpers';

/** Terraform JSON read into instances: values, regions, references, edits and bad input. */

function problems(files: Files): string[] {
  return parse(files).problems.map((p) => `${where(files, p.at)} ${p.message.en}`);
}

const MAIN = `{
  "provider": {
    "alicloud": [
      { "region": "cn-hangzhou" },
      { "alias": "hk", "region": "\${var.hk_region}" }
    ]
  },
  "resource": {
    "alicloud_vswitch": {
      "main": { "zone_id": "cn-shanghai-b" }
    },
    "alicloud_instance": {
      "hk": {
        "provider": "alicloud.hk",
        "period": "\${var.period + 1}",
        "internet_max_bandwidth_out": "\${data.x.y}"
      },
      "zoned": {
        "provider": "alicloud.missing",
        "vswitch_id": "\${alicloud_vswitch.main.id}",
        "period": "$\${var.period}"
      }
    }
  },
  "variable": {
    "hk_region": { "default": "cn-hongkong" },
    "period": { "default": "\${not.interpolated}" }
  }
}
`;

describe('tfjson: values', () => {
  before(ready);

  it('reads aliased providers from an array, templates, references and escapes', () => {
    const files = { 'main.tf.json': MAIN };
    const out = parse(files);
    assert.deepEqual(out.problems, []);
    const hk = instanceNamed(out, 'alicloud_instance.hk');
    assert.deepEqual(describeValue(files, hk.region), {
      kind: 'known',
      value: 'cn-hongkong',
      omitted: false,
      at: '"hk"',
      origins: [
        'main.tf.json: "${var.hk_region}" (region of provider alicloud.hk)',
        'main.tf.json: "cn-hongkong" (default of variable "hk_region")',
      ],
    });
    // A variable default is literal in JSON: `${…}` there is text, so `+ 1` over it cannot be evaluated.
    assert.deepEqual(describeValue(files, hk.period), {
      kind: 'unknown',
      value: 'var.period + 1',
      omitted: undefined,
      at: '"${var.period + 1}"',
      origins: ['main.tf.json: "${not.interpolated}" (default of variable "period")'],
    });
    assert.equal(describeValue(files, hk.publicBandwidthMbps)?.kind, 'unknown');
    const zoned = instanceNamed(out, 'alicloud_instance.zoned');
    assert.deepEqual(describeValue(files, zoned.region), {
      kind: 'known',
      value: 'cn-shanghai',
      omitted: false,
      at: '"zoned"',
      origins: ['main.tf.json: "cn-shanghai-b" (zone of vSwitch alicloud_vswitch.main)'],
    });
    // `$${` is an escaped `${`: the value is the text itself, not a reference.
    assert.deepEqual(describeValue(files, zoned.period), {
      kind: 'unknown',
      value: '"$${var.period}"',
      omitted: undefined,
      at: '"$${var.period}"',
      origins: [],
    });
  });

  it('a region fix through a lone "${var.hk_region}" edits the variable default (JSON stays valid)', () => {
    const files = { 'main.tf.json': MAIN };
    const hk = instanceNamed(parse(files), 'alicloud_instance.hk');
    const after = applyEdits(files, hk.setters.region?.('cn-shanghai'));
    assert.equal(
      after['main.tf.json'],
      MAIN.replace('"hk_region": { "default": "cn-hongkong" }', '"hk_region": { "default": "cn-shanghai" }'),
    );
    JSON.parse(after['main.tf.json']);
  });

  it('a provider without a region gets one as its first property', () => {
    const files = {
      'main.tf.json':
        '{\n    "provider": {\n        "alicloud": {\n            "profile": "prod"\n        }\n    },\n    "resource": {\n        "alicloud_instance": {\n            "web": {}\n        }\n    }\n}\n',
    };
    const web = instanceNamed(parse(files), 'alicloud_instance.web');
    const after = applyEdits(files, web.setters.region?.('cn-beijing'));
    assert.equal(
      after['main.tf.json'],
      files['main.tf.json'].replace(
        '{\n            "profile"',
        '{\n            "region": "cn-beijing",\n            "profile"',
      ),
    );
    JSON.parse(after['main.tf.json']);
  });

  it('keeps CRLF line endings and tab indentation when inserting', () => {
    const text =
      '{\r\n\t"resource": {\r\n\t\t"alicloud_instance": {\r\n\t\t\t"web": {\r\n\t\t\t\t"period": 3\r\n\t\t\t}\r\n\t\t}\r\n\t}\r\n}\r\n';
    const web = instanceNamed(parse({ 'main.tf.json': text }), 'alicloud_instance.web');
    const after = applyEdits({ 'main.tf.json': text }, web.setters.publicBandwidth?.(5));
    assert.equal(
      after['main.tf.json'],
      text.replace('\t\t\t\t"period"', '\t\t\t\t"internet_max_bandwidth_out": 5,\r\n\t\t\t\t"period"'),
    );
  });
});

describe('tfjson: bad input', () => {
  before(ready);

  it('one problem at the first error; the damaged resource is left out, the ones before it are read', () => {
    const text =
      '{\n  "resource": {\n    "alicloud_instance": {\n      "a": { "period": 3 },\n      "b": { "period": 3 "status": "Running" }\n    }\n  }\n}\n';
    const files = { 'main.tf.json': text };
    assert.deepEqual(problems(files), ["main.tf.json:5:26-5:34 Syntax error: ',' is expected."]);
    assert.deepEqual(
      parse(files).instances.map((i) => i.name),
      ['alicloud_instance.a'],
    );
    assert.ok(parse(files).problems[0].message['zh-cn'].startsWith('语法错误'));
  });

  it('a truncated file is one problem at its end', () => {
    const text = '{\n  "resource": {\n    "alicloud_instance": {\n      "a": {\n        "period": 3';
    assert.deepEqual(problems({ 'main.tf.json': text }), [
      "main.tf.json:5:20-5:20 Syntax error: '}' is expected.",
    ]);
  });

  it('comments are not Terraform JSON', () => {
    assert.deepEqual(problems({ 'main.tf.json': '{\n  // note\n  "locals": {}\n}\n' }), [
      'main.tf.json:2:3-2:10 Syntax error: comments are not allowed in JSON.',
    ]);
  });

  it('a top level that is not an object, and a block that is not an object', () => {
    assert.deepEqual(problems({ 'main.tf.json': '[1, 2]\n' }), [
      'main.tf.json:1:1-1:7 A Terraform JSON file must hold one object.',
    ]);
    assert.deepEqual(problems({ 'main.tf.json': '{ "resource": { "alicloud_instance": { "a": 3 } } }' }), [
      'main.tf.json:1:45-1:46 "a" must be an object.',
    ]);
    assert.deepEqual(problems({ 'terraform.tfvars.json': '"x"' }), [
      'terraform.tfvars.json:1:1-1:4 A Terraform JSON file must hold one object.',
    ]);
  });

  it('never throws on odd input', () => {
    const inputs = [
      '',
      '\uFEFF',
      '}',
      '{{{{',
      '{"resource": [',
      '{"resource": {"alicloud_instance": {"x": {"period": "${',
      '"\\',
      '\t\r\n\0',
      `{"locals": {"x": ${'['.repeat(2000)}${']'.repeat(2000)}}}`,
      '{"resource": {"alicloud_instance": {"x": {"provider": 3, "period": "${\\"a\\"}"}}}}',
    ];
    for (const text of inputs) {
      const out = parse({ 'main.tf.json': text, 'terraform.tfvars.json': text });
      assert.ok(Array.isArray(out.instances));
      for (const p of out.problems) {
        assert.ok(p.at.start >= 0 && p.at.end <= text.length && p.at.start <= p.at.end);
        assert.ok(p.message.en && p.message['zh-cn']);
      }
    }
  });
});

describe('tfjson: count and for_each', () => {
  before(ready);

  const withCount = (count: string) =>
    `{\n  "variable": { "n": { "default": 0 } },\n  "resource": {\n    "alicloud_instance": {\n      "web": { "count": ${count}, "period": 3 }\n    }\n  }\n}\n`;

  it('count 0, written or through "${var.n}", creates no instance; an unknown count is checked as created', () => {
    assert.deepEqual(
      parse({ 'main.tf.json': withCount('0') }).instances.map((i) => i.name),
      [],
    );
    assert.deepEqual(
      parse({ 'main.tf.json': withCount('"${var.n}"') }).instances.map((i) => i.name),
      [],
    );
    assert.deepEqual(
      parse({ 'main.tf.json': withCount('2') }).instances.map((i) => i.name),
      ['alicloud_instance.web'],
    );
    assert.deepEqual(
      parse({ 'main.tf.json': withCount('"${data.x.n}"') }).instances.map((i) => i.name),
      ['alicloud_instance.web'],
    );
  });

  it('a for_each map is an expression, not a nested block', () => {
    const text =
      '{\n  "resource": {\n    "alicloud_instance": {\n      "web": { "for_each": {}, "period": 3 }\n    }\n  }\n}\n';
    assert.deepEqual(
      parse({ 'main.tf.json': text }).instances.map((i) => i.name),
      [],
    );
  });
});

describe('tfjson: maps and lists', () => {
  before(ready);

  it('a JSON map in a variable default and in locals is indexed like an HCL one', () => {
    const text = `{
  "variable": { "billing": { "default": { "web": "PrePaid", "batch": "PostPaid" } } },
  "locals": { "periods": [1, 6], "zones": { "web": "cn-shanghai-b" } },
  "resource": {
    "alicloud_instance": {
      "web": {
        "instance_charge_type": "\${var.billing.web}",
        "period": "\${local.periods[1]}",
        "availability_zone": "\${local.zones[\\"web\\"]}"
      },
      "batch": { "instance_charge_type": "\${lookup(var.billing, \\"batch\\", \\"PrePaid\\")}" }
    }
  }
}
`;
    const files = { 'main.tf.json': text };
    const out = parse(files);
    const web = instanceNamed(out, 'alicloud_instance.web');
    assert.equal(describeValue(files, web.chargeType)?.value, 'subscription');
    assert.equal(describeValue(files, web.period)?.value, 6);
    assert.deepEqual(out.problems, []);
    // Quotes escaped for JSON inside one "${…}" (as CDK for Terraform writes them) are read too; the
    // value points at the whole string, since decoded offsets are not offsets in the file.
    assert.deepEqual(describeValue(files, web.region), {
      kind: 'known',
      value: 'cn-shanghai',
      omitted: false,
      at: '"${local.zones[\\"web\\"]}"',
      origins: ['main.tf.json: { "web": "cn-shanghai-b" } (local value "zones")'],
    });
    const batch = instanceNamed(out, 'alicloud_instance.batch');
    assert.deepEqual(describeValue(files, batch.chargeType), {
      kind: 'known',
      value: 'pay-as-you-go',
      omitted: false,
      at: '"${lookup(var.billing, \\"batch\\", \\"PrePaid\\")}"',
      origins: ['main.tf.json: { "web": "PrePaid", "batch": "PostPaid" } (default of variable "billing")'],
    });
    // Text around an escaped interpolation is not read: unknown, never guessed.
    const mixed = text.replace('"${var.billing.web}"', '"Pre${\\"Paid\\"}"');
    assert.equal(
      instanceNamed(parse({ 'main.tf.json': mixed }), 'alicloud_instance.web').chargeType?.kind,
      'unknown',
    );
  });
});
