import assert from 'node:assert/strict';
import { regionNotMainland } from '../../../src/core/rules/ICP001-region-not-mainland';
import { FixtureDoc, LABEL, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `provider "alicloud" {
  region = "cn-hongkong"
}

resource "alicloud_instance" "web" {
  instance_type = "ecs.g7.large"
}
`;

const ROS = `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Web:
    Type: ALIYUN::ECS::Instance
    Properties:
      ZoneId: ap-southeast-1a
`;

function tfInstance() {
  const doc = new FixtureDoc('main.tf', TF);
  return makeInstance(doc, 'terraform', {
    header: 'resource "alicloud_instance" "web"',
    name: 'alicloud_instance.web',
    // The region comes from the provider: the finding stays on the header, the provider is related.
    region: {
      kind: 'known',
      value: 'cn-hongkong',
      omitted: false,
      at: doc.at('resource "alicloud_instance" "web"'),
      origins: [doc.origin('"cn-hongkong"', LABEL('provider alicloud region'))],
    },
    setters: { region: (r) => doc.replace('"cn-hongkong"', `"${r}"`) },
  });
}

describe('ICP001 region-not-mainland', () => {
  it('terraform: Hong Kong from the provider is reported on the header with the provider as related location', () => {
    const run = runRule(regionNotMainland, [tfInstance()], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP001',
        severity: 'error',
        messageId: 'hongKong',
        message:
          'alicloud_instance.web is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
        range: '5:1-5:35',
        file: 'main.tf',
        related: [{ file: 'main.tf', range: '2:12-2:25', message: 'provider alicloud region' }],
      },
    ]);
  });

  it('offers one fix per region choice, the first preferred, titled with the region name', () => {
    const run = runRule(
      regionNotMainland,
      [tfInstance()],
      { 'main.tf': TF },
      { regionChoices: ['cn-shanghai', 'cn-beijing', 'cn-hongkong'] },
    );
    const fixes = run.findings[0].fixes;
    assert.deepEqual(
      fixes.map((f) => [f.title.en, f.title['zh-cn'], f.preferred]),
      [
        ['Deploy in China (Shanghai) (cn-shanghai)', '部署到华东2（上海）（cn-shanghai）', true],
        ['Deploy in China (Beijing) (cn-beijing)', '部署到华北2（北京）（cn-beijing）', false],
      ],
    );
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'],
      TF.replace('cn-hongkong', 'cn-shanghai'),
    );
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0], 1)['main.tf'],
      TF.replace('cn-hongkong', 'cn-beijing'),
    );
  });

  it('ros: a zone outside the mainland points at the zone', () => {
    const doc = new FixtureDoc('t.ros.yaml', ROS);
    const instance = makeInstance(doc, 'ros', {
      header: 'Web:',
      name: 'Web',
      region: doc.known('ap-southeast-1', 'ap-southeast-1a'),
    });
    const run = runRule(regionNotMainland, [instance], { 't.ros.yaml': ROS });
    assert.equal(run.rendered[0].messageId, 'notMainland');
    assert.equal(
      run.rendered[0].message,
      'Web is deployed in ap-southeast-1, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
    );
    assert.equal(run.rendered[0].range, '6:15-6:30');
    assert.deepEqual(run.findings[0].fixes, [], 'no setter, no fix');
  });

  it('valid: mainland regions (including finance and unknown cn- IDs), undefined and unknown regions', () => {
    const doc = new FixtureDoc('plan.icp.yaml', 'instances:\n  web-1:\n    region: cn-hangzhou\n');
    const cases = [
      makeInstance(doc, 'spec', { header: 'web-1', region: doc.known('cn-hangzhou', 'cn-hangzhou') }),
      makeInstance(doc, 'spec', {
        header: 'web-1',
        region: doc.known('cn-shanghai-finance-1', 'cn-hangzhou'),
      }),
      makeInstance(doc, 'spec', { header: 'web-1', region: doc.known('cn-newcity', 'cn-hangzhou') }),
      makeInstance(doc, 'spec', { header: 'web-1' }),
      makeInstance(doc, 'spec', { header: 'web-1', region: doc.unknown('cn-hangzhou') }),
    ];
    const run = runRule(regionNotMainland, cases, { 'plan.icp.yaml': doc.text });
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(run.unresolved, [], 'the region is ICP011, never ICP012');
  });
});
