#!/bin/sh
# stad tune on a kernel with !$AD LINEAR-SOLVE calls: the profile of its adjoint reads without
# error (a LINEAR-SOLVE site's events come in the order of a checkpointed site's), the tuned
# configuration keeps the gradient, and the table has no entry for a LINEAR-SOLVE site (not a
# toggle tune may flip). Also run on a site forced off because its snapshot would need an
# assumed-size array (assumed_size_work.f): fixed in its off state, the same checks.
# usage: run_linsolve.sh STAD KERNEL.f90 HEAD SITE
set -u
STAD=$1
SRC=$2
HEAD=$3
SITE=$4
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-tune-ls.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { cat "$tmp/out"; echo "FAIL: $*"; exit 1; }
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --random 0 -o "$tmp/t" >"$tmp/out" 2>&1 || fail "tune failed"
! grep -q 'error' "$tmp/out" || fail "tune reported an error"
grep -q '"gradient_check": "ok"' "$tmp/t/report.json" || fail "gradient of the tuned configuration not checked ok"
! grep -q "^$SITE " "$tmp/t/table" || fail "the table has an entry for the LINEAR-SOLVE site $SITE"
cat "$tmp/out"
echo "PASS"
