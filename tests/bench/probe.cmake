# Probe throughput benchmark (the probe area).
