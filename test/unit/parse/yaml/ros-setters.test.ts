import assert from 'node:assert/strict';
import { fixAndReparse, lines, only, parse, show } from './helpers';

const HEAD = ["ROSTemplateFormatVersion: '2015-09-01'"];

function instanceAfter(
  path: string,
  text: string,
  name: string,
  edit: (t: string) => ReturnType<NonNullable<ReturnType<typeof only>['setters']['chargeType']>>,
) {
  const { text: fixed, out } = fixAndReparse(path, text, edit(text));
  return { fixed, instance: only(out, name) };
}

describe('ROS setters (YAML)', () => {
  const text = lines(
    ...HEAD,
    '# icp-region: cn-hongkong',
    'Parameters:',
    '  Charge:',
    '    Type: String',
    '    Default: "PostPaid"',
    'Resources:',
    '  Web:',
    '    Type: ALIYUN::ECS::Instance',
    '    Properties:',
    '      InstanceChargeType: { Ref: Charge }',
    '      SpotStrategy: SpotAsPriceGo',
    '      Period: 2',
    '      PeriodUnit: Week',
    '      AllocatePublicIP: false',
    '      AutoRenew: False   # keep this comment',
    '  Empty:',
    '    Type: ALIYUN::ECS::Instance',
    '  Flow:',
    '    Type: ALIYUN::ECS::PrepayInstance',
    '    Properties: { InstanceChargeType: Postpaid }',
    '  NullProps:',
    '    Type: ALIYUN::ECS::Instance',
    '    Properties:',
    '  Lite:',
    '    Type: ALIYUN::SWAS::Instance',
    '    Properties:',
    '      PlanId: x',
  );
  const web = () => only(parse('t.yaml', text), 'Web');

  it('charge type: edits the parameter default, keeping its quotes', () => {
    const r = instanceAfter('t.yaml', text, 'Web', () => web().setters.chargeType?.('subscription'));
    assert.match(r.fixed, /Default: "PrePaid"/);
    assert.equal(show(r.instance.chargeType), 'subscription');
  });

  it('noSpot, period (+ unit Week → Month), bandwidth (+ AllocatePublicIP), auto-renew', () => {
    assert.equal(
      show(instanceAfter('t.yaml', text, 'Web', () => web().setters.noSpot?.()).instance.spotStrategy),
      'NoSpot',
    );
    const p = instanceAfter('t.yaml', text, 'Web', () => web().setters.periodMonths?.(3)).instance;
    assert.deepEqual([show(p.period), show(p.periodUnit)], [3, 'month']);
    const b = instanceAfter('t.yaml', text, 'Web', () => web().setters.publicBandwidth?.(5));
    assert.deepEqual([show(b.instance.publicBandwidthMbps), show(b.instance.allocatePublicIp)], [5, true]);
    assert.match(
      b.fixed,
      / {6}AllocatePublicIP: true\n {6}AutoRenew: False {3}# keep this comment\n {6}InternetMaxBandwidthOut: 5\n {2}Empty:/,
    );
    const a = instanceAfter('t.yaml', text, 'Web', () => web().setters.autoRenew?.(true));
    assert.match(a.fixed, /AutoRenew: true {3}# keep this comment/);
    assert.equal(show(a.instance.autoRenew), true);
  });

  it('region: rewrites the icp-region comment only for the one instance that relies on it', () => {
    // Five instances here have no zone of their own: the comment is the region of all of them.
    assert.equal(web().setters.region?.('cn-hangzhou'), undefined);
    const alone = lines(
      ...HEAD,
      '# icp-region: cn-hongkong',
      'Resources:',
      '  Web:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      InstanceChargeType: PrePaid',
      '  Zoned:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      ZoneId: cn-beijing-h',
    );
    const r = instanceAfter('t.yaml', alone, 'Web', (t) =>
      only(parse('t.yaml', t), 'Web').setters.region?.('cn-hangzhou'),
    );
    assert.match(r.fixed, /^# icp-region: cn-hangzhou$/m);
    assert.equal(show(r.instance.region), 'cn-hangzhou');
  });

  it('creates Properties when the resource has none', () => {
    const r = instanceAfter('t.yaml', text, 'Empty', (t) =>
      only(parse('t.yaml', t), 'Empty').setters.chargeType?.('subscription'),
    );
    assert.match(
      r.fixed,
      / {2}Empty:\n {4}Type: ALIYUN::ECS::Instance\n {4}Properties:\n {6}InstanceChargeType: PrePaid\n {2}Flow:/,
    );
    assert.equal(show(r.instance.chargeType), 'subscription');
  });

  it('inserts into a flow map and keeps the Prepaid spelling; PrepayInstance AutoRenew is a Boolean', () => {
    const flow = () => only(parse('t.yaml', text), 'Flow');
    const c = instanceAfter('t.yaml', text, 'Flow', () => flow().setters.chargeType?.('subscription'));
    assert.match(c.fixed, /Properties: \{ InstanceChargeType: Prepaid \}/);
    const a = instanceAfter('t.yaml', text, 'Flow', () => flow().setters.autoRenew?.(true));
    assert.match(a.fixed, /Properties: \{ InstanceChargeType: Postpaid, AutoRenew: true \}/);
    const p = instanceAfter('t.yaml', text, 'Flow', () => flow().setters.periodMonths?.(3));
    assert.equal(show(p.instance.period), 3);
  });

  it('fills an empty Properties', () => {
    const r = instanceAfter('t.yaml', text, 'NullProps', (t) =>
      only(parse('t.yaml', t), 'NullProps').setters.publicBandwidth?.(5),
    );
    assert.match(r.fixed, / {4}Properties:\n {6}InternetMaxBandwidthOut: 5\n/);
    assert.equal(show(r.instance.publicBandwidthMbps), 5);
  });

  it('SWAS: only period and auto-renew', () => {
    const lite = () => only(parse('t.yaml', text), 'Lite');
    assert.equal(lite().setters.publicBandwidth?.(5), undefined);
    const r = instanceAfter('t.yaml', text, 'Lite', () => lite().setters.autoRenew?.(true));
    assert.match(r.fixed, /PlanId: x\n {6}AutoRenew: true\n$/);
    assert.equal(
      show(instanceAfter('t.yaml', text, 'Lite', () => lite().setters.periodMonths?.(3)).instance.period),
      3,
    );
  });

  it('a value behind an intrinsic other than Ref is not edited; region from a zone has no setter', () => {
    const t = lines(
      ...HEAD,
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      ZoneId: cn-hangzhou-h',
      '      InstanceChargeType: !If [P, PrePaid, PostPaid]',
    );
    const a = only(parse('t.yaml', t));
    assert.equal(a.setters.chargeType?.('subscription'), undefined);
    assert.equal(a.setters.region?.('cn-beijing'), undefined);
  });

  it('keeps CRLF line ends', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const r = instanceAfter('t.yaml', crlf, 'Empty', (t) =>
      only(parse('t.yaml', t), 'Empty').setters.periodMonths?.(3),
    );
    assert.ok(!/[^\r]\n/.test(r.fixed), 'no bare LF');
    assert.equal(show(r.instance.period), 3);
  });
});

describe('ROS setters (JSON)', () => {
  const text = JSON.stringify(
    {
      ROSTemplateFormatVersion: '2015-09-01',
      Resources: {
        Web: { Type: 'ALIYUN::ECS::Instance', Properties: { InstanceChargeType: 'PostPaid', Period: 1 } },
        Bare: { Type: 'ALIYUN::ECS::Instance' },
        Empty: { Type: 'ALIYUN::ECS::InstanceGroup', Properties: {} },
      },
    },
    null,
    2,
  );
  const get = (t: string, n: string) => only(parse('t.json', t), n);

  it('replaces string values with JSON strings, inserts with commas, stays valid JSON', () => {
    for (const [name, run] of [
      ['Web', (t: string) => get(t, 'Web').setters.chargeType?.('subscription')],
      ['Web', (t: string) => get(t, 'Web').setters.publicBandwidth?.(5)],
      ['Web', (t: string) => get(t, 'Web').setters.autoRenew?.(true)],
      ['Bare', (t: string) => get(t, 'Bare').setters.periodMonths?.(3)],
      ['Empty', (t: string) => get(t, 'Empty').setters.publicBandwidth?.(5)],
    ] as const) {
      const r = instanceAfter('t.json', text, name, run);
      assert.doesNotThrow(() => JSON.parse(r.fixed), r.fixed);
    }
    const w = instanceAfter('t.json', text, 'Web', (t) => get(t, 'Web').setters.publicBandwidth?.(5));
    assert.match(w.fixed, /"Period": 1,\n {8}"InternetMaxBandwidthOut": 5\n/);
    const a = instanceAfter('t.json', text, 'Web', (t) => get(t, 'Web').setters.autoRenew?.(true));
    assert.match(a.fixed, /"AutoRenew": "True"/);
    const b = instanceAfter('t.json', text, 'Bare', (t) => get(t, 'Bare').setters.periodMonths?.(3));
    assert.match(b.fixed, /"Type": "ALIYUN::ECS::Instance",\n {6}"Properties": \{\n {8}"Period": 3\n {6}\}/);
    assert.equal(show(b.instance.period), 3);
  });
});
