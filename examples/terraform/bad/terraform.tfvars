# Overrides the default of 12 in variables.tf: two months is too short for an ICP filing (ICP003).
period = 2
