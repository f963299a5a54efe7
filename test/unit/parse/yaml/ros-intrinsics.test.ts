import assert from 'node:assert/strict';
import type { Instance } from '../../../../src/core/model/instance';
import { covered, fixAndReparse, lines, only, parse, show } from './helpers';

/**
 * ROS intrinsic functions that pick a value statically: `Fn::If` over `Conditions` that resolve,
 * `Fn::FindInMap`, `Fn::Sub` and `Fn::Join` over known parts, in long form and YAML short tags.
 * Each row is a property value written on an instance and what the charge type, zone or period
 * reads as; `unknown:` quotes what ICP012 would show.
 */

const HEAD = lines(
  "ROSTemplateFormatVersion: '2015-09-01'",
  'Parameters:',
  '  Env:',
  '    Type: String',
  '    Default: prod',
  '  Suffix:',
  '    Type: String',
  '    Default: h',
  '  Open:',
  '    Type: String',
  '  Zones:',
  '    Type: CommaDelimitedList',
  "    Default: 'cn-shanghai-a, cn-shanghai-b'",
  '  ZoneList:',
  '    Type: Json',
  '    Default: [cn-beijing-a, cn-shenzhen-b]',
  'Mappings:',
  '  Billing:',
  '    prod:',
  '      Charge: PrePaid',
  '      Months: 12',
  '    dev:',
  '      Charge: PostPaid',
  '      Months: 1',
  'Conditions:',
  '  IsProd:',
  '    Fn::Equals: [prod, !Ref Env]',
  '  IsDev: !Equals [dev, !Ref Env]',
  '  NotDev:',
  '    Fn::Not: [Condition: IsDev]',
  '  ProdAndNotDev: !And [!Condition IsProd, !Condition NotDev]',
  '  DevOrOpen:',
  '    Fn::Or: [Condition: IsDev, !Equals [yes, !Ref Open]]',
  '  Loop: !Not [!Condition Loop]',
  'Resources:',
  '  Web:',
  '    Type: ALIYUN::ECS::Instance',
  '    Properties:',
  '      ZoneId: cn-hangzhou-h',
  '      InternetMaxBandwidthOut: 5',
);

function web(property: string, value: string): { instance: Instance; text: string } {
  const text = `${HEAD.replace(/^ {6}ZoneId: .*\n/m, property === 'ZoneId' ? '' : '$&')}      ${property}: ${value}\n`;
  const out = parse('stack.ros.yaml', text);
  assert.deepEqual(
    out.problems.map((p) => p.message.en),
    [],
  );
  return { instance: only(out, 'Web'), text };
}

type Row = readonly [value: string, expected: unknown];

function table(title: string, property: string, read: (i: Instance) => unknown, rows: readonly Row[]): void {
  it(title, () => {
    assert.deepEqual(
      rows.map(([value]) => [value, read(web(property, value).instance)]),
      rows.map(([value, expected]) => [value, expected]),
    );
  });
}

describe('ROS template: intrinsic functions that resolve', () => {
  table(
    'Fn::If over resolvable Conditions (Equals, Not, And, Or, Condition)',
    'InstanceChargeType',
    (i) => show(i.chargeType),
    [
      ['{ "Fn::If": [IsProd, PrePaid, PostPaid] }', 'subscription'],
      ['!If [IsDev, PrePaid, PostPaid]', 'pay-as-you-go'],
      ['!If [NotDev, PrePaid, PostPaid]', 'subscription'],
      ['!If [ProdAndNotDev, PrePaid, PostPaid]', 'subscription'],
      ['!If [DevOrOpen, PrePaid, PostPaid]', 'unknown:!If [DevOrOpen, PrePaid, PostPaid]'],
      ['!If [Loop, PrePaid, PostPaid]', 'unknown:!If [Loop, PrePaid, PostPaid]'],
      ['!If [Missing, PrePaid, PostPaid]', 'unknown:!If [Missing, PrePaid, PostPaid]'],
      ['!If [IsDev, PrePaid, !Ref ALIYUN::NoValue]', 'pay-as-you-go'],
    ],
  );

  it('Fn::If picking a value ROS rejects: unknown, quoted as written there, and an ICP000 at the property', () => {
    const text = `${HEAD}      InstanceChargeType: !If [IsProd, !Ref Env, PostPaid]\n`;
    const out = parse('stack.ros.yaml', text);
    assert.equal(show(only(out, 'Web').chargeType), 'unknown:prod');
    assert.deepEqual(
      out.problems.map((p) => [covered(text, p.at), p.message.en]),
      [
        [
          '!If [IsProd, !Ref Env, PostPaid]',
          'InstanceChargeType: prod is not allowed on ALIYUN::ECS::Instance; the allowed values are PrePaid, PostPaid.',
        ],
      ],
    );
  });

  it('Fn::If picking NoValue is the property left out: the platform default, at the header', () => {
    const { instance, text } = web('InstanceChargeType', '!If [IsDev, PrePaid, !Ref ALIYUN::NoValue]');
    assert.ok(instance.chargeType?.kind === 'known' && instance.chargeType.omitted);
    assert.equal(covered(text, instance.chargeType.at), 'Web');
  });

  it('Fn::If points at the property, with the branch taken as origin; the fix rewrites that branch', () => {
    const { instance, text } = web('InstanceChargeType', '!If [IsDev, PrePaid, PostPaid]');
    assert.equal(covered(text, instance.chargeType?.at), '!If [IsDev, PrePaid, PostPaid]');
    const fixed = fixAndReparse('stack.ros.yaml', text, instance.setters.chargeType?.('subscription'));
    assert.ok(fixed.text.endsWith('InstanceChargeType: !If [IsDev, PrePaid, PrePaid]\n'));
    assert.equal(show(only(fixed.out, 'Web').chargeType), 'subscription');
  });

  table('Fn::FindInMap resolves when its keys do', 'InstanceChargeType', (i) => show(i.chargeType), [
    ['{ "Fn::FindInMap": [Billing, prod, Charge] }', 'subscription'],
    ['!FindInMap [Billing, !Ref Env, Charge]', 'subscription'],
    ['!FindInMap [Billing, dev, Charge]', 'pay-as-you-go'],
    [
      '!FindInMap [Billing, !Ref ALIYUN::Region, Charge]',
      'unknown:!FindInMap [Billing, !Ref ALIYUN::Region, Charge]',
    ],
    ['!FindInMap [Billing, test, Charge]', 'unknown:!FindInMap [Billing, test, Charge]'],
    ['!FindInMap [Nothing, prod, Charge]', 'unknown:!FindInMap [Nothing, prod, Charge]'],
  ]);

  table('FindInMap for a number', 'Period', (i) => show(i.period), [
    ['!FindInMap [Billing, !Ref Env, Months]', 12],
  ]);

  table('Fn::Sub and Fn::Join over known parts give the zone', 'ZoneId', (i) => show(i.region), [
    ['!Sub cn-beijing-${Suffix}', 'cn-beijing'],
    ['{ "Fn::Sub": ["cn-${Where}-a", { Where: shanghai }] }', 'cn-shanghai'],
    ['!Sub "${ALIYUN::Region}-a"', 'unknown:!Sub "${ALIYUN::Region}-a"'],
    ['!Sub cn-${Open}-a', 'unknown:!Sub cn-${Open}-a'],
    ['{ "Fn::Join": ["-", [cn, qingdao, !Ref Suffix]] }', 'cn-qingdao'],
    ['!Join ["", [cn-hongkong-, b]]', 'cn-hongkong'],
    ['!Join ["-", [cn, !Ref Open]]', 'unknown:!Join ["-", [cn, !Ref Open]]'],
  ]);

  table(
    'Fn::Select picks from a list written in the template, a Json list default or a CommaDelimitedList default',
    'ZoneId',
    (i) => show(i.region),
    [
      ['!Select [1, [cn-beijing-a, cn-hangzhou-i]]', 'cn-hangzhou'],
      ['{ "Fn::Select": ["0", [cn-qingdao-b, !Ref Open]] }', 'cn-qingdao'],
      ['!Select [1, !Ref Zones]', 'cn-shanghai'],
      ['!Select [1, !Ref ZoneList]', 'cn-shenzhen'],
      ['!Select [1, [cn-qingdao-b, !Ref Open]]', 'unknown:!Select [1, [cn-qingdao-b, !Ref Open]]'],
      ['!Select [2, [cn-qingdao-b]]', 'unknown:!Select [2, [cn-qingdao-b]]'],
      ['!Select [!Ref Open, [cn-qingdao-b]]', 'unknown:!Select [!Ref Open, [cn-qingdao-b]]'],
      [
        '!Select [0, !GetAZs { Ref: ALIYUN::Region }]',
        'unknown:!Select [0, !GetAZs { Ref: ALIYUN::Region }]',
      ],
    ],
  );

  it('a parameter whose Default is null has no default: unknown, related the declaration', () => {
    const text = HEAD.replace(
      '  Open:\n    Type: String\n',
      '  Open:\n    Type: String\n    Default: null\n',
    );
    const instance = only(parse('stack.ros.yaml', `${text}      InstanceChargeType: !Ref Open\n`), 'Web');
    assert.equal(show(instance.chargeType), 'unknown:!Ref Open');
    assert.deepEqual(
      instance.chargeType?.origins.map((o) => [covered(text, o.at), o.label.en]),
      [['Open', 'parameter Open (no default)']],
    );
  });

  it('a Condition on the resource is still checked as if created', () => {
    const text = HEAD.replace(
      '    Type: ALIYUN::ECS::Instance\n',
      '    Type: ALIYUN::ECS::Instance\n    Condition: IsDev\n',
    );
    assert.equal(parse('stack.ros.yaml', `${text}      InstanceChargeType: PostPaid\n`).instances.length, 1);
  });

  it('PrepayInstance: PeriodType Yearly counts Period in years', () => {
    const text = HEAD.replace('ALIYUN::ECS::Instance', 'ALIYUN::ECS::PrepayInstance');
    const instance = only(
      parse('stack.ros.yaml', `${text}      Period: 1\n      PeriodType: Yearly\n`),
      'Web',
    );
    assert.deepEqual([show(instance.period), show(instance.periodUnit)], [1, 'year']);
  });
});
