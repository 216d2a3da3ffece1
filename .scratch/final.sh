#!/bin/bash
cd /work/wt/d14
uptime
for recs in 0 /tmp/d14-seed-100k.json; do
  for cfg in config /tmp/d14-largecfg; do
    for root in /tmp/d14-base .; do
      if [ "$root" = "." ]; then flags="--max-semi-space-size=4"; else flags=""; fi
      C=$cfg; [ "$cfg" = config ] && C=$root/config
      echo -n "cfg=$cfg "; CFG=$C RUNS=3 node .scratch/prod.mjs $root $recs $flags
    done
  done
done
uptime
