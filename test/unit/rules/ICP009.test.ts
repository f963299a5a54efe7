import assert from 'node:assert/strict';
import { orderBelowMinimum } from '../../../src/core/rules/ICP009-order-below-minimum';
import type { Product } from '../../../src/core/model/instance';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { runRule } from '../helpers/run-rule';

function run(product: Product, amount: number, currency: 'CNY' | 'USD') {
  const text = `instances:\n  box:\n    product: ${product}\n    order: { amount: ${amount}, currency: ${currency} }\n`;
  const doc = new FixtureDoc('p.icp.yaml', text);
  const instance = makeInstance(doc, 'spec', {
    header: 'box:',
    name: 'box',
    product,
    order: {
      amount: doc.known(amount, String(amount), { after: 'amount:' }),
      currency: doc.known(currency, currency),
    },
  });
  return runRule(orderBelowMinimum, [instance], { 'p.icp.yaml': text }).rendered;
}

describe('ICP009 order-below-minimum', () => {
  it('an IoT package below RMB 90 is reported on the amount', () => {
    assert.deepEqual(run('iot-package', 60, 'CNY'), [
      {
        rule: 'ICP009',
        severity: 'error',
        messageId: 'belowMinimum',
        message: 'The order for box is 60 CNY, below the 90 CNY minimum for a service number.',
        range: '4:22-4:24',
        file: 'p.icp.yaml',
        related: [],
      },
    ]);
  });

  it('USD 14 for IoT packages, RMB 99 for marketplace sites', () => {
    assert.equal(run('iot-package', 13, 'USD').length, 1);
    assert.equal(run('marketplace-site', 98, 'CNY').length, 1);
  });

  it('valid: at the minimum, a currency with no stated minimum, other products', () => {
    assert.deepEqual(run('iot-package', 90, 'CNY'), []);
    assert.deepEqual(run('iot-package', 14, 'USD'), []);
    assert.deepEqual(run('marketplace-site', 99, 'CNY'), []);
    assert.deepEqual(run('marketplace-site', 5, 'USD'), []);
    assert.deepEqual(run('ecs', 1, 'CNY'), []);
  });
});
