/**
 * In-memory Terraform that calls modules, modelled on the layout of the official Alibaba Cloud ECS
 * module (`examples/basic` calls `../..`; the module's charge type defaults to PostPaid, its period
 * to 1 month, its bandwidth to 0 unless a public IP is asked for). Written for these tests.
 */

/** The module: `ecs/main.tf` and `ecs/variables.tf`. */
export const ECS_MAIN = `resource "alicloud_instance" "this" {
  count                      = var.number_of_instances
  instance_name              = var.name
  internet_max_bandwidth_out = var.associate_public_ip_address ? var.internet_max_bandwidth_out : 0
  instance_charge_type       = var.instance_charge_type
  period                     = var.period
  renewal_status             = var.renewal_status
}
`;

export const ECS_VARIABLES = `variable "number_of_instances" {
  type    = number
  default = 1
}

variable "name" {
  type    = string
  default = "TF-ECS-Instance"
}

variable "associate_public_ip_address" {
  type    = bool
  default = false
}

variable "internet_max_bandwidth_out" {
  type    = number
  default = 0
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "period" {
  type    = number
  default = 1
}

variable "renewal_status" {
  type    = string
  default = "AutoRenewal"
}
`;

/** `ecs/examples/basic/main.tf`: the module's own example, with no charge type. */
export const BASIC = `provider "alicloud" {
  region = "cn-hangzhou"
}

module "ecs" {
  source = "../.."

  number_of_instances         = 1
  name                        = "example-normal"
  associate_public_ip_address = true
  internet_max_bandwidth_out  = 10
}
`;

export const ECS = { 'ecs/main.tf': ECS_MAIN, 'ecs/variables.tf': ECS_VARIABLES };

/** A small local module whose every ICP setting is a variable with a passing default. */
export const WEB_MAIN = `resource "alicloud_instance" "this" {
  instance_charge_type       = var.charge
  period                     = var.period
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = var.bandwidth
}
`;

export const WEB_VARIABLES = `variable "charge" {
  default = "PrePaid"
}

variable "period" {
  default = 12
}

variable "bandwidth" {
  default = 5
}
`;

export const WEB = { 'modules/web/main.tf': WEB_MAIN, 'modules/web/variables.tf': WEB_VARIABLES };

/** A root in `live/` calling `../modules/web` with the given body lines. */
export function callWeb(body = '', name = 'web', extra = ''): string {
  return `provider "alicloud" {
  region = "cn-hangzhou"
}
${extra}
module "${name}" {
  source = "../modules/web"
${body}}
`;
}
