import { Random } from './random';
import {
  ENVIRONMENTS,
  IMAGES,
  INSTANCE_TYPES,
  MAINLAND_REGIONS,
  MAINLAND_ZONES,
  OTHER_ZONES,
  TEAMS,
} from './vocabulary';

/** File name → text of one Terraform module folder. */
export type GeneratedFiles = Map<string, string>;

export interface TerraformShape {
  /** alicloud_instance resources (the bulk of the text). */
  readonly instances: number;
  readonly vswitches: number;
  /** Elastic IPs, each with an association to an instance. */
  readonly eips: number;
  /** How many files the instances are spread across. */
  readonly instanceFiles: number;
}

/**
 * A module the way teams write them: variables with validation, tfvars overriding some, locals
 * with shared tags, aliased providers, vswitches giving zones, EIPs bound to instances, and
 * instances whose settings are literals, variables, locals, conditionals or omitted.
 */
export function generateTerraformModule(rng: Random, shape: TerraformShape): GeneratedFiles {
  const files: GeneratedFiles = new Map();
  const teams = TEAMS.slice(0, Math.max(1, Math.min(TEAMS.length, Math.ceil(shape.instances / 20))));
  files.set('providers.tf', providers(rng));
  files.set('variables.tf', variables(rng, teams));
  files.set('terraform.tfvars', tfvars(rng, teams));
  files.set('locals.tf', locals(teams));
  files.set('network.tf', network(rng, shape.vswitches, teams));

  const names: string[] = [];
  const perFile = Math.ceil(shape.instances / shape.instanceFiles);
  for (let f = 0; f < shape.instanceFiles; f++) {
    const blocks: string[] = [];
    for (let i = f * perFile; i < Math.min(shape.instances, (f + 1) * perFile); i++) {
      const team = teams[i % teams.length];
      const env = ENVIRONMENTS[Math.floor(i / teams.length) % ENVIRONMENTS.length];
      const name = `${team}_${env}_${String(i).padStart(4, '0')}`;
      names.push(name);
      blocks.push(instance(rng, name, team, env, shape.vswitches));
    }
    files.set(
      shape.instanceFiles === 1 ? 'instances.tf' : `instances_${String(f).padStart(2, '0')}.tf`,
      blocks.join('\n'),
    );
  }
  files.set('eip.tf', eips(rng, shape.eips, names));
  files.set('outputs.tf', outputs(names.slice(0, Math.min(names.length, 50))));
  return files;
}

function providers(rng: Random): string {
  return `terraform {
  required_version = ">= 1.5.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.230"
    }
  }
}

provider "alicloud" {
  region = var.region
}

provider "alicloud" {
  alias  = "hk"
  region = "cn-hongkong"
}

provider "alicloud" {
  alias  = "backup"
  region = "${rng.pick(MAINLAND_REGIONS)}"
}

data "alicloud_zones" "default" {
  available_resource_creation = "VSwitch"
}
`;
}

function variables(rng: Random, teams: readonly string[]): string {
  const out: string[] = [
    `variable "region" {
  description = "Region every un-aliased resource is created in."
  type        = string
  default     = "${rng.pick(MAINLAND_REGIONS)}"
}
`,
    `variable "environment" {
  type    = string
  default = "prod"
}
`,
  ];
  for (const team of teams) {
    out.push(`variable "${team}_charge_type" {
  description = "Billing of the ${team} servers: PrePaid for anything that carries an ICP filing."
  type        = string
  default     = "${rng.chance(0.8) ? 'PrePaid' : 'PostPaid'}"

  validation {
    condition     = contains(["PrePaid", "PostPaid"], var.${team}_charge_type)
    error_message = "Must be PrePaid or PostPaid."
  }
}

variable "${team}_period" {
  description = "Subscription length of the ${team} servers, in months."
  type        = number
  default     = ${rng.pick([1, 3, 6, 12, 24])}
}

variable "${team}_bandwidth" {
  description = "Outbound public bandwidth of the ${team} servers, Mbit/s."
  type        = number
  default     = ${rng.pick([0, 5, 10, 20, 100])}
}

variable "${team}_instance_type" {
  type    = string
  default = "${rng.pick(INSTANCE_TYPES)}"
}
`);
  }
  return out.join('\n');
}

function tfvars(rng: Random, teams: readonly string[]): string {
  const lines = [`region      = "${rng.pick(MAINLAND_REGIONS)}"`, 'environment = "prod"', ''];
  for (const team of teams) {
    if (rng.chance(0.5)) lines.push(`${team}_period    = ${rng.pick([3, 6, 12, 36])}`);
    if (rng.chance(0.5)) lines.push(`${team}_bandwidth = ${rng.pick([5, 10, 50])}`);
    if (rng.chance(0.2)) lines.push(`${team}_charge_type = "PrePaid"`);
  }
  return lines.join('\n') + '\n';
}

function locals(teams: readonly string[]): string {
  const perTeam = teams
    .map(
      (t) =>
        `  ${t}_charge = var.environment == "prod" ? var.${t}_charge_type : "PostPaid"\n  ${t}_period = var.${t}_period`,
    )
    .join('\n');
  return `locals {
  common_tags = {
    ManagedBy  = "terraform"
    CostCenter = "cc-1024"
    Owner      = "platform-team@example.com"
  }
  default_period    = 12
  default_bandwidth = 10
  disk_category     = "cloud_essd"
${perTeam}
}
`;
}

function network(rng: Random, vswitches: number, teams: readonly string[]): string {
  const out: string[] = [];
  for (let v = 0; v < Math.max(1, Math.ceil(vswitches / 50)); v++) {
    out.push(`resource "alicloud_vpc" "vpc_${v}" {
  vpc_name   = "main-${v}"
  cidr_block = "10.${v}.0.0/16"
  tags       = local.common_tags
}
`);
  }
  for (let s = 0; s < vswitches; s++) {
    const zone = rng.chance(0.9) ? rng.pick(MAINLAND_ZONES) : rng.pick(OTHER_ZONES);
    const zoneExpr = rng.chance(0.03) ? 'data.alicloud_zones.default.zones[0].id' : `"${zone}"`;
    out.push(`resource "alicloud_vswitch" "vsw_${String(s).padStart(3, '0')}" {
  vswitch_name = "vsw-${s}"
  vpc_id       = alicloud_vpc.vpc_${Math.floor(s / 50)}.id
  cidr_block   = "10.${Math.floor(s / 50)}.${s % 50}.0/24"
  zone_id      = ${zoneExpr}
}
`);
  }
  for (const team of teams) {
    out.push(`resource "alicloud_security_group" "sg_${team}" {
  security_group_name = "${team}"
  vpc_id              = alicloud_vpc.vpc_0.id
  tags                = merge(local.common_tags, { Team = "${team}" })
}

resource "alicloud_security_group_rule" "${team}_https" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "443/443"
  security_group_id = alicloud_security_group.sg_${team}.id
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_security_group_rule" "${team}_ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  security_group_id = alicloud_security_group.sg_${team}.id
  cidr_ip           = "10.0.0.0/8"
}
`);
  }
  return out.join('\n');
}

function instance(rng: Random, name: string, team: string, env: string, vswitches: number): string {
  const lines: string[] = [];
  const attr = (key: string, value: string) => lines.push(`  ${key.padEnd(26)} = ${value}`);
  if (rng.chance(0.02))
    lines.push(`  # icp-ignore: ICP010 reason="renewed by the finance team" expires=2027-03-31`);
  attr('instance_name', `"${name.replace(/_/g, '-')}"`);
  attr('host_name', `"${name.replace(/_/g, '-')}"`);
  attr('instance_type', rng.chance(0.5) ? `var.${team}_instance_type` : `"${rng.pick(INSTANCE_TYPES)}"`);
  attr('image_id', `"${rng.pick(IMAGES)}"`);
  if (rng.chance(0.9))
    attr('vswitch_id', `alicloud_vswitch.vsw_${String(rng.int(0, vswitches - 1)).padStart(3, '0')}.id`);
  else attr('availability_zone', `"${rng.pick(MAINLAND_ZONES)}"`);
  if (rng.chance(0.04)) attr('provider', 'alicloud.hk');
  attr('security_groups', `[alicloud_security_group.sg_${team}.id]`);

  const charge = rng.next();
  if (charge < 0.45) attr('instance_charge_type', '"PrePaid"');
  else if (charge < 0.65) attr('instance_charge_type', `var.${team}_charge_type`);
  else if (charge < 0.8) attr('instance_charge_type', `local.${team}_charge`);
  else if (charge < 0.9) attr('instance_charge_type', '"PostPaid"');
  // else omitted: the API default, pay-as-you-go
  if (charge < 0.8) {
    const period = rng.next();
    if (period < 0.5) attr('period', String(rng.pick([1, 2, 3, 6, 12, 24])));
    else if (period < 0.7) attr('period', `var.${team}_period`);
    else if (period < 0.9) attr('period', 'local.default_period');
    attr('period_unit', rng.chance(0.95) ? '"Month"' : '"Week"');
    attr('renewal_status', `"${rng.pick(['AutoRenewal', 'Normal', 'NotRenewal'])}"`);
  }
  if (charge >= 0.8 && rng.chance(0.3)) attr('spot_strategy', '"SpotAsPriceGo"');

  const bandwidth = rng.next();
  if (bandwidth < 0.5) attr('internet_max_bandwidth_out', String(rng.pick([0, 1, 5, 10, 100])));
  else if (bandwidth < 0.75) attr('internet_max_bandwidth_out', `var.${team}_bandwidth`);
  else if (bandwidth < 0.85) attr('internet_max_bandwidth_out', 'local.default_bandwidth');
  if (bandwidth < 0.85) attr('internet_charge_type', '"PayByTraffic"');
  if (rng.chance(0.05)) attr('status', '"Stopped"');
  attr('system_disk_category', 'local.disk_category');
  attr('system_disk_size', String(rng.pick([40, 80, 100])));
  lines.push('');
  lines.push('  data_disks {');
  lines.push(`    category  = "cloud_essd"`);
  lines.push(`    size      = ${rng.pick([100, 200, 500])}`);
  lines.push('    encrypted = true');
  lines.push('  }');
  lines.push('');
  lines.push('  tags = merge(local.common_tags, {');
  lines.push(`    Team = "${team}"`);
  lines.push(`    Env  = "${env}"`);
  lines.push('  })');
  if (rng.chance(0.3)) {
    lines.push('');
    lines.push('  lifecycle {');
    lines.push('    ignore_changes = [image_id]');
    lines.push('  }');
  }
  return `resource "alicloud_instance" "${name}" {\n${lines.join('\n')}\n}\n`;
}

function eips(rng: Random, count: number, instances: readonly string[]): string {
  const out: string[] = [];
  for (let e = 0; e < count; e++) {
    const id = String(e).padStart(4, '0');
    out.push(`resource "alicloud_eip_address" "eip_${id}" {
  address_name         = "eip-${id}"
  bandwidth            = "${rng.pick([5, 10, 20])}"
  internet_charge_type = "PayByTraffic"
  payment_type         = "PayAsYouGo"
}

resource "alicloud_eip_association" "eip_${id}" {
  allocation_id = alicloud_eip_address.eip_${id}.id
  instance_id   = alicloud_instance.${rng.pick(instances)}.id
}
`);
  }
  return out.join('\n');
}

function outputs(names: readonly string[]): string {
  return names
    .map((n) => `output "${n}_private_ip" {\n  value = alicloud_instance.${n}.private_ip\n}\n`)
    .join('\n');
}

/** The same module as one `.tf` file (plus its tfvars), for the one-file edit loop and heap measures. */
export function concatenateModule(files: GeneratedFiles): GeneratedFiles {
  const tf = [...files]
    .filter(([name]) => name.endsWith('.tf'))
    .map(([, text]) => text)
    .join('\n');
  const single: GeneratedFiles = new Map([['main.tf', tf]]);
  const tfvarsText = files.get('terraform.tfvars');
  if (tfvarsText !== undefined) single.set('terraform.tfvars', tfvarsText);
  return single;
}
