import assert from 'node:assert/strict';
import { quotaExceeded } from '../../../src/core/rules/ICP007-quota-exceeded';
import { runRule } from '../helpers/run-rule';
import { specInstances } from './spec-fixture';

const sites = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}.example.com`);
const yaml = (entries: Array<[string, string, string[]]>) =>
  `kind: IcpInstanceSpec\ninstances:\n${entries.map(([key, product, domains]) => `  ${key}:\n    product: ${product}\n    websites:\n${domains.map((d) => `      - domain: ${d}\n`).join('')}`).join('')}`;

describe('ICP007 quota-exceeded', () => {
  it('spec: the sixth website of an ECS instance is reported on its list entry', () => {
    const domains = sites('s', 6);
    const { instances, texts } = specInstances(yaml([['web-1', 'ecs', domains]]), [
      { key: 'web-1', domains },
    ]);
    const run = runRule(quotaExceeded, instances, texts);
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP007',
        severity: 'error',
        messageId: 'perInstance',
        message:
          'web-1 lists 6 websites, but this product yields at most 5 service numbers (one website each): s6.example.com has none left.',
        range: '11:9-11:31',
        file: 'plan.icp.yaml',
        related: [],
      },
    ]);
    assert.deepEqual(run.findings[0].fixes, []);
  });

  it('NAT gateway yields 2, marketplace 1; an IoT package has no stated quota', () => {
    const nat = sites('n', 3);
    const mkt = sites('m', 2);
    const iot = sites('i', 9);
    const { instances, texts } = specInstances(
      yaml([
        ['nat', 'nat-gateway', nat],
        ['mkt', 'marketplace-site', mkt],
        ['iot', 'iot-package', iot],
      ]),
      [
        { key: 'nat', product: 'nat-gateway', domains: nat },
        { key: 'mkt', product: 'marketplace-site', domains: mkt },
        { key: 'iot', product: 'iot-package', domains: iot },
      ],
    );
    const run = runRule(quotaExceeded, instances, texts);
    assert.deepEqual(
      run.rendered.map((f) => f.message.split(':').pop()),
      [' n3.example.com has none left.', ' m2.example.com has none left.'],
    );
  });

  it('elastic web hosting counts 5 per account across every instance in the file', () => {
    const a = sites('a', 3);
    const b = sites('b', 3);
    const { instances, texts } = specInstances(
      yaml([
        ['ewh-a', 'elastic-web-hosting', a],
        ['ewh-b', 'elastic-web-hosting', b],
      ]),
      [
        { key: 'ewh-a', product: 'elastic-web-hosting', domains: a },
        { key: 'ewh-b', product: 'elastic-web-hosting', domains: b },
      ],
    );
    const run = runRule(quotaExceeded, instances, texts);
    assert.deepEqual(
      run.rendered.map((f) => [f.messageId, f.message]),
      [
        [
          'perAccount',
          'This file lists 6 websites on Elastic Web Hosting, which yields at most 5 service numbers per Alibaba Cloud account: b3.example.com has none left.',
        ],
      ],
    );
  });

  it('valid: exactly the quota', () => {
    const domains = sites('s', 5);
    const { instances, texts } = specInstances(yaml([['web-1', 'ecs', domains]]), [
      { key: 'web-1', domains },
    ]);
    assert.deepEqual(runRule(quotaExceeded, instances, texts).rendered, []);
  });
});
