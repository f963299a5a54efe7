variable "period" {
  description = "Subscription length in months."
  type        = number
  default     = 12
}
