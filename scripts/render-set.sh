#!/bin/bash
# Renders 42 screens and reports of the 10k demo (and the built-in demo) into OUTDIR, so
# that two builds can be compared byte for byte after a change that must not change output:
#
#   scripts/render-set.sh KAM OUTDIR     # then: diff -r OUTDIR-before OUTDIR-after
set -u
K=$1; O=$2; mkdir -p "$O"
F=${KAM_BENCH_CACHE:-/tmp/kam-bench}/demo-10000.json; T="--today 2026-10-01"
[ -f "$F" ] || "$K" demo --accounts 10000 -o "$F" >/dev/null
for s in accounts scorecard pareto matrix pipeline; do for sz in 80x24 120x40 200x60; do
  $K render $s $F --size $sz $T > $O/$s-$sz.txt 2>&1; done; done
for a in ACC-00001 ACC-00002 ACC-00777 ACC-09999; do for sz in 80x24 120x40; do
  $K render account $F --account $a --size $sz $T > $O/account-$a-$sz.txt 2>&1
  $K render account $F --account $a --size $sz $T --keys '<Tab><Tab>' > $O/account-tab-$a-$sz.txt 2>&1; done; done
$K render pipeline $F --size 120x40 $T --keys '<Tab>jj' > $O/pipeline-tab.txt 2>&1
$K render scorecard $F --scope segment:Enterprise --size 120x40 $T > $O/sc-seg.txt 2>&1
$K render scorecard $F --scope account:ACC-00042 --size 120x40 $T > $O/sc-acc.txt 2>&1
$K render --demo accounts --size 120x40 > $O/demo-accounts.txt 2>&1
$K render --demo account --account $( $K report accounts --demo 2>/dev/null | sed -n 3p | awk '{print $1}') --size 120x40 > $O/demo-account.txt 2>&1
for r in accounts scorecard pareto; do $K report $r $F $T > $O/report-$r.txt 2>&1; $K report $r --demo > $O/report-demo-$r.txt 2>&1; done
