#!/bin/sh
# run_calls.sh STAD SRC HEAD EXPECTED — `stad calls SRC --head HEAD` must print EXPECTED exactly
# (site ids, states, comments) and exit 0. POSIX sh.
[ $# -eq 4 ] || { echo "usage: run_calls.sh STAD SRC HEAD EXPECTED" >&2; exit 2; }
out=$("$1" calls "$2" --head "$3" 2>&1) || { echo "FAIL: stad calls exited with an error:"; echo "$out"; exit 1; }
if [ "$out" != "$(cat "$4")" ]; then
	echo "FAIL: stad calls printed something else"
	printf '%s\n' "$out" | diff "$4" - 
	exit 1
fi
echo "PASS $2"
