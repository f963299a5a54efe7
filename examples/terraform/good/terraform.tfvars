# Buy a year up front: still at least 3 months, and the tfvars value wins over the default.
period = 12
