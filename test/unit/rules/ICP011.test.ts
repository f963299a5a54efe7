import assert from 'node:assert/strict';
import { regionUnresolved } from '../../../src/core/rules/ICP011-region-unresolved';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { runRule } from '../helpers/run-rule';

describe('ICP011 region-unresolved', () => {
  it('terraform: no region anywhere is an info on the header saying what applies', () => {
    const text = 'resource "alicloud_instance" "web" {\n}\n';
    const doc = new FixtureDoc('main.tf', text);
    const run = runRule(
      regionUnresolved,
      [
        makeInstance(doc, 'terraform', {
          header: 'resource "alicloud_instance" "web"',
          name: 'alicloud_instance.web',
        }),
      ],
      { 'main.tf': text },
    );
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP011',
        severity: 'info',
        messageId: 'terraform',
        message:
          "No region is set for alicloud_instance.web: the provider then uses ALICLOUD_REGION / ALIBABA_CLOUD_REGION or the profile's region, else cn-beijing. State it with `region` in the provider block, `--region`, or `region` in .icpcheck.yaml.",
        range: '1:1-1:35',
        file: 'main.tf',
        related: [],
      },
    ]);
  });

  it('ros: no zone, and a zone that is an expression', () => {
    const text =
      'Resources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n    Properties:\n      ZoneId:\n        Ref: Zone\n';
    const doc = new FixtureDoc('t.ros.yaml', text);
    const run = runRule(
      regionUnresolved,
      [
        makeInstance(doc, 'ros', { header: 'Web', name: 'Web' }),
        makeInstance(doc, 'ros', { header: 'Web', name: 'Web', region: doc.unknown('Ref: Zone') }),
      ],
      { 't.ros.yaml': text },
    );
    assert.deepEqual(
      run.rendered.map((f) => [f.messageId, f.range]),
      [
        ['ros', '2:3-2:6'],
        ['rosExpression', '6:9-6:18'],
      ],
    );
    assert.match(run.rendered[0].message, /# icp-region: <id>/);
    assert.match(run.rendered[1].message, /^The zone of Web is `Ref: Zone`/);
  });

  it('spec: no region; an unknown cn- region ID is a likely typo', () => {
    const text = 'instances:\n  web-1:\n    region: cn-hangzhuo\n';
    const doc = new FixtureDoc('p.icp.yaml', text);
    const run = runRule(
      regionUnresolved,
      [
        makeInstance(doc, 'spec', { header: 'web-1', name: 'web-1' }),
        makeInstance(doc, 'spec', {
          header: 'web-1',
          name: 'web-1',
          region: doc.known('cn-hangzhuo', 'cn-hangzhuo'),
        }),
      ],
      { 'p.icp.yaml': text },
    );
    assert.deepEqual(
      run.rendered.map((f) => [f.messageId, f.range, f.message]),
      [
        [
          'spec',
          '2:3-2:8',
          'web-1 states no region. Set `region:` (or `zone:`) on the instance, or use `--region` or `region` in .icpcheck.yaml.',
        ],
        [
          'unknownRegion',
          '3:13-3:24',
          'cn-hangzhuo is not a region icp-check knows; it is treated as mainland China. Check the spelling.',
        ],
      ],
    );
  });

  it("valid: known regions (mainland or not); unknown non-cn IDs are ICP001's", () => {
    const text = 'x';
    const doc = new FixtureDoc('p.icp.yaml', text);
    const run = runRule(
      regionUnresolved,
      ['cn-hangzhou', 'cn-hongkong', 'xx-moon-1'].map((r) =>
        makeInstance(doc, 'spec', { header: 'x', region: doc.known(r, 'x') }),
      ),
      { 'p.icp.yaml': text },
    );
    assert.deepEqual(run.rendered, []);
  });
});
