variable "number_of_instances" {
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
