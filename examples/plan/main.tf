# The configuration that plan.json was made from (`terraform plan -out tfplan`, then
# `terraform show -json tfplan > plan.json`). Checked together, icp-check reports the plan's values
# here, at the source, and does not check this folder a second time; checked alone, plan.json
# reports at each resource's "address" in the plan.
#   - web:   qualifies (PrePaid, 12 months, 5 Mbit/s, region from var.region = cn-shanghai in the plan)
#   - batch: pay-as-you-go by omission, one instance per count index (ICP002 each)
#   - hk:    deployed through the aliased Hong Kong provider (ICP001)

variable "region" {
  type    = string
  default = "cn-hangzhou"
}

provider "alicloud" {
  region = var.region
}

provider "alicloud" {
  alias  = "hk"
  region = "cn-hongkong"
}

resource "alicloud_vswitch" "main" {
  vpc_id     = "vpc-uf6f7l4fg90oxyz1"
  cidr_block = "172.16.1.0/24"
  zone_id    = "cn-shanghai-b"
}

resource "alicloud_instance" "web" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  vswitch_id                 = alicloud_vswitch.main.id
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}

resource "alicloud_instance" "batch" {
  count                      = 2
  instance_type              = "ecs.c7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  vswitch_id                 = alicloud_vswitch.main.id
  internet_max_bandwidth_out = 1
}

resource "alicloud_instance" "hk" {
  provider                   = alicloud.hk
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  availability_zone          = "cn-hongkong-b"
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
