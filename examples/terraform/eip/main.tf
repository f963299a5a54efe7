# An ECS instance without outbound bandwidth of its own: its public IP is an Elastic IP bound through
# alicloud_eip_association. That passes ICP004; ICP013 (hint) reminds you to keep the EIP bound.

provider "alicloud" {
  region = "cn-beijing"
}

resource "alicloud_instance" "app" {
  instance_type        = "ecs.g7.large"
  image_id             = "aliyun_3_x64_20G_alibase_20240528.vhd"
  availability_zone    = "cn-beijing-h"
  instance_charge_type = "PrePaid"
  period               = 6
  renewal_status       = "AutoRenewal"
  # internet_max_bandwidth_out omitted: 0 Mbit/s, no public IP of its own
}

resource "alicloud_eip_address" "app" {
  address_name         = "app-eip"
  bandwidth            = "5"
  internet_charge_type = "PayByBandwidth"
}

resource "alicloud_eip_association" "app" {
  allocation_id = alicloud_eip_address.app.id
  instance_id   = alicloud_instance.app.id
}
