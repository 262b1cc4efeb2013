# probe/: the enforcement probe (cases per operation, expectations, runner). Listed here so work on the probe
# never touches another area's list.
