variable "name" {
  type = string
}

variable "instance_charge_type" {
  type    = string
  default = "PostPaid"
}

variable "period" {
  type    = number
  default = 1
}

variable "internet_max_bandwidth_out" {
  type    = number
  default = 0
}
