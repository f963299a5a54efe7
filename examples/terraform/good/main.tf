# A web server that qualifies for an ICP filing: every requirement is met, so icp-check reports nothing.
#   - region: cn-hangzhou, from the provider (set through var.region), confirmed by the vSwitch zone
#   - billing: PrePaid (subscription), 12 months from terraform.tfvars, renewed automatically
#   - public IP: 5 Mbit/s outbound bandwidth

provider "alicloud" {
  region = var.region
}

resource "alicloud_vpc" "main" {
  vpc_name   = "web-vpc"
  cidr_block = "172.16.0.0/16"
}

resource "alicloud_vswitch" "web" {
  vpc_id       = alicloud_vpc.main.id
  cidr_block   = "172.16.1.0/24"
  zone_id      = "cn-hangzhou-h"
  vswitch_name = "web-vsw"
}

resource "alicloud_security_group" "web" {
  security_group_name = "web-sg"
  vpc_id              = alicloud_vpc.main.id
}

resource "alicloud_instance" "web" {
  instance_name   = "web-1"
  instance_type   = "ecs.g7.large"
  image_id        = "aliyun_3_x64_20G_alibase_20240528.vhd"
  vswitch_id      = alicloud_vswitch.web.id
  security_groups = [alicloud_security_group.web.id]

  instance_charge_type       = "PrePaid"
  period                     = var.period
  period_unit                = "Month"
  renewal_status             = "AutoRenewal"
  auto_renew_period          = 1
  internet_max_bandwidth_out = 5
}
