#!/bin/sh
# run.sh — array syntax against the equivalent DO loops (loops.f90 vs syntax.f90): the median
# CPU time of the primal and of the adjoint built by stad (cc -O2), over ROUNDS rounds that
# alternate the two forms (default 3; the table gives each round's median), the cost and
# gradient of each (they must agree), and the peak tape.
#
#     run.sh [STAD] [N] [NT]        (defaults: ../../build/stad, 200, 40)
#
# POSIX sh; the figures are in ../RESULTS.md.
set -e
here=$(cd "$(dirname "$0")" && pwd)
STAD=${1:-$here/../../build/stad}
N=${2:-200}
NT=${3:-40}
CC=${CC:-cc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad_arrays.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
flags=$("$STAD" config --cflags)
libs=$("$STAD" config --libs)
ROUNDS=${ROUNDS:-3}
for form in loops syntax; do
	head=heat_$form
	"$STAD" diff "$here/$form.f90" --head "$head(cost)/(u0)" --mode primal -o p_$form.c
	"$STAD" diff "$here/$form.f90" --head "$head(cost)/(u0)" -o b_$form.c
	$CC -O2 -std=c99 -c p_$form.c $flags
	$CC -O2 -std=c99 -c b_$form.c $flags
	$CC -O2 -std=c99 -DPRIMAL -DHEAD=$head "$here/driver.c" p_$form.o -o pr_$form $libs
	$CC -O2 -std=c99 -DHEAD=$head "$here/driver.c" b_$form.o -o ad_$form $libs
done
printf '%-8s %-8s %-24s %22s %22s %12s\n' form mode "CPU ms (each round)" cost gradient-sum peak-tape
r=0
while [ $r -lt "$ROUNDS" ]; do
	for form in loops syntax; do
		set -- $(./pr_$form "$N" "$NT")
		echo "$2" >cost_$form
		echo " $6" >>pt_$form
		set -- $(STAD_STATS=stats_$form ./ad_$form "$N" "$NT")
		echo "$4" >grad_$form
		echo " $6" >>at_$form
	done
	r=$((r + 1))
done
for form in loops syntax; do
	peak=$(awk '/peak_tape_bytes/ {print $2}' stats_$form)
	printf '%-8s %-8s %-24s %22s %22s %12s\n' $form primal "$(tr -d '\n' <pt_$form)" "$(cat cost_$form)" - -
	printf '%-8s %-8s %-24s %22s %22s %12s\n' $form adjoint "$(tr -d '\n' <at_$form)" - "$(cat grad_$form)" "$peak"
done
