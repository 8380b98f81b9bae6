#!/bin/sh
# Snapshots of ALLOCATABLE arrays in the statistics and the predictions: with the call site off,
# the profile's prediction for switching it on (the FWD_BEGIN event carries the bytes the
# snapshot would take: an allocatable's values while it is allocated, then its bounds and
# status) must equal, to the byte, the snapshot bytes and the peak measured with the site on.
# With HEAD and SITE given, the same for that site of another kernel (tune/recursive_peak: a
# site inside a recursion, whose snapshots nest with the depth).
# usage: run_alloc_peak.sh STAD KERNEL.f90 [HEAD SITE]
set -u
STAD=$1
SRC=$2
HEAD=${3:-"cost(f)/(x)"}
SITE=${4:-"cost:work#1"}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-alloc-peak.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { cat "$tmp/out" 2>/dev/null; echo "FAIL: $*"; exit 1; }
field() { sed -n "s/.*\"$1\": \([0-9]*\).*/\1/p" | head -n 1; }

printf '# stad checkpoint table v1\n%s  off\n' "$SITE" > "$tmp/off.table"
printf '# stad checkpoint table v1\n%s  on\n' "$SITE" > "$tmp/on.table"
# the site off: its profile predicts the site on
"$STAD" tune "$SRC" --head "$HEAD" --set n=50 --repeat 1 --random 0 --table "$tmp/off.table" -o "$tmp/off" > "$tmp/out" 2>&1 ||
	fail "tune from the off table"
offprof=$(ls "$tmp/off/profiles/"*.prof 2>/dev/null | head -n 1) # named by the configuration
[ -s "$offprof" ] || fail "no profile of the off configuration"
"$STAD" profile "$offprof" --json > "$tmp/off.json" 2> "$tmp/out" || fail "stad profile (off)"
pred_peak=$(grep "\"site\": \"$SITE\"" "$tmp/off.json" | field peak_bytes)
pred_snap=$(grep "\"site\": \"$SITE\"" "$tmp/off.json" | field snapshot_bytes)
# the site on: measured
"$STAD" tune "$SRC" --head "$HEAD" --set n=50 --repeat 1 --random 0 --table "$tmp/on.table" -o "$tmp/on" > "$tmp/out" 2>&1 ||
	fail "tune from the on table"
onprof=$(ls "$tmp/on/profiles/"*.prof 2>/dev/null | head -n 1)
[ -s "$onprof" ] || fail "no profile of the on configuration"
meas_peak=$(grep '"baseline"' "$tmp/on/report.json" | field peak_bytes)
"$STAD" profile "$onprof" --json > "$tmp/on.json" 2> "$tmp/out" || fail "stad profile (on)"
meas_snap=$(grep "\"site\": \"$SITE\"" "$tmp/on.json" | field snapshot_bytes)
echo "site on: predicted peak $pred_peak B, snapshots $pred_snap B; measured peak $meas_peak B, snapshots $meas_snap B"
[ -n "$pred_peak" ] && [ -n "$meas_snap" ] && [ "$meas_snap" -gt 0 ] || fail "missing figures"
[ "$pred_snap" = "$meas_snap" ] || fail "predicted snapshot bytes $pred_snap, measured $meas_snap"
[ "$pred_peak" = "$meas_peak" ] || fail "predicted peak $pred_peak, measured $meas_peak"
echo "PASS snapshot bytes and peak of $SITE predicted exactly"
