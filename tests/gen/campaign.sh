#!/bin/sh
# campaign.sh — run stad on random programs, seed after seed, resumably.
#
#     campaign.sh [-s STAD] [-g STAD_GEN] [-n NUMCMP] [-x EXCLUDE] [-o GENOPTS] FIRST LAST OUTDIR
#
# For every seed FIRST..LAST not yet in OUTDIR/results.txt, check_one.sh generates the program
# and checks it (see there); the verdict line `SEED CLASS detail` is appended to
# OUTDIR/results.txt, so a stopped campaign resumes where it stopped and later campaigns add to
# the count. Passing programs are deleted; every other program (REFUSED, WRONG, CRASH, GENBUG)
# is kept in OUTDIR/CLASS/SEED. At the end (and with `campaign.sh -r OUTDIR`) prints the counts per
# class, the rate, and the distinct failure messages.
# -o GENOPTS are more stad_gen options (e.g. "--max-size 1"). -x EXCLUDE is passed to stad_gen --exclude (known-bug patterns to leave out, e.g.
# index,extent,sign,real,restrict). Defaults: the tools of the build tree next to this script
# (build/stad, build/tests/gen/stad_gen, build/tests/primal/stad_numcmp).
# Environment: CC, GFORTRAN (see check_one.sh). POSIX sh.

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STAD=$ROOT/build/stad
GEN=$ROOT/build/tests/gen/stad_gen
NUMCMP=$ROOT/build/tests/primal/stad_numcmp
EXCLUDE=none
GENOPTS=""
REPORT_ONLY=0

usage() {
	echo "usage: campaign.sh [-s STAD] [-g STAD_GEN] [-n NUMCMP] [-x EXCLUDE] FIRST LAST OUTDIR" >&2
	echo "       campaign.sh -r OUTDIR      # the summary of OUTDIR/results.txt" >&2
	exit 2
}
while getopts s:g:n:x:o:r opt; do
	case $opt in
	s) STAD=$OPTARG ;;
	g) GEN=$OPTARG ;;
	n) NUMCMP=$OPTARG ;;
	x) EXCLUDE=$OPTARG ;;
	o) GENOPTS=$OPTARG ;;
	r) REPORT_ONLY=1 ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))

summary() {
	res=$1/results.txt
	[ -f "$res" ] || { echo "no results in $1"; return; }
	awk '
		{ n++; c[$2]++; if ($2 != "PASS" && $2 != "PASS*") { m = $0; sub(/^[0-9]+ [A-Z*]+ /, "", m)
		  b = ""; if (match(m, / \{.*\}$/)) { b = substr(m, RSTART); m = substr(m, 1, RSTART - 1) }
		  # the message without numbers, seeds and names that vary
		  gsub(/[-+]?[0-9][0-9.e+-]*/, "#", m); gsub(/STAD_SITES=[01]+/, "STAD_SITES=...", m)
		  k = $2 ": " substr(m, 1, 100) b; if (!(k in first)) { first[k] = $1; order[++no] = k } cnt[k]++ } }
		END {
			printf "%d programs:", n
			split("PASS PASS* REFUSED WRONG CRASH GENBUG", cls, " ")
			for (i = 1; i <= 6; i++) printf " %s %d", cls[i], c[cls[i]] + 0
			printf "\n"
			for (i = 1; i <= no; i++) printf "  %5d x  %s   (first: seed %s)\n", cnt[order[i]], order[i], first[order[i]]
		}' "$res"
	if [ -f "$1/time.txt" ]; then
		awk '{ s += $2; n += $1 } END { if (s > 0) printf "rate: %d programs in %d s of wall time (summed over campaigns run side by side), %.2f s each\n", n, s, s / n }' "$1/time.txt"
	fi
}

if [ "$REPORT_ONLY" = 1 ]; then
	[ $# -eq 1 ] || usage
	summary "$1"
	exit 0
fi
[ $# -eq 3 ] || usage
FIRST=$1
LAST=$2
OUT=$3
abspath() {
	case $1 in
	/*) printf "%s\n" "$1" ;;
	*/*) printf "%s/%s\n" "$(pwd)" "$1" ;;
	*) command -v "$1" ;;
	esac
}
STAD=$(abspath "$STAD")
GEN=$(abspath "$GEN")
NUMCMP=$(abspath "$NUMCMP")
for t in "$STAD" "$GEN" "$NUMCMP"; do
	[ -x "$t" ] || { echo "campaign: not an executable: $t (build first)" >&2; exit 2; }
done
mkdir -p "$OUT/work" || exit 2
OUT=$(cd "$OUT" && pwd)
RES=$OUT/results.txt
touch "$RES"

start=$(date +%s)
done_now=0
# a stopped campaign (INT, TERM) still records its time
trap 'end=$(date +%s); [ "$done_now" -eq 0 ] || echo "$done_now $((end - start))" >>"$OUT/time.txt"; exit 130' INT TERM HUP
seed=$FIRST
while [ "$seed" -le "$LAST" ]; do
	if grep -q "^$seed " "$RES"; then
		seed=$((seed + 1))
		continue
	fi
	line=$(sh "$HERE/check_one.sh" "$STAD" "$GEN" "$NUMCMP" "$seed" "$OUT/work/$seed" --exclude "$EXCLUDE" $GENOPTS)
	[ -n "$line" ] || line="$seed CRASH check_one.sh printed nothing"
	# the known-bug patterns the program holds, for triage
	bugs=""
	[ ! -f "$OUT/work/$seed/features" ] || bugs=$(tr " " "\n" <"$OUT/work/$seed/features" | grep "^bug-" | tr "\n" " ")
	[ -z "$bugs" ] || line="$line {$bugs}"
	echo "$line" >>"$RES"
	class=$(echo "$line" | awk '{ print $2 }')
	case $class in
	PASS | 'PASS*') rm -rf "$OUT/work/$seed" ;;
	*)
		echo "$line"
		mkdir -p "$OUT/$class"
		rm -rf "${OUT:?}/$class/$seed"
		mv "$OUT/work/$seed" "$OUT/$class/$seed"
		;;
	esac
	done_now=$((done_now + 1))
	seed=$((seed + 1))
done
end=$(date +%s)
[ "$done_now" -eq 0 ] || echo "$done_now $((end - start))" >>"$OUT/time.txt"
summary "$OUT"
