# A trimmed stand-in for the downloaded ECS module, laid out like the official one: the charge
# type, the period and the bandwidth come from variables whose defaults are pay-as-you-go,
# 1 month and 0 Mbit/s.
resource "alicloud_instance" "this" {
  count                      = var.number_of_instances
  instance_name              = var.name
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240819.vhd"
  internet_max_bandwidth_out = var.associate_public_ip_address ? var.internet_max_bandwidth_out : 0
  instance_charge_type       = var.instance_charge_type
  period                     = var.period
  renewal_status             = "AutoRenewal"
}
