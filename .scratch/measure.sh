#!/bin/bash
cd /work/wt/d14
uptime
for recs in 0 /tmp/d14-seed-100k.json; do
  for root in /tmp/d14-base .; do
    if [ "$root" = "." ]; then flags="--max-semi-space-size=4"; else flags=""; fi
    RUNS=3 node .scratch/prod.mjs $root $recs $flags
    CFG=/tmp/d14-largecfg RUNS=3 node .scratch/prod.mjs $root $recs $flags | sed 's/^{/{"cfg":"1000 people",/'
  done
done
RUNS=3 node .scratch/prod.mjs . 0
uptime
