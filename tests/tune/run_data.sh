#!/bin/sh
# stad tune --data FILE: the measured programs run where the input files are copied, as stad
# check's do (the kernel READs read_input.dat; without --data its programs stop with status 2).
# usage: run_data.sh STAD KERNEL.f90 DATA
set -u
STAD=$1
SRC=$2
DATA=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-tune-data.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
"$STAD" tune "$SRC" --head 'model(f)/(x)' --set n=5 --data "$DATA" --repeat 1 -o tu >log 2>&1 || { cat log; fail "tune --data"; }
[ -s tu/table ] || { cat log; fail "tune wrote no table"; }
[ -s tu/read_input.dat ] || fail "the data file is not where the programs ran"
grep -q 'gradient of the best configuration: same as' log || { cat log; fail "no gradient check in the report"; }
echo "PASS: tune --data"
