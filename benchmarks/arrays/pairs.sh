#!/bin/sh
# pairs.sh — array syntax against DO loops, case by case (pairs.f90: stencil sections, SUM and
# DOT_PRODUCT, MATMUL, WHERE, CSHIFT, each written both ways): stad translates each form
# (primal and adjoint, cc -O2), driver.c times 9 calls of each (after a warm-up) by the
# process CPU clock and prints the median; ROUNDS rounds (default 5) run every program once,
# the forms of a case one after the other, and the table gives the median over the rounds,
# the ratio syntax / loops, and checks that both forms give the same cost and gradient sum
# (to 1e-10 relative: sums may be taken in another order) and the peak tape of each.
#
#     pairs.sh [STAD]        (default ../../build/stad)
#
# POSIX sh + awk; the figures are in ../RESULTS.md.
set -e
here=$(cd "$(dirname "$0")" && pwd)
STAD=${1:-$here/../../build/stad}
case $STAD in /*) ;; */*) STAD=$(cd "$(dirname "$STAD")" && pwd)/$(basename "$STAD") ;; esac
CC=${CC:-cc}
ROUNDS=${ROUNDS:-5}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad_pairs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
flags=$("$STAD" config --cflags)
libs=$("$STAD" config --libs)
# case:N:NT (the field is N x N)
cases="stencil:300:40 reduce:300:20 matmul:150:10 where:400:40 cshift:300:40"
for c in $cases; do
	name=${c%%:*}
	for form in loops syntax; do
		head=${name}_$form
		"$STAD" diff "$here/pairs.f90" --head "$head(cost)/(u0)" --mode primal -o p_$head.c
		"$STAD" diff "$here/pairs.f90" --head "$head(cost)/(u0)" -o b_$head.c
		$CC -O2 -std=c99 -c p_$head.c $flags
		$CC -O2 -std=c99 -c b_$head.c $flags
		$CC -O2 -std=c99 -DPRIMAL -DHEAD=$head "$here/driver.c" p_$head.o -o pr_$head $libs
		$CC -O2 -std=c99 -DHEAD=$head "$here/driver.c" b_$head.o -o ad_$head $libs
	done
done
r=0
while [ $r -lt "$ROUNDS" ]; do
	for c in $cases; do
		name=${c%%:*}
		rest=${c#*:}
		n=${rest%%:*}
		nt=${rest#*:}
		for form in loops syntax; do
			head=${name}_$form
			./pr_$head "$n" "$nt" >>pr_$head.out
			STAD_STATS=stats_$head ./ad_$head "$n" "$nt" >>ad_$head.out
		done
	done
	r=$((r + 1))
done
med() { # median of the "ms" field of a driver's output lines
	awk '{ print $6 }' "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "# $("$CC" --version | head -n 1), -O2; $ROUNDS rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| case | N, steps | primal loops (ms) | primal syntax (ms) | syntax / loops | adjoint loops (ms) | adjoint syntax (ms) | syntax / loops | peak tape loops / syntax (B) | cost, gradient |"
echo "|---|---|---|---|---|---|---|---|---|---|"
fail=0
for c in $cases; do
	name=${c%%:*}
	rest=${c#*:}
	pl=$(med pr_${name}_loops.out)
	ps=$(med pr_${name}_syntax.out)
	al=$(med ad_${name}_loops.out)
	as=$(med ad_${name}_syntax.out)
	tl=$(awk '/peak_tape_bytes/ { print $2 }' stats_${name}_loops)
	ts=$(awk '/peak_tape_bytes/ { print $2 }' stats_${name}_syntax)
	agree=$(awk 'NR == FNR && FNR == 1 { c = $2 } NR != FNR && FNR == 1 { d = $2 }
		END { e = c - d; if (e < 0) e = -e; m = (c < 0 ? -c : c); print (e <= 1e-10 * m) ? "same" : "DIFFER " c " " d }' \
		pr_${name}_loops.out pr_${name}_syntax.out)
	gagree=$(awk 'NR == FNR && FNR == 1 { c = $4 } NR != FNR && FNR == 1 { d = $4 }
		END { e = c - d; if (e < 0) e = -e; m = (c < 0 ? -c : c); print (e <= 1e-10 * m) ? "same" : "DIFFER " c " " d }' \
		ad_${name}_loops.out ad_${name}_syntax.out)
	[ "$agree" = same ] && [ "$gagree" = same ] || fail=1
	awk -v c="$name" -v s="$(echo "$rest" | tr : ,)" -v pl="$pl" -v ps="$ps" -v al="$al" -v as="$as" -v tl="$tl" -v ts="$ts" \
		-v ag="$agree, $gagree" 'BEGIN {
		printf "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d / %d | %s |\n", c, s, pl, ps, ps / pl, al, as, as / al, tl, ts, ag }'
done
[ "$fail" = 0 ] || { echo "pairs.sh: the two forms of a case disagree" >&2; exit 1; }
