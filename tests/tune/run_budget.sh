#!/bin/sh
# stad tune and its budget: a configuration predicted over the budget is never measured; a
# budget below every reachable peak is reported (exit status 1, the lowest peak found written as
# the table, report.json says "fits": false); the all-off budget form (0.5off, 1off) is relative
# to the all-off peak; the greedy strategy (gain-first) stays within the budget too; no
# iteration's change names a snapshot count unless its configuration sets one.
# usage: run_budget.sh STAD KERNEL.f90
set -u
STAD=$1
SRC=$2
HEAD="heavy(cost)/(x0)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-budget-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { cat "$tmp/out" 2>/dev/null; echo "FAIL: $*"; exit 1; }
num() { sed -n "s/.*\"$1\": \([0-9]*\).*/\1/p" "$2" | head -n 1; }

# every tuning measurement but the default's fits the budget (none predicted over it was run)
within() { # report.json budget
	awk -v b="$2" '/"kind": "tuning"/ { n++; p = $0; sub(/.*"peak_bytes": /, "", p); sub(/[^0-9].*/, "", p)
		if (n > 1 && p + 0 > b + 0) { print "measured over the budget: " $0; bad = 1 } } END { exit bad }' "$1"
}

# 1. below every reachable peak: 1000 bytes
if "$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --budget 1000 -o "$tmp/low" > "$tmp/out" 2>&1; then fail "a budget nothing fits was accepted"; fi
cat "$tmp/out"
grep -q "error: no configuration can fit the budget of 1000 B; the lowest peak found is" "$tmp/out" || fail "no-fit message"
grep -q '"fits": false' "$tmp/low/report.json" || fail "report.json: fits"
grep -q '"best": null' "$tmp/low/report.json" || fail "report.json: best"
grep -q '"lowest_measured": {"config": "11"' "$tmp/low/report.json" || fail "report.json: lowest measured"
head -2 "$tmp/low/table" | grep -q "no configuration fits the budget of 1000 B" || fail "the table does not say it is over the budget"
[ "$(grep -c '"kind": "tuning"' "$tmp/low/report.json")" = 1 ] || fail "measured a configuration predicted over the budget"
# 2. 1off: the all-off peak is the budget (predicted exactly), and every move fits it
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --budget 1off -o "$tmp/off" > "$tmp/out" 2>&1 || fail "tune --budget 1off"
cat "$tmp/out"
off=$(num all_off_peak_predicted "$tmp/off/report.json")
[ "$(num budget_bytes "$tmp/off/report.json")" = "$off" ] || fail "1off is not the all-off peak ($off)"
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --budget 0.5off -o "$tmp/half" > "$tmp/out" 2>&1 || fail "tune --budget 0.5off"
[ "$(num budget_bytes "$tmp/half/report.json")" = "$((off / 2))" ] || fail "0.5off is not half the all-off peak"
within "$tmp/half/report.json" "$((off / 2))" || fail "0.5off"
# 3. greedy within a budget between the default's peak and the all-off peak
b=$(( ( $(num peak_bytes "$tmp/off/report.json") + off ) / 2 ))
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --strategy gain-first --budget "$b" -o "$tmp/g" > "$tmp/out" 2>&1 || fail "tune --strategy gain-first"
cat "$tmp/out"
grep -q '"strategy": "gain-first"' "$tmp/g/report.json" || fail "strategy not recorded"
within "$tmp/g/report.json" "$b" || fail "gain-first measured over the budget"
bad=$(grep '"change"' "$tmp/g/report.json" "$tmp/off/report.json" "$tmp/half/report.json" | grep 'snapshots' | grep -v '"config": "[01]*|')
[ -z "$bad" ] || { echo "$bad"; fail "a change names a snapshot count its configuration does not set"; }
# predicted times are never negative
! grep -q '"time_s": -' "$tmp/g/report.json" "$tmp/off/report.json" || fail "a negative time"
echo "PASS tune budgets"
