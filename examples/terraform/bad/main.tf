# Instances that cannot get an ICP service number, one mistake each (see the comment on each).
# `icp-check --fix examples/terraform/bad` repairs what can be repaired in place.

provider "alicloud" {
  region = "cn-shanghai"
}

# Hong Kong is not mainland China: instances that pick this provider cannot be filed (ICP001).
provider "alicloud" {
  alias  = "hk"
  region = "cn-hongkong"
}

resource "alicloud_security_group" "web" {
  security_group_name = "web-sg"
}

# ICP002: no instance_charge_type, so the API default applies: pay-as-you-go.
resource "alicloud_instance" "payg" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  internet_max_bandwidth_out = 10
}

# ICP001: everything else is right, but the aliased provider puts it in Hong Kong.
resource "alicloud_instance" "hongkong" {
  provider                   = alicloud.hk
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}

# ICP003: a one-month subscription; the filing needs at least 3 months.
resource "alicloud_instance" "one_month" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  instance_charge_type       = "PrePaid"
  period                     = 1
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}

# ICP004: no outbound bandwidth and no Elastic IP, so no public IP.
resource "alicloud_instance" "no_public_ip" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 0
}

# ICP003: the period comes from var.period; its default (12) is fine, but terraform.tfvars sets 2.
# The finding stays here and its related locations lead to variables.tf and terraform.tfvars.
resource "alicloud_instance" "from_tfvars" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  instance_charge_type       = "PrePaid"
  period                     = var.period
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}

# ICP002: a spot (preemptible) instance is a kind of pay-as-you-go.
resource "alicloud_instance" "spot" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  instance_charge_type       = "PostPaid"
  spot_strategy              = "SpotAsPriceGo"
  internet_max_bandwidth_out = 5
}

# ICP005 (warning): NotRenewal lets the subscription run out, and an expired instance cannot be filed.
resource "alicloud_instance" "not_renewed" {
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "NotRenewal"
  internet_max_bandwidth_out = 5
}

# A load-test bench that will never carry a filed website: its ICP002 is suppressed, with a reason
# and an expiry date, and counted under "suppressions" in every report.
# icp-ignore: ICP002 reason="load-test bench, never carries a filed website" expires=2027-06-30
resource "alicloud_instance" "bench" {
  instance_type              = "ecs.c7.xlarge"
  image_id                   = "aliyun_3_x64_20G_alibase_20240528.vhd"
  security_groups            = [alicloud_security_group.web.id]
  internet_max_bandwidth_out = 1
}
