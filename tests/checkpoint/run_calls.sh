#!/bin/sh
# run_calls.sh STAD SRC HEAD EXPECTED [SRC2...] — `stad calls SRC [SRC2...] --head HEAD` must print
# EXPECTED exactly (site ids, states, comments) and exit 0. POSIX sh.
[ $# -ge 4 ] || { echo "usage: run_calls.sh STAD SRC HEAD EXPECTED [SRC2...]" >&2; exit 2; }
stad=$1 src=$2 head=$3 expected=$4
shift 4
out=$("$stad" calls "$src" "$@" --head "$head" 2>&1) || { echo "FAIL: stad calls exited with an error:"; echo "$out"; exit 1; }
if [ "$out" != "$(cat "$expected")" ]; then
	echo "FAIL: stad calls printed something else"
	printf '%s\n' "$out" | diff "$expected" -
	exit 1
fi
echo "PASS $src $*"
