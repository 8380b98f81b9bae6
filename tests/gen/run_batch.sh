#!/bin/sh
# run_batch.sh — the CTest batch of the random-program campaign: seeds FIRST..LAST must all pass
# (REFUSED is allowed and counted; WRONG, CRASH and GENBUG fail the test).
#
#     run_batch.sh STAD STAD_GEN NUMCMP FIRST LAST EXCLUDE [GENOPTS]
#
# EXCLUDE: the known-bug patterns left out (stad_gen --exclude), `none` for none; GENOPTS: more
# stad_gen options (the CTest batch passes --max-size 2). The seeds are
# split among STAD_GEN_JOBS campaigns run side by side (default 2: the machines have 2 cores).
# Failing programs are kept in a temporary folder whose name is printed. POSIX sh.
[ $# -eq 6 ] || [ $# -eq 7 ] || { echo "usage: run_batch.sh STAD STAD_GEN NUMCMP FIRST LAST EXCLUDE [GENOPTS]" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
JOBS=${STAD_GEN_JOBS:-2}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/stad_gen_batch.XXXXXX") || exit 1
first=$4
n=$(($5 - $4 + 1))
j=0
pids=""
while [ $j -lt "$JOBS" ]; do
	lo=$((first + n * j / JOBS))
	hi=$((first + n * (j + 1) / JOBS - 1))
	if [ $lo -le $hi ]; then
		sh "$HERE/campaign.sh" -s "$1" -g "$2" -n "$3" -x "$6" -o "${7:-}" $lo $hi "$OUT" >"$OUT/log.$j" 2>&1 &
		pids="$pids $!"
	fi
	j=$((j + 1))
done
for p in $pids; do
	wait "$p"
done
grep -v '^ \|programs:\|^rate:' "$OUT"/log.* 2>/dev/null
sh "$HERE/campaign.sh" -r "$OUT"
if awk '$2 == "WRONG" || $2 == "CRASH" || $2 == "GENBUG" { bad = 1 } END { exit !bad }' "$OUT/results.txt"; then
	echo "FAIL: failing programs kept in $OUT"
	exit 1
fi
rm -rf "$OUT"
echo "PASS"
exit 0
