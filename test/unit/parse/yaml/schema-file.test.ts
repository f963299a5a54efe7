import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { instanceSpecJsonSchema, instanceSpecJsonSchemaText } from '../../../../src/core/spec/json-schema';
import { repoFile } from './helpers';

describe('schemas/icp-instance-spec.schema.json', () => {
  it('is what scripts/gen-schema.ts generates from the zod schema (run it after changing src/core/spec)', () => {
    assert.equal(repoFile('schemas/icp-instance-spec.schema.json'), instanceSpecJsonSchemaText());
  });

  it('is a valid draft-07 schema that accepts the documented example and rejects an unknown product', () => {
    const validate = new Ajv({ strict: false }).compile(instanceSpecJsonSchema());
    const example = {
      kind: 'IcpInstanceSpec',
      instances: {
        'web-1': {
          product: 'ecs',
          region: 'cn-hangzhou',
          billing: 'subscription',
          period: 12,
          periodUnit: 'month',
          autoRenew: true,
          expiresOn: '2027-06-30',
          status: 'running',
          publicBandwidthMbps: 5,
          eip: false,
          order: { amount: 99, currency: 'CNY' },
          websites: [{ domain: 'example.com', serviceNumber: '1234567890' }],
        },
      },
    };
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
    assert.equal(validate({ instances: { a: { product: 'ecx' } } }), false);
  });

  it('describes its fields for the YAML extension', () => {
    const text = instanceSpecJsonSchemaText();
    assert.match(text, /"description": "Alibaba Cloud product of the instance\."/);
  });
});
