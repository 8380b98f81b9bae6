#!/bin/sh
# run_batch.sh — the CTest batch of the random-program campaign: seeds FIRST..LAST must all pass
# (REFUSED is allowed and counted; WRONG, CRASH and GENBUG fail the test).
#
#     run_batch.sh STAD STAD_GEN NUMCMP FIRST LAST EXCLUDE
#
# EXCLUDE: the known-bug patterns left out (stad_gen --exclude), `none` for none. Failing
# programs are kept in a temporary folder whose name is printed. POSIX sh.
[ $# -eq 6 ] || { echo "usage: run_batch.sh STAD STAD_GEN NUMCMP FIRST LAST EXCLUDE" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d "${TMPDIR:-/tmp}/stad_gen_batch.XXXXXX") || exit 1
sh "$HERE/campaign.sh" -s "$1" -g "$2" -n "$3" -x "$6" "$4" "$5" "$OUT" >"$OUT/log" 2>&1
cat "$OUT/log"
if awk '$2 == "WRONG" || $2 == "CRASH" || $2 == "GENBUG" { bad = 1 } END { exit !bad }' "$OUT/results.txt"; then
	echo "FAIL: failing programs kept in $OUT"
	exit 1
fi
rm -rf "$OUT"
echo "PASS"
exit 0
