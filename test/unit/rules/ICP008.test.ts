import assert from 'node:assert/strict';
import { serviceNumberReused } from '../../../src/core/rules/ICP008-service-number-reused';
import { runRule } from '../helpers/run-rule';
import { specInstances } from './spec-fixture';

const TEXT = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    websites:
      - domain: a.example.com
        serviceNumber: "1111"
      - domain: b.example.com
        serviceNumber: "2222"
  web-2:
    product: ecs
    websites:
      - domain: c.example.com
        serviceNumber: "1111"
      - domain: d.example.com
        serviceNumber: "1111"
`;

describe('ICP008 service-number-reused', () => {
  it('every later use is reported on its number, with the other uses as related locations', () => {
    const { instances, texts } = specInstances(TEXT, [
      { key: 'web-1', domains: ['a.example.com', 'b.example.com'] },
      { key: 'web-2', domains: ['c.example.com', 'd.example.com'] },
    ]);
    const run = runRule(serviceNumberReused, instances, texts);
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP008',
        severity: 'error',
        messageId: 'reused',
        message:
          'Service number 1111 is already used for a.example.com; a service number serves one website only and can never be reused.',
        range: '14:24-14:30',
        file: 'plan.icp.yaml',
        related: [
          { file: 'plan.icp.yaml', range: '7:24-7:30', message: 'also used for a.example.com' },
          { file: 'plan.icp.yaml', range: '16:24-16:30', message: 'also used for d.example.com' },
        ],
      },
      {
        rule: 'ICP008',
        severity: 'error',
        messageId: 'reused',
        message:
          'Service number 1111 is already used for a.example.com; a service number serves one website only and can never be reused.',
        range: '16:24-16:30',
        file: 'plan.icp.yaml',
        related: [
          { file: 'plan.icp.yaml', range: '7:24-7:30', message: 'also used for a.example.com' },
          { file: 'plan.icp.yaml', range: '14:24-14:30', message: 'also used for c.example.com' },
        ],
      },
    ]);
  });

  it('valid: distinct numbers and websites without a number', () => {
    const text = TEXT.replace(/"1111"(\n {6}- domain: d)/, '"3333"$1').replace(
      'domain: d.example.com\n        serviceNumber: "1111"',
      'domain: d.example.com',
    );
    const { instances, texts } = specInstances(text, [
      { key: 'web-1', domains: ['a.example.com', 'b.example.com'] },
      { key: 'web-2', domains: ['c.example.com', 'd.example.com'] },
    ]);
    assert.equal(instances[1].websites[1].serviceNumber, undefined);
    assert.equal(instances[1].websites[0].serviceNumber?.value, '3333');
    assert.deepEqual(runRule(serviceNumberReused, instances, texts).rendered, []);
  });
});
