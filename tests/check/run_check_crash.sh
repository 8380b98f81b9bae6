#!/bin/sh
# run_check_crash.sh STAD DIR — stad check of a head that crashes (DIR/unallocated_module.f90 reads
# a module ALLOCATABLE array nothing allocates): the generated C compiles, and stad check exits 1
# with a line saying the program crashed, in which run, and the likely causes.
set -u
STAD=$1
DIR=$2
out=$("$STAD" check "$DIR/unallocated_module.f90" --head 'cost(f)/(x)' --set n=3 2>&1)
rc=$?
echo "$out"
dir=$(echo "$out" | sed -n 's/^stad check: files kept in //p')
[ -n "$dir" ] && rm -rf "$dir"
[ $rc = 1 ] || { echo "FAIL: exit status $rc, want 1"; exit 1; }
echo "$out" | grep -q 'did not compile' && { echo "FAIL: the generated C did not compile"; exit 1; }
echo "$out" | grep -q '^stad check: error: the program crashed (SIGSEGV) in the first runs of the head at the drawn inputs: .*ALLOCATABLE' ||
	{ echo "FAIL: no line saying where and why"; exit 1; }
echo "PASS"
