#!/bin/sh
# stad tune with a BINOMIAL-CKP loop: the snapshot count is a knob next to the call-site
# toggles. The loop must raise it from 2, every predicted peak (tape + revolve snapshots) must
# equal the measured one, the gradient must stay the default's, and the table must be valid
# (time decides what is kept, so only what does not depend on it is asserted).
# usage: run_knob.sh STAD KERNEL.f90
set -u
STAD=$1
SRC=$2
HEAD="model(cost)/(u0 k)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-knob.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { cat "$tmp/out" 2>/dev/null; echo "FAIL: $*"; exit 1; }
"$STAD" tune "$SRC" --head "$HEAD" --set n=200 --set nt=400 --repeat 3 -o "$tmp/t" > "$tmp/out" 2>&1 || { cat "$tmp/out"; fail "tune failed"; }
cat "$tmp/out"
grep -q '"change": "[^"]*model:binomial#1 snapshots [0-9]*' "$tmp/t/report.json" || fail "no snapshot-count change was tried"
grep -q '"gradient_check": "ok"' "$tmp/t/report.json" || fail "gradient not checked ok"
bad=$(grep '"change"' "$tmp/t/report.json" | awk -F'"peak_bytes": ' '{ split($2, a, "}"); split($3, b, "}"); if (a[1] != b[1]) print }')
[ -z "$bad" ] || { echo "$bad"; fail "a predicted peak differs from the measured one"; }
# whether a change is kept depends on measured times; when the best configuration has another
# snapshot count, the table must say so
if grep -q '"best": {"config": "[01]*|' "$tmp/t/report.json"; then
	grep -q 'binomial#1: [0-9]* snapshots (tuned' "$tmp/t/table" || fail "the table does not report the tuned snapshot count"
fi
"$STAD" diff "$SRC" --head "$HEAD" --table "$tmp/t/table" -o "$tmp/x.c" || fail "the table is not valid input"
# stad profile on one of its profiles says that its peaks leave the loop's snapshots out (tune's
# peaks count them: the two used one word for two figures; s17 trial A)
prof=$(ls "$tmp/t/profiles/"*.prof 2>/dev/null | head -n 1)
[ -n "$prof" ] || fail "no profile kept"
"$STAD" profile "$prof" --budget 1MiB > "$tmp/prof.out" 2>&1 || fail "stad profile failed"
grep -q "snapshots of the 1 BINOMIAL-CKP loop come on top" "$tmp/prof.out" || { cat "$tmp/prof.out"; fail "stad profile does not say its peaks leave the snapshots out"; }
echo "PASS tune with a binomial knob"
