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
    const nat = sites('n', 4);
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
      run.rendered.map((f) => [f.message.split(': ').pop(), f.related.map((r) => r.message)]),
      [
        ['2 websites have none left, from n3.example.com on.', ['also over the quota: n4.example.com']],
        ['m2.example.com has none left.', []],
      ],
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

  it('spec: many websites over the quota are one finding, at the first, listing the rest up to 10 places and counting the others', () => {
    const domains = sites('s', 17);
    const { instances, texts } = specInstances(yaml([['web-1', 'ecs', domains]]), [
      { key: 'web-1', domains },
    ]);
    const run = runRule(quotaExceeded, instances, texts);
    const line = (n: number) => `${n + 5}:9-${n + 5}:${n < 10 ? 31 : 32}`;
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP007',
        severity: 'error',
        messageId: 'perInstanceMany',
        message:
          'web-1 lists 17 websites, but this product yields at most 5 service numbers (one website each): 12 websites have none left, from s6.example.com on.',
        range: line(6),
        file: 'plan.icp.yaml',
        related: [
          ...[7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => ({
            file: 'plan.icp.yaml',
            range: line(n),
            message: `also over the quota: s${n}.example.com`,
          })),
          { file: 'plan.icp.yaml', range: line(16), message: 'and 2 more websites over the quota' },
        ],
      },
    ]);
    assert.equal(
      run.findings[0].message['zh-cn'],
      'web-1 列出了 17 个网站，但该产品最多提供 5 个备案服务号（每个网站一个）：从 s6.example.com 起的 12 个网站已没有可用的备案服务号。',
    );
    assert.deepEqual(
      run.findings[0].related.slice(-2).map((r) => r.message['zh-cn']),
      ['同样超出配额：s15.example.com', '以及另外 2 个超出配额的网站'],
    );
  });

  it('spec: up to 11 websites over the quota are all listed', () => {
    const domains = sites('s', 16);
    const { instances, texts } = specInstances(yaml([['web-1', 'ecs', domains]]), [
      { key: 'web-1', domains },
    ]);
    const [finding] = runRule(quotaExceeded, instances, texts).rendered;
    assert.deepEqual(
      finding.related.map((r) => r.message),
      [7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => `also over the quota: s${n}.example.com`),
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
