import type { DocExample } from './rule';

/**
 * Builders for the documentation examples: one realistic instance per format that passes every
 * rule, and per rule the settings changed to make it fail. Keeping one base means every failing
 * example fails only the rule it documents.
 */

/** An attribute to set (its value as written) or `null` to leave it out. */
export type Overrides = Readonly<Record<string, string | null>>;

function merge(base: ReadonlyArray<readonly [string, string]>, overrides: Overrides): [string, string][] {
  const out: [string, string][] = base
    .filter(([k]) => overrides[k] !== null)
    .map(([k, v]) => [k, overrides[k] ?? v]);
  for (const [k, v] of Object.entries(overrides))
    if (v !== null && !base.some(([b]) => b === k)) out.push([k, v]);
  return out;
}

const TF_INSTANCE: ReadonlyArray<readonly [string, string]> = [
  ['instance_type', '"ecs.g7.large"'],
  ['image_id', '"aliyun_3_x64_20G_alibase_20240819.vhd"'],
  ['availability_zone', '"cn-hangzhou-h"'],
  ['instance_charge_type', '"PrePaid"'],
  ['period', '12'],
  ['renewal_status', '"AutoRenewal"'],
  ['internet_max_bandwidth_out', '5'],
];

/** A `main.tf` with a provider block and one `alicloud_instance.web`. */
export function terraform(
  overrides: Overrides = {},
  options: { region?: string | null; extra?: string } = {},
): DocExample {
  const region = options.region === undefined ? 'cn-hangzhou' : options.region;
  const attrs = merge(
    TF_INSTANCE,
    region === 'cn-hangzhou' || overrides.availability_zone !== undefined
      ? overrides
      : { availability_zone: null, ...overrides },
  );
  const width = Math.max(...attrs.map(([k]) => k.length));
  const body = attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join('\n');
  const provider = region === null ? '' : `provider "alicloud" {\n  region = "${region}"\n}\n\n`;
  const extra = options.extra ? `\n${options.extra}` : '';
  return {
    format: 'terraform',
    file: 'main.tf',
    code: `${provider}resource "alicloud_instance" "web" {\n${body}\n}\n${extra}`,
  };
}

const ROS_PROPERTIES: ReadonlyArray<readonly [string, string]> = [
  ['ZoneId', 'cn-hangzhou-h'],
  ['InstanceType', 'ecs.g7.large'],
  ['ImageId', 'aliyun_3_x64_20G_alibase_20240819.vhd'],
  ['InstanceChargeType', 'PrePaid'],
  ['Period', '12'],
  ['PeriodUnit', 'Month'],
  ['AutoRenew', "'True'"],
  ['InternetMaxBandwidthOut', '5'],
];

/** A ROS YAML template with one `ALIYUN::ECS::Instance` named `Web`. */
export function rosYaml(overrides: Overrides = {}, options: { header?: string } = {}): DocExample {
  const props = merge(ROS_PROPERTIES, overrides)
    .map(([k, v]) => `      ${k}:${v.startsWith('\n') ? '' : ' '}${v}`)
    .join('\n');
  const header = options.header ? `${options.header}\n` : '';
  return {
    format: 'ros',
    file: 'template.ros.yaml',
    code: `${header}ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Web:\n    Type: ALIYUN::ECS::Instance\n    Properties:\n${props}\n`,
  };
}

/** The same template in JSON; values are JSON literals (`"PrePaid"`, `12`). */
export function rosJson(overrides: Overrides = {}): DocExample {
  const base = ROS_PROPERTIES.map(([k, v]) => [k, toJson(v)] as const);
  const props = merge(base, overrides)
    .map(([k, v]) => `        "${k}": ${v}`)
    .join(',\n');
  return {
    format: 'ros',
    file: 'template.ros.json',
    code: `{\n  "ROSTemplateFormatVersion": "2015-09-01",\n  "Resources": {\n    "Web": {\n      "Type": "ALIYUN::ECS::Instance",\n      "Properties": {\n${props}\n      }\n    }\n  }\n}\n`,
  };
}

function toJson(yamlScalar: string): string {
  if (/^\d+$/.test(yamlScalar)) return yamlScalar;
  return JSON.stringify(yamlScalar.replace(/^'(.*)'$/, '$1'));
}

const SPEC_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['product', 'ecs'],
  ['region', 'cn-hangzhou'],
  ['billing', 'subscription'],
  ['period', '12'],
  ['autoRenew', 'true'],
  ['publicBandwidthMbps', '5'],
];

const SPEC_WEBSITES = '    websites:\n      - domain: example.com\n        serviceNumber: "1234567890"';

/**
 * A `plan.icp.yaml` with one instance `web-1`; `websites` (the list's lines, indented under the
 * instance) replaces the default single website; `more` appends whole instances.
 */
export function spec(
  overrides: Overrides = {},
  options: { websites?: string; more?: string } = {},
): DocExample {
  const fields = merge(SPEC_FIELDS, overrides)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n');
  const websites = options.websites ?? SPEC_WEBSITES;
  const more = options.more ? `\n${options.more}` : '';
  return {
    format: 'spec',
    file: 'plan.icp.yaml',
    code: `kind: IcpInstanceSpec\ninstances:\n  web-1:\n${fields}\n${websites}\n${more}`,
  };
}
