import { MAINLAND_ZONE_PATTERN } from './mainland-zones';

/**
 * The ICP rules for ROS written as a JSON Schema, as far as a schema can say them: what a team
 * would validate against if it used yaml-language-server instead of icp-check. A schema cannot
 * follow `Ref`s to parameter defaults or see EIP associations, so a reference is accepted as is.
 */
const reference = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' };
const refObject = {
  type: 'object',
  properties: { Ref: { type: 'string' } },
  required: ['Ref'],
  additionalProperties: false,
};
const orReference = (schema: object) => ({ anyOf: [schema, refObject] });

const ecsProperties = {
  type: 'object',
  properties: {
    // ICP001: a zone in mainland China (or a parameter holding one)
    ZoneId: orReference({ anyOf: [{ type: 'string', pattern: MAINLAND_ZONE_PATTERN }, reference] }),
    // ICP002: subscription, case-insensitive as in the wild; no spot strategy
    InstanceChargeType: orReference({
      type: 'string',
      pattern: '^([Pp][Rr][Ee][Pp][Aa][Ii][Dd]|[A-Z][A-Za-z0-9]*ChargeType)$',
    }),
    SpotStrategy: { const: 'NoSpot' },
    // ICP003: at least 3 months, never weeks
    Period: orReference({ anyOf: [{ type: 'integer', minimum: 3 }, reference] }),
    PeriodUnit: { enum: ['Month', 'Year'] },
    // ICP004: outbound bandwidth above 0, public IP allocated
    InternetMaxBandwidthOut: orReference({ anyOf: [{ type: 'number', exclusiveMinimum: 0 }, reference] }),
    AllocatePublicIP: { not: { enum: [false, 'false', 'False'] } },
    // ICP010: auto-renewal
    AutoRenew: { enum: [true, 'true', 'True'] },
  },
  required: ['InstanceChargeType', 'InternetMaxBandwidthOut'],
};

const ecsTypes = [
  'ALIYUN::ECS::Instance',
  'ALIYUN::ECS::InstanceGroup',
  'ALIYUN::ECS::PrepayInstance',
  'ALIYUN::ECS::InstanceClone',
  'ALIYUN::ECS::InstanceGroupClone',
];

export const ROS_ICP_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['ROSTemplateFormatVersion', 'Resources'],
  properties: {
    ROSTemplateFormatVersion: { const: '2015-09-01' },
    Description: { type: 'string' },
    Parameters: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { Type: { enum: ['String', 'Number', 'Boolean', 'Json', 'CommaDelimitedList'] } },
        required: ['Type'],
      },
    },
    Resources: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['Type'],
        properties: { Type: { type: 'string', pattern: '^ALIYUN::' } },
        if: { properties: { Type: { enum: ecsTypes } } },
        then: { properties: { Properties: ecsProperties }, required: ['Properties'] },
      },
    },
  },
};
