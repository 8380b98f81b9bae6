#!/bin/sh
# max_nesting.sh — the C that stad writes for a program nests at most LIMIT blocks deep.
#
#     max_nesting.sh STAD SRC LIMIT
#
# Translates SRC with `STAD diff --mode primal` into a temporary folder and counts the deepest
# nesting of braces in the C (outside strings: stad's C has no braces in strings it prints for
# these programs). Prints PASS or FAIL with the depth found; exits 0, 1, or 2 on usage errors.
# POSIX sh and awk.
[ $# -eq 3 ] || { echo "usage: max_nesting.sh STAD SRC LIMIT" >&2; exit 2; }
STAD=$1
SRC=$2
LIMIT=$3
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_nest.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
"$STAD" diff --mode primal -o "$TMP/t.c" "$SRC" >"$TMP/log" 2>&1 || { echo "FAIL: stad diff failed"; cat "$TMP/log"; exit 1; }
depth=$(awk '{ n = length($0); for (i = 1; i <= n; i++) { c = substr($0, i, 1)
	if (c == "{") { d++; if (d > m) m = d } else if (c == "}") d-- } } END { print m + 0 }' "$TMP/t.c")
if [ "$depth" -le "$LIMIT" ]; then
	echo "PASS $(basename "$SRC"): nesting $depth <= $LIMIT"
	exit 0
fi
echo "FAIL $(basename "$SRC"): the C nests $depth blocks deep, more than $LIMIT"
exit 1
