#!/bin/sh
# run_check_nan.sh STAD DIR — stad check's verdicts around NaN (s19 trial D F4, s18 trial A F11):
#   1. outputs NaN at the drawn inputs (nan_output.f90): each pair 'not checked', no 'all
#      derivatives agree', exit 1 (was MISMATCH, a disagreement of tangent and adjoint);
#   2. a NaN adjoint where the tangent is finite (discarded_nan.f): MISMATCH with a warning that
#      names --nan-safe; with --nan-safe, all derivatives agree;
#   3. inputs far below 1 (tiny_inputs.f90 at 1e-160): the differences step in proportion, and
#      the derivatives agree.
set -u
STAD=$1
DIR=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-check-nan.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { cat "$tmp/out"; echo "FAIL: $*"; exit 1; }
"$STAD" check "$DIR/nan_output.f90" --head 'nanf(f)/(x)' > "$tmp/out" 2>&1
[ $? = 1 ] || fail "NaN outputs: exit status not 1"
grep -q 'not checked (NaN or infinite outputs)$' "$tmp/out" || fail "NaN outputs: no 'not checked' verdict"
grep -q 'MISMATCH\|all derivatives agree' "$tmp/out" && fail "NaN outputs: MISMATCH or 'all derivatives agree'"
"$STAD" check "$DIR/discarded_nan.f" --head 'disc(f)/(x)' > "$tmp/out" 2>&1
[ $? = 1 ] || fail "NaN adjoint: exit status not 1"
grep -q '^warning: 1 adjoint is NaN where the tangent is finite: .*--nan-safe' "$tmp/out" || fail "NaN adjoint: no --nan-safe hint"
"$STAD" check "$DIR/discarded_nan.f" --head 'disc(f)/(x)' --nan-safe > "$tmp/out" 2>&1 || fail "--nan-safe: the check failed"
grep -q '^all derivatives agree' "$tmp/out" || fail "--nan-safe: not all derivatives agree"
S3='--input x=1e-160:2e-160'
"$STAD" check "$DIR/tiny_inputs.f90" --head 'tiny(f)/(x)' $S3 > "$tmp/out" 2>&1 || fail "tiny inputs: the check failed"
grep -q '^all derivatives agree' "$tmp/out" || fail "tiny inputs: not all derivatives agree"
echo PASS
