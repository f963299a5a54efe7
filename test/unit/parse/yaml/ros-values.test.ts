import assert from 'node:assert/strict';
import { covered, lines, only, parse, range, show } from './helpers';

const TEMPLATE = lines(
  "ROSTemplateFormatVersion: '2015-09-01'",
  'Parameters:',
  '  ChargeType:',
  '    Type: String',
  '    Default: PostPaid',
  '  Zone:',
  '    Type: String',
  '    Default: cn-shanghai-l',
  '  NoDefault:',
  '    Type: Number',
  'Resources:',
  '  Web:',
  '    Type: ALIYUN::ECS::Instance',
  '    Properties:',
  '      InstanceChargeType: !Ref ChargeType',
  '      ZoneId:',
  '        Ref: Zone',
  '      Period: !Ref NoDefault',
  '      PeriodUnit: Week',
  '      InternetMaxBandwidthOut: 5',
  '      AllocatePublicIP: false',
  '      SpotStrategy: SpotAsPriceGo',
  "      AutoRenew: 'True'",
  '  Bare:',
  '    Type: ALIYUN::ECS::InstanceGroup',
  '    Properties:',
  '      InstanceChargeType: prepaid',
  '      ZoneIds: [cn-hongkong-b, cn-hongkong-c]',
  '      Period: "6"',
  '      AutoRenew: true',
  '      ImageId: { "Fn::FindInMap": [Images, !Ref "ALIYUN::Region", id] }',
);

describe('ROS template (YAML): values', () => {
  const out = parse('stack.ros.yaml', TEMPLATE);
  const web = only(out, 'Web');
  const bare = only(out, 'Bare');

  it('recognises the instance resources only, with header and extent', () => {
    assert.deepEqual(out.problems, []);
    assert.deepEqual(
      out.instances.map((i) => [i.name, i.type, i.product, i.format]),
      [
        ['Web', 'ALIYUN::ECS::Instance', 'ecs', 'ros'],
        ['Bare', 'ALIYUN::ECS::InstanceGroup', 'ecs', 'ros'],
      ],
    );
    assert.equal(covered(TEMPLATE, web.header), 'Web');
    assert.equal(range(TEMPLATE, web.header), '12:3-12:6');
    assert.equal(range(TEMPLATE, web.extent), '12:3-23:24');
  });

  it('resolves !Ref to a parameter default, pointing at the Ref with the default as origin', () => {
    assert.equal(show(web.chargeType), 'pay-as-you-go');
    assert.equal(covered(TEMPLATE, web.chargeType?.at), '!Ref ChargeType');
    assert.deepEqual(
      web.chargeType?.origins.map((o) => [range(TEMPLATE, o.at), covered(TEMPLATE, o.at), o.label.en]),
      [['5:14-5:22', 'PostPaid', 'default of parameter ChargeType']],
    );
  });

  it('resolves long-form Ref for the zone, and the zone to its region', () => {
    assert.equal(show(web.region), 'cn-shanghai');
    assert.equal(covered(TEMPLATE, web.region?.at), 'Ref: Zone');
    assert.deepEqual(
      web.region?.origins.map((o) => covered(TEMPLATE, o.at)),
      ['cn-shanghai-l'],
    );
  });

  it('a parameter without default is unknown, with the expression', () => {
    assert.equal(show(web.period), 'unknown:!Ref NoDefault');
    assert.equal(range(TEMPLATE, web.period!.at), '18:15-18:29');
  });

  it('reads PeriodUnit, bandwidth, AllocatePublicIP, SpotStrategy and AutoRenew literals', () => {
    assert.equal(show(web.periodUnit), 'week');
    assert.equal(covered(TEMPLATE, web.periodUnit?.at), 'Week');
    assert.equal(show(web.publicBandwidthMbps), 5);
    assert.equal(show(web.allocatePublicIp), false);
    assert.equal(show(web.spotStrategy), 'SpotAsPriceGo');
    assert.equal(show(web.autoRenew), true);
    assert.equal(covered(TEMPLATE, web.autoRenew?.at), "'True'");
  });

  it('compares the charge type case-insensitively; string numbers and boolean AutoRenew; ZoneIds[0]', () => {
    assert.equal(show(bare.chargeType), 'subscription');
    assert.equal(show(bare.period), 6);
    assert.equal(show(bare.autoRenew), true);
    assert.equal(show(bare.region), 'cn-hongkong');
    assert.equal(covered(TEMPLATE, bare.region?.at), 'cn-hongkong-b');
  });

  it('omitted settings take the platform default at the header', () => {
    assert.equal(show(bare.publicBandwidthMbps), 0);
    assert.equal(bare.publicBandwidthMbps?.kind === 'known' && bare.publicBandwidthMbps.omitted, true);
    assert.equal(covered(TEMPLATE, bare.publicBandwidthMbps?.at), 'Bare');
    assert.equal(show(bare.periodUnit), 'month');
    assert.equal(bare.spotStrategy, undefined);
    assert.equal(bare.allocatePublicIp, undefined);
  });

  it('an omitted charge type is pay-as-you-go (omitted); an omitted period on a subscription is 1', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties: {}',
      '  B:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      InstanceChargeType: PrePaid',
    );
    const o = parse('t.yml', text);
    const a = only(o, 'A');
    assert.equal(show(a.chargeType), 'pay-as-you-go');
    assert.equal(a.chargeType?.kind === 'known' && a.chargeType.omitted, true);
    assert.equal(a.period, undefined);
    const b = only(o, 'B');
    assert.equal(show(b.period), 1);
    assert.equal(b.period?.kind === 'known' && b.period.omitted, true);
    assert.equal(show(b.autoRenew), false);
  });

  it('other intrinsics are unknown with their text; an unknown literal is unknown too', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      InstanceChargeType:',
      '        Fn::If: [IsProd, PrePaid, PostPaid]',
      '      InternetMaxBandwidthOut: !Select [0, [1, 2]]',
      '      PeriodUnit: Fortnight',
      '      ZoneId: { "Fn::Select": ["0", { "Fn::GetAZs": { Ref: "ALIYUN::Region" } }] }',
    );
    const a = only(parse('t.yaml', text));
    assert.equal(show(a.chargeType), 'unknown:Fn::If: [IsProd, PrePaid, PostPaid]');
    assert.equal(show(a.publicBandwidthMbps), 'unknown:!Select [0, [1, 2]]');
    assert.equal(show(a.periodUnit), 'unknown:Fortnight');
    assert.equal(
      show(a.region),
      'unknown:{ "Fn::Select": ["0", { "Fn::GetAZs": { Ref: "ALIYUN::Region" } }] }',
    );
  });
});

describe('ROS template: products and special resources', () => {
  it('SWAS is a subscription with no bandwidth setting; Period and AutoRenew are read', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  Lite:',
      '    Type: ALIYUN::SWAS::Instance',
      '    Properties:',
      '      Period: 1',
      '      PlanId: swas.s1',
    );
    const lite = only(parse('t.yaml', text));
    assert.equal(lite.product, 'simple-application-server');
    assert.equal(show(lite.chargeType), 'subscription');
    assert.equal(show(lite.period), 1);
    assert.equal(lite.publicBandwidthMbps, undefined);
    assert.equal(lite.setters.chargeType?.('subscription'), undefined);
  });

  it('PrepayInstance: PeriodType gives the unit when PeriodUnit is absent', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  P:',
      '    Type: ALIYUN::ECS::PrepayInstance',
      '    Properties:',
      '      InstanceChargeType: PrePaid',
      '      Period: 1',
      '      PeriodType: Yearly',
    );
    const p = only(parse('t.yaml', text));
    assert.equal(show(p.periodUnit), 'year');
  });

  it('clones copy bandwidth from a source in the template, else it is unknown', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  Src:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      InternetMaxBandwidthOut: 10',
      '  CloneA:',
      '    Type: ALIYUN::ECS::InstanceClone',
      '    Properties:',
      '      SourceInstanceId: !Ref Src',
      '  CloneB:',
      '    Type: ALIYUN::ECS::InstanceGroupClone',
      '    Properties:',
      '      SourceInstanceId: { "Fn::GetAtt": [Src, InstanceId] }',
      '  CloneC:',
      '    Type: ALIYUN::ECS::InstanceClone',
      '    Properties:',
      '      SourceInstanceId: i-abc123',
    );
    const o = parse('t.yaml', text);
    const a = only(o, 'CloneA');
    assert.equal(show(a.publicBandwidthMbps), 10);
    assert.equal(covered(text, a.publicBandwidthMbps?.at), '!Ref Src');
    assert.deepEqual(
      a.publicBandwidthMbps?.origins.map((x) => [covered(text, x.at), x.label.en]),
      [['10', 'bandwidth of the source instance Src']],
    );
    assert.equal(show(only(o, 'CloneB').publicBandwidthMbps), 10);
    assert.equal(show(only(o, 'CloneC').publicBandwidthMbps), 'unknown:i-abc123');
  });

  it('EIPAssociation binds by Ref, !Ref, Fn::GetAtt InstanceId and Fn::Select of a group', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Resources:',
      '  A: { Type: ALIYUN::ECS::Instance }',
      '  B: { Type: ALIYUN::ECS::Instance }',
      '  C: { Type: ALIYUN::ECS::Instance }',
      '  G: { Type: ALIYUN::ECS::InstanceGroup }',
      '  N: { Type: ALIYUN::ECS::Instance }',
      '  E1: { Type: ALIYUN::VPC::EIPAssociation, Properties: { InstanceId: { Ref: A }, AllocationId: x } }',
      '  E2: { Type: ALIYUN::VPC::EIPAssociation, Properties: { InstanceId: !Ref B } }',
      '  E3:',
      '    Type: ALIYUN::VPC::EIPAssociation',
      '    Properties:',
      '      InstanceId:',
      '        Fn::GetAtt: [C, InstanceId]',
      '  E4:',
      '    Type: ALIYUN::VPC::EIPAssociation',
      '    Properties:',
      '      InstanceId:',
      '        Fn::Select:',
      '          - 0',
      '          - Fn::GetAtt: [G, InstanceIds]',
      '  E5: { Type: ALIYUN::VPC::EIPAssociation, Properties: { InstanceId: !GetAtt A.InstanceId } }',
      '  E6: { Type: ALIYUN::VPC::EIPAssociation, Properties: { InstanceId: !GetAtt N.PrivateIp } }',
    );
    const o = parse('t.yaml', text);
    const eips = (n: string) => only(o, n).eipAssociations.map((l) => covered(text, l));
    assert.deepEqual(eips('A'), ['E1', 'E5']);
    assert.deepEqual(eips('B'), ['E2']);
    assert.deepEqual(eips('C'), ['E3']);
    assert.deepEqual(eips('G'), ['E4']);
    assert.deepEqual(eips('N'), []);
  });

  it('a resource with a Condition is checked as created', () => {
    const text = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Conditions:',
      '  Yes: { "Fn::Equals": [a, a] }',
      'Resources:',
      '  A:',
      '    Condition: Yes',
      '    Type: ALIYUN::ECS::Instance',
    );
    assert.equal(only(parse('t.yaml', text)).name, 'A');
  });
});

describe('ROS template: region', () => {
  const base = (props: string[], extra: string[] = []) =>
    lines(
      ...extra,
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Parameters:',
      '  Region:',
      '    Type: String',
      '    Default: cn-beijing',
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      ImageId: x',
      ...props,
    );

  it('an icp-region comment gives the region, at the header with the comment as origin', () => {
    const text = base([], ['# icp-region: cn-shenzhen']);
    const a = only(parse('t.yaml', text));
    assert.equal(show(a.region), 'cn-shenzhen');
    assert.equal(covered(text, a.region?.at), 'A');
    assert.deepEqual(
      a.region?.origins.map((o) => [range(text, o.at), covered(text, o.at)]),
      [['1:15-1:26', 'cn-shenzhen']],
    );
  });

  it('the zone wins over the comment; the comment stands in for a zone expression', () => {
    assert.equal(
      show(
        only(parse('t.yaml', base(['      ZoneId: ap-southeast-1a'], ['# icp-region: cn-shenzhen']))).region,
      ),
      'ap-southeast-1',
    );
    assert.equal(
      show(
        only(parse('t.yaml', base(['      ZoneId: !Select [0, !GetAZs ""]'], ['# icp-region: cn-shenzhen'])))
          .region,
      ),
      'cn-shenzhen',
    );
    assert.equal(
      show(only(parse('t.yaml', base(['      ZoneId: !Select [0, !GetAZs ""]']))).region),
      'unknown:!Select [0, !GetAZs ""]',
    );
  });

  it('no zone and no comment: no region (a region parameter for another service does not count)', () => {
    assert.equal(only(parse('t.yaml', base([]))).region, undefined);
  });

  it('an icp-region inside a string is not a comment', () => {
    const text = base(["      Description: '# icp-region: cn-shenzhen'"]);
    assert.equal(only(parse('t.yaml', text)).region, undefined);
  });
});

describe('ROS template (JSON)', () => {
  const text = JSON.stringify(
    {
      ROSTemplateFormatVersion: '2015-09-01',
      Parameters: { Bw: { Type: 'Number', Default: 0 } },
      Resources: {
        Web: {
          Type: 'ALIYUN::ECS::Instance',
          Properties: {
            InstanceChargeType: 'Postpaid',
            InternetMaxBandwidthOut: { Ref: 'Bw' },
            ZoneId: 'cn-hangzhou-h',
            Period: 2,
            PeriodUnit: 'Month',
            AutoRenew: 'False',
          },
        },
        Eip: {
          Type: 'ALIYUN::VPC::EIPAssociation',
          Properties: { InstanceId: { 'Fn::GetAtt': ['Web', 'InstanceId'] } },
        },
      },
    },
    null,
    2,
  );
  const out = parse('stack.json', text);
  const web = only(out, 'Web');

  it('reads the same properties with exact ranges', () => {
    assert.deepEqual(out.problems, []);
    assert.equal(covered(text, web.header), '"Web"');
    assert.equal(show(web.chargeType), 'pay-as-you-go');
    assert.equal(covered(text, web.chargeType?.at), '"Postpaid"');
    assert.equal(show(web.publicBandwidthMbps), 0);
    assert.equal(covered(text, web.publicBandwidthMbps?.at), '{\n          "Ref": "Bw"\n        }');
    assert.deepEqual(
      web.publicBandwidthMbps?.origins.map((o) => range(text, o.at)),
      ['6:18-6:19'],
    );
    assert.equal(show(web.region), 'cn-hangzhou');
    assert.equal(show(web.period), 2);
    assert.equal(show(web.autoRenew), false);
    assert.deepEqual(
      web.eipAssociations.map((l) => covered(text, l)),
      ['"Eip"'],
    );
    assert.deepEqual(out.comments.get('stack.json'), []);
  });
});
