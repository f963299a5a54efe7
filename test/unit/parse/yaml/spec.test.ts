import assert from 'node:assert/strict';
import { covered, fixAndReparse, lines, only, parse, range, show } from './helpers';

const SPEC = lines(
  'kind: IcpInstanceSpec',
  'instances:',
  '  web-1:',
  '    product: ecs',
  '    zone: cn-hangzhou-h',
  '    billing: subscription',
  '    period: 2',
  '    periodUnit: week',
  '    expiresOn: 2027-06-30',
  '    publicBandwidthMbps: 5',
  '    order: { amount: 99, currency: CNY }',
  '    websites:',
  '      - domain: example.com',
  '        serviceNumber: "1234567890"',
  '      - domain: example.org',
  '  web-2:',
  '    product: simple-application-server',
  '    region: cn-hongkong',
  '    billing: pay-as-you-go',
  '    status: stopped',
);

describe('instance spec: instances', () => {
  const out = parse('plan.yaml', SPEC);

  it('each entry is an instance with values at their fields and defaults at the key', () => {
    assert.deepEqual(out.problems, []);
    const w = only(out, 'web-1');
    assert.deepEqual([w.format, w.type, w.product], ['spec', 'IcpInstanceSpec', 'ecs']);
    assert.equal(range(SPEC, w.header), '3:3-3:8');
    assert.equal(show(w.region), 'cn-hangzhou');
    assert.equal(covered(SPEC, w.region?.at), 'cn-hangzhou-h');
    assert.deepEqual(
      [
        show(w.chargeType),
        show(w.period),
        show(w.periodUnit),
        show(w.expiresOn),
        show(w.publicBandwidthMbps),
      ],
      ['subscription', 2, 'week', '2027-06-30', 5],
    );
    assert.deepEqual([show(w.autoRenew), show(w.status), show(w.eipDeclared)], [false, 'running', false]);
    assert.equal(covered(SPEC, w.autoRenew?.at), 'web-1');
    assert.deepEqual([show(w.order?.amount), show(w.order?.currency)], [99, 'CNY']);
    assert.deepEqual(
      w.websites.map((s) => [s.domain.value, s.serviceNumber?.value, covered(SPEC, s.domain.at)]),
      [
        ['example.com', '1234567890', 'example.com'],
        ['example.org', undefined, 'example.org'],
      ],
    );
    assert.equal(covered(SPEC, w.websites[1].at), 'domain: example.org');
    const w2 = only(out, 'web-2');
    assert.deepEqual(
      [w2.product, show(w2.region), show(w2.chargeType), show(w2.status)],
      ['simple-application-server', 'cn-hongkong', 'pay-as-you-go', 'stopped'],
    );
    assert.equal(w2.period, undefined);
  });

  it('a *.icp.yaml file is a spec without kind; a subscription without period is 1 month', () => {
    const text = lines('instances:', '  a: { product: ecs, billing: subscription }');
    const a = only(parse('x.icp.yml', text));
    assert.equal(show(a.period), 1);
  });
});

describe('instance spec: schema problems at the field', () => {
  const text = lines(
    'kind: IcpInstanceSpec',
    'instances:',
    '  a:',
    '    product: ecx',
    '    period: three',
    '    billing: subscription',
    '    colour: blue',
    '    websites:',
    '      - domain: example.com',
    '        serviceNumber: 123',
    '  b:',
    '    region: cn-beijing',
  );
  const out = parse('p.icp.yaml', text);
  const problems = out.problems.map((p) => [range(text, p.at), covered(text, p.at), p.message.en]);

  it('names the allowed values, en + zh-cn', () => {
    assert.deepEqual(problems, [
      [
        '4:14-4:17',
        'ecx',
        'product must be one of: ecs | simple-application-server | web-hosting | elastic-web-hosting | ens | nat-gateway | ipv6-translation | marketplace-site | iot-package.',
      ],
      ['5:13-5:18', 'three', 'period must be a whole number.'],
      ['10:24-10:27', '123', 'websites[0].serviceNumber must be a string.'],
      [
        '7:5-7:11',
        'colour',
        'Unknown key colour; allowed keys: product, region, zone, billing, period, periodUnit, autoRenew, expiresOn, status, publicBandwidthMbps, eip, order, websites.',
      ],
      [
        '11:3-11:4',
        'b',
        'product is required; one of: ecs | simple-application-server | web-hosting | elastic-web-hosting | ens | nat-gateway | ipv6-translation | marketplace-site | iot-package.',
      ],
    ]);
    assert.match(out.problems[0].message['zh-cn'], /product 必须是以下之一：ecs/);
  });

  it('an impossible expiresOn (2026-02-29) is an invalid date at the value, never a date to compare', () => {
    const t = lines(
      'kind: IcpInstanceSpec',
      'instances:',
      '  a:',
      '    product: ecs',
      '    region: cn-hangzhou',
      '    expiresOn: 2026-02-29',
    );
    const o = parse('p.icp.yaml', t);
    assert.deepEqual(
      o.problems.map((p) => [range(t, p.at), covered(t, p.at), p.message.en]),
      [
        [
          '6:16-6:26',
          '2026-02-29',
          'expiresOn is 2026-02-29, an invalid date: that day does not exist in the calendar.',
        ],
      ],
    );
    assert.match(o.problems[0].message['zh-cn'], /无效日期/);
    assert.equal(only(o).expiresOn, undefined);
  });

  it('entries with an invalid product yield no instance; others keep their valid fields', () => {
    assert.deepEqual(out.instances, []);
    const t = lines('instances:', '  a:', '    product: ecs', '    period: -1', '    billing: spot');
    const o = parse('p.icp.yaml', t);
    assert.equal(o.problems.length, 1);
    const a = only(o);
    assert.equal(a.period, undefined);
    assert.equal(show(a.chargeType), 'spot');
  });
});

describe('instance spec: setters', () => {
  const text = lines(
    'kind: IcpInstanceSpec',
    'instances:',
    '  a:',
    '    product: ecs',
    '    zone: ap-southeast-1a',
    '    billing: spot',
    '    period: 1',
    '    periodUnit: week',
    '    status: stopped',
    '  b: { product: ecs }',
  );
  const a = (t: string) => only(parse('p.icp.yaml', t), 'a');
  const b = (t: string) => only(parse('p.icp.yaml', t), 'b');

  it('each setter writes the spec spelling and re-parses cleanly', () => {
    const region = fixAndReparse('p.icp.yaml', text, a(text).setters.region?.('cn-hangzhou'));
    assert.match(region.text, /^ {4}region: cn-hangzhou$/m);
    assert.doesNotMatch(region.text, /zone:/);
    assert.equal(show(only(region.out, 'a').region), 'cn-hangzhou');
    assert.equal(
      show(
        only(fixAndReparse('p.icp.yaml', text, a(text).setters.chargeType?.('subscription')).out, 'a')
          .chargeType,
      ),
      'subscription',
    );
    assert.equal(
      show(only(fixAndReparse('p.icp.yaml', text, a(text).setters.noSpot?.()).out, 'a').chargeType),
      'subscription',
    );
    const period = only(fixAndReparse('p.icp.yaml', text, a(text).setters.periodMonths?.(3)).out, 'a');
    assert.deepEqual([show(period.period), show(period.periodUnit)], [3, 'month']);
    assert.equal(
      show(only(fixAndReparse('p.icp.yaml', text, a(text).setters.status?.('running')).out, 'a').status),
      'running',
    );
    const bw = fixAndReparse('p.icp.yaml', text, a(text).setters.publicBandwidth?.(5));
    assert.match(bw.text, /status: stopped\n {4}publicBandwidthMbps: 5\n {2}b:/);
    const renew = fixAndReparse('p.icp.yaml', text, b(text).setters.autoRenew?.(true));
    assert.match(renew.text, /b: \{ product: ecs, autoRenew: true \}/);
    assert.equal(show(b(renew.text).autoRenew), true);
  });
});
