variable "region" {
  description = "Region of the web stack; must be in mainland China for an ICP filing."
  type        = string
  default     = "cn-hangzhou"
}

variable "period" {
  description = "Subscription length in months (an ICP filing needs at least 3)."
  type        = number
  default     = 3
}
