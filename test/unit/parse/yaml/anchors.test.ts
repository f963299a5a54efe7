import assert from 'node:assert/strict';
import { fixAndReparse, lines, only, parse, show } from './helpers';

/**
 * A YAML anchor shared through aliases is one value in several places: a fix for one instance
 * must not rewrite it (that would change the others). An alias is replaced by a literal instead;
 * an anchor that an alias elsewhere uses is not edited at all.
 */
describe('YAML fixes never edit a shared anchor', () => {
  const ros = lines(
    "ROSTemplateFormatVersion: '2015-09-01'",
    'Resources:',
    '  A:',
    '    Type: ALIYUN::ECS::Instance',
    '    Properties:',
    '      ZoneId: cn-hangzhou-h',
    '      InstanceChargeType: PrePaid',
    '      Period: &p 1',
    '  B:',
    '    Type: ALIYUN::ECS::Instance',
    '    Properties:',
    '      ZoneId: cn-hangzhou-h',
    '      InstanceChargeType: PrePaid',
    '      Period: *p',
  );

  it('ROS: the alias is replaced by a literal; the anchor and its other uses stay', () => {
    const b = only(parse('t.ros.yaml', ros), 'B');
    const { text, out } = fixAndReparse('t.ros.yaml', ros, b.setters.periodMonths?.(3));
    assert.equal(text, ros.replace('Period: *p', 'Period: 3'));
    assert.deepEqual([show(only(out, 'A').period), show(only(out, 'B').period)], [1, 3]);
  });

  it('ROS: the anchor another alias uses gets no fix', () => {
    assert.equal(only(parse('t.ros.yaml', ros), 'A').setters.periodMonths?.(3), undefined);
    // Without the alias, it is an ordinary value.
    const alone = ros.replace('Period: *p', 'Period: 12');
    const { text } = fixAndReparse(
      't.ros.yaml',
      alone,
      only(parse('t.ros.yaml', alone), 'A').setters.periodMonths?.(3),
    );
    assert.equal(text, alone.replace('Period: &p 1', 'Period: &p 3'));
  });

  it('ROS: a parameter default behind an anchor used elsewhere gets no fix', () => {
    const t = lines(
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Parameters:',
      '  P:',
      '    Type: Number',
      '    Default: &months 1',
      'Resources:',
      '  A:',
      '    Type: ALIYUN::ECS::Instance',
      '    Properties:',
      '      ZoneId: cn-hangzhou-h',
      '      InstanceChargeType: PrePaid',
      '      Period: !Ref P',
      '      Description: *months',
    );
    assert.equal(only(parse('t.ros.yaml', t), 'A').setters.periodMonths?.(3), undefined);
  });

  it('instance spec: the same', () => {
    const spec = lines(
      'kind: IcpInstanceSpec',
      'instances:',
      '  a:',
      '    product: ecs',
      '    region: cn-hangzhou',
      '    billing: subscription',
      '    period: &p 1',
      '    publicBandwidthMbps: 5',
      '  b:',
      '    product: ecs',
      '    region: cn-hangzhou',
      '    billing: subscription',
      '    period: *p',
      '    publicBandwidthMbps: 5',
    );
    assert.equal(only(parse('plan.icp.yaml', spec), 'a').setters.periodMonths?.(3), undefined);
    const { text } = fixAndReparse(
      'plan.icp.yaml',
      spec,
      only(parse('plan.icp.yaml', spec), 'b').setters.periodMonths?.(3),
    );
    assert.equal(text, spec.replace('period: *p', 'period: 3'));
  });
});
