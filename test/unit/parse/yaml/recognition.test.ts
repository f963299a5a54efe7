import assert from 'node:assert/strict';
import { parseYamlOrJsonFile } from '../../../../src/core/parse/yaml';
import { parseText } from '../../../../src/core/parse/yaml/document';
import { covered, lines, only, parse, range, repoFile, show } from './helpers';

describe('YAML/JSON front end: which files are ours', () => {
  it('leaves other YAML and JSON alone', () => {
    assert.equal(parseYamlOrJsonFile({ path: 'ci.yml', text: 'on: push\njobs: {}\n' }), undefined);
    assert.equal(parseYamlOrJsonFile({ path: 'package.json', text: '{"name": "x"}' }), undefined);
    assert.equal(
      parseYamlOrJsonFile({ path: 'notes.yaml', text: 'text: mentions ROSTemplateFormatVersion inside\n' }),
      undefined,
    );
    assert.equal(parseYamlOrJsonFile({ path: 'broken.yaml', text: 'a: [1, 2\n' }), undefined);
    assert.equal(parseYamlOrJsonFile({ path: 'main.tf', text: 'ROSTemplateFormatVersion' }), undefined);
  });

  it('recognises ROS by its top-level key and specs by name or kind', () => {
    assert.ok(parseYamlOrJsonFile({ path: 'a.yaml', text: "ROSTemplateFormatVersion: '2015-09-01'\n" }));
    assert.ok(parseYamlOrJsonFile({ path: 'a.json', text: '{"ROSTemplateFormatVersion": "2015-09-01"}' }));
    assert.ok(parseYamlOrJsonFile({ path: 'a.yaml', text: 'kind: IcpInstanceSpec\ninstances: {}\n' }));
    assert.ok(parseYamlOrJsonFile({ path: 'plan.icp.yaml', text: 'instances: {}\n' }));
  });
});

describe('YAML/JSON front end: broken input', () => {
  it('broken ROS YAML: ICP000 at the error, and the parts that parsed still yield instances', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      ZoneId: cn-hangzhou-h',
      '      Period: [1, 2',
      '  B: x',
    );
    const out = parse('t.yaml', text);
    assert.ok(out.problems.length > 0);
    // The first problem is the `[` that is never closed, in plain words; the parser's own errors follow.
    assert.equal(range(text, out.problems[0].at), '7:15-7:16');
    assert.equal(out.problems[0].message.en, 'Syntax error: missing "]" to close the list opened here.');
    assert.equal(out.problems[0].message['zh-cn'], '语法错误：缺少闭合此处列表的 "]"。');
    assert.equal(out.problems[0].damage?.start, text.indexOf('  A:') + 2, 'the `[` damages resource A');
    assert.equal(show(only(out, 'A').region), 'cn-hangzhou');
  });

  it('broken JSON that is ours: ICP000 at the position', () => {
    const text =
      '{\n  "ROSTemplateFormatVersion": "2015-09-01",\n  "Resources": {\n    "A": { "Type": "ALIYUN::ECS::Instance" \n  }\n';
    const out = parse('t.json', text);
    assert.deepEqual(
      out.problems.map((p) => [range(text, p.at), p.message.en]),
      [
        ['1:1-1:2', 'Syntax error: missing "}" to close the mapping opened here.'],
        ['3:16-3:17', 'Syntax error: missing "}" to close the mapping opened here.'],
        ['6:1-6:1', 'Syntax error: this line is not indented like the lines it belongs with.'],
        ['6:1-6:1', 'Cannot parse the file: Flow map must end with a }'],
      ],
    );
  });

  it('broken spec by name: ICP000', () => {
    const out = parse('x.icp.yaml', 'instances:\n  a: [\n');
    assert.ok(out.problems.length > 0);
  });

  it('a YAML alias bomb is one ICP000 at the file, and its document is never walked', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'Resources: { A: { Type: ALIYUN::ECS::Instance, Properties: *g } }',
    );
    assert.equal(
      parseText(text).aliasBomb,
      true,
      'found by the bounded alias count, so the walkers never see it',
    );
    const out = parse('bomb.yaml', text);
    assert.deepEqual(out.instances, []);
    assert.equal(out.problems.length, 1);
    assert.deepEqual([out.problems[0].at.start, out.problems[0].at.end], [0, 0]);
    assert.match(out.problems[0].message.en, /alias/);
  });

  it('a few aliases are fine', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties: &p',
      '      InternetMaxBandwidthOut: 5',
      '  B:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties: *p',
    );
    const out = parse('t.yaml', text);
    assert.deepEqual(out.problems, []);
    assert.equal(show(only(out, 'B').publicBandwidthMbps), 5);
  });

  it('deep nesting and a 10 MB file do not throw', () => {
    const deep = "ROSTemplateFormatVersion: '2015-09-01'\nx: " + '['.repeat(20000) + ']'.repeat(20000) + '\n';
    assert.ok(parse('deep.yaml', deep));
    const body = Array.from(
      { length: 2000 },
      (_, i) =>
        `  R${i}:\n    Type: ALIYUN::ECS::Instance\n    Properties:\n      Description: '${'x'.repeat(5000)}'\n`,
    ).join('');
    const big = `ROSTemplateFormatVersion: '2015-09-01'\nResources:\n${body}`;
    assert.ok(big.length > 10_000_000);
    const out = parse('big.yaml', big);
    assert.equal(out.instances.length, 2000);
  }).timeout(60000);

  it('unknown short tags are accepted', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      UserData: !Base64Encode x',
      '      Tags: !Whatever { a: 1 }',
      '      InternetMaxBandwidthOut: !Calculate [1]',
    );
    const out = parse('t.yaml', text);
    assert.deepEqual(out.problems, []);
    assert.equal(show(only(out).publicBandwidthMbps), 'unknown:!Calculate [1]');
  });

  it('duplicate resource keys are reported at the second key', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A: { Type: ALIYUN::ECS::Instance }',
      '  A: { Type: ALIYUN::ECS::Instance }',
    );
    const out = parse('t.yaml', text);
    assert.deepEqual(
      out.problems.map((p) => range(text, p.at)),
      ['4:3-4:4'],
    );
  });
});

describe('YAML/JSON front end: comments, BOM and CRLF', () => {
  it('lists the comments of a YAML file', () => {
    const text = lines(
      '# top',
      "ROSTemplateFormatVersion: '2015-09-01' # tail",
      'Resources: # icp-ignore: ICP002 reason="x"',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      Description: "# not a comment"',
      '      UserData: |',
      '        # inside a block scalar',
      '  # last',
    );
    const comments = parse('t.yaml', text).comments.get('t.yaml') ?? [];
    assert.deepEqual(
      comments.map((c) => covered(text, c)),
      ['# top', '# tail', '# icp-ignore: ICP002 reason="x"', '# last'],
    );
  });

  it('offsets count the BOM, and CRLF files parse with exact ranges', () => {
    const text =
      '\uFEFF' +
      lines(
        "ROSTemplateFormatVersion: '2015-09-01'",
        'Resources:',
        '  A:',
        '    Type: ALIYUN::ECS::Instance',
        '    Properties:',
        '      ZoneId: cn-beijing-h',
      ).replace(/\n/g, '\r\n');
    const a = only(parse('t.yaml', text));
    assert.equal(covered(text, a.header), 'A');
    assert.equal(covered(text, a.region?.at), 'cn-beijing-h');
    assert.equal(range(text, a.region!.at), '6:15-6:27');
    const fixed = a.setters.chargeType?.('subscription');
    assert.deepEqual(
      fixed?.map((e) => e.newText),
      ['\r\n      InstanceChargeType: PrePaid'],
    );
  });
});

describe('YAML/JSON front end: fixtures', () => {
  it('reads the example ROS stack and spec', () => {
    const ros = parse('web-stack.ros.yaml', repoFile('test/fixtures/yaml/web-stack.ros.yaml'));
    const web = only(ros, 'WebServer');
    assert.deepEqual(
      [
        show(web.region),
        show(web.chargeType),
        show(web.period),
        show(web.publicBandwidthMbps),
        web.eipAssociations.length,
      ],
      ['cn-hangzhou', 'pay-as-you-go', 1, 0, 1],
    );
    const spec = parse('plan.icp.yaml', repoFile('test/fixtures/yaml/plan.icp.yaml'));
    assert.deepEqual(spec.problems, []);
    assert.deepEqual(
      spec.instances.map((i) => [i.name, show(i.region)]),
      [
        ['web-1', 'cn-hangzhou'],
        ['lite', 'cn-hongkong'],
      ],
    );
  });
});
