# A local module: every value comes from the call (or a variable default), so findings are
# reported on the call that creates the instance, with related locations here.
resource "alicloud_instance" "this" {
  instance_name              = var.name
  instance_type              = "ecs.g7.large"
  image_id                   = "aliyun_3_x64_20G_alibase_20240819.vhd"
  instance_charge_type       = var.instance_charge_type
  period                     = var.period
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = var.internet_max_bandwidth_out
}
