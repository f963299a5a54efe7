# A root module that creates its instances through modules, as most production Terraform does.
# module.web is a local module (followed by path); module.ecs comes from the registry and is
# followed through .terraform/modules/modules.json, which `terraform init` wrote.

provider "alicloud" {
  region = "cn-hangzhou"
}

# Passes: the call sets a subscription for 12 months and 5 Mbit/s.
module "web" {
  source = "./modules/web"

  name                       = "web"
  instance_charge_type       = "PrePaid"
  period                     = 12
  internet_max_bandwidth_out = 5
}

# ICP003 on the argument: the call asks for a 1-month subscription.
module "api" {
  source = "./modules/web"

  name                       = "api"
  instance_charge_type       = "PrePaid"
  period                     = 1
  internet_max_bandwidth_out = 5
}

# ICP002 on this header: the downloaded module's charge type defaults to PostPaid and the call
# leaves it out. The quick fix adds instance_charge_type = "PrePaid" and a 3-month period here.
module "ecs" {
  source  = "alibaba/ecs-instance/alicloud"
  version = "2.12.0"

  name                        = "shop"
  associate_public_ip_address = true
  internet_max_bandwidth_out  = 10
}

# ICP015: a registry module that `terraform init` has not downloaded, so its instances are not checked.
module "cache" {
  source  = "alibaba/redis/alicloud"
  version = "1.0.0"
}
