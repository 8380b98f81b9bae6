#!/bin/sh
# fp_taped.sh — an !$AD FP-LOOP (or LINEAR-SOLVE) kernel's adjoint against the fully taped one.
#
#     fp_taped.sh STAD SRC TOL [linear-solve]
#
# Runs `stad check` (options from SRC's first line) on SRC and on SRC without its FP-LOOP
# directives (every iteration taped), both with $STAD_STATS. Passes when both checks pass,
# every adjoint agrees with the taped one to TOL relative (the solvers' tolerance), the first
# run's statistics show FP-LOOP adjoints that all converged, and the taped run has none.
# Then the switch in the table: `stad calls` lists every FP-LOOP, `caller:fploop#k`; SRC
# checked again with those entries off must give the taped adjoint bitwise, with no FP-LOOP
# adjoint run.
# With `linear-solve`, the same for the !$AD LINEAR-SOLVE directives (the solver taped without
# them): instead of the FP-LOOP statistics, the linear-solve adjoint's peak tape must be smaller
# than the taped one's and its statistics must show adjoint solves that add up (one per primal
# solve or solution an FP-LOOP adjoint step kept, each calling apply= at least once); the table's entries are the sites `stad calls` lists as LINEAR-SOLVE
# comment lines.
[ $# -eq 3 ] || [ $# -eq 4 ] || { echo "usage: fp_taped.sh STAD SRC TOL [linear-solve]" >&2; exit 2; }
STAD=$1
case $STAD in /*) ;; */*) STAD=$(pwd)/$STAD ;; esac
SRC=$2
TOL=$3
WORD=${4:-fp-loop}
case $WORD in
fp-loop) WHAT=FP-LOOP ;;
linear-solve) WHAT=LINEAR-SOLVE ;;
*) echo "fp_taped.sh: the fourth argument is linear-solve" >&2; exit 2 ;;
esac
OPTS=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$SRC")
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_fp.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
NAME=$(basename "$SRC")
cp "$SRC" "$TMP/$NAME"
grep -iv "^[[:space:]]*!\\\$ad[[:space:]][[:space:]]*$WORD" "$SRC" >"$TMP/taped_$NAME"
NDIR=$(grep -ci "^[[:space:]]*!\\\$ad[[:space:]][[:space:]]*$WORD" "$SRC")
cd "$TMP" || exit 1
for v in fp taped; do
	f=$NAME
	[ $v = taped ] && f=taped_$NAME
	eval "set -- $OPTS"
	if ! STAD_STATS="$TMP/$v.stats" "$STAD" check "$f" "$@" >"$v.out" 2>&1 || ! tail -1 "$v.out" | grep -q 'all derivatives agree'; then
		echo "FAIL $NAME: stad check ($v)"
		cat "$v.out"
		exit 1
	fi
done
if [ $WORD = fp-loop ]; then
	grep -q '^fp_adjoint_runs [1-9]' fp.stats && grep -q '^fp_adjoint_unconverged 0$' fp.stats || {
		echo "FAIL $NAME: the FP-LOOP adjoints did not run or did not converge"
		cat fp.stats
		exit 1
	}
	# every run stopped by the adjoint's convergence test, none by the cap; iterations add up
	awk '{ v[$1] = $2 } END { r = v["fp_adjoint_runs"]; ok = v["fp_adjoint_converged"] == r && v["fp_adjoint_capped"] == 0 &&
		v["fp_adjoint_iterations"] >= r && v["fp_adjoint_max_iterations"] <= v["fp_adjoint_iterations"]; exit !ok }' fp.stats || {
		echo "FAIL $NAME: the FP-LOOP statistics do not add up"
		cat fp.stats
		exit 1
	}
	if grep -q '^fp_adjoint_runs' taped.stats; then
		echo "FAIL $NAME: the taped run has FP-LOOP adjoints"
		exit 1
	fi
else
	a=$(sed -n 's/^peak_tape_bytes //p' fp.stats)
	b=$(sed -n 's/^peak_tape_bytes //p' taped.stats)
	[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || {
		echo "FAIL $NAME: the linear-solve adjoint's peak tape ($a B) is not below the taped one's ($b B)"
		exit 1
	}
	# one adjoint solve per solve the forward sweep ran, or an FP-LOOP adjoint step took from the
	# last primal step, each calling apply= at least once
	awk '{ v[$1] = $2 } END { p = v["ls_primal_solves"]; s = v["ls_adjoint_solves"]; c = v["ls_adjoint_apply_calls"]
		ok = s >= 1 && p + v["ls_fp_kept_solutions"] == s && c >= s && v["ls_adjoint_max_apply_calls"] <= c &&
		v["ls_primal_apply_calls"] >= p; exit !ok }' fp.stats || {
		echo "FAIL $NAME: the LINEAR-SOLVE statistics are missing or do not add up"
		cat fp.stats
		exit 1
	}
	# an FP-LOOP around the solves (tests/ad/linsolve) converges too, not stopped by the cap
	if grep -q '^fp_adjoint_runs' fp.stats && ! grep -q '^fp_adjoint_capped 0$' fp.stats; then
		echo "FAIL $NAME: an FP-LOOP adjoint stopped at its cap"
		cat fp.stats
		exit 1
	fi
	if grep -q '^ls_' taped.stats; then
		echo "FAIL $NAME: the taped run has LINEAR-SOLVE statistics"
		exit 1
	fi
fi
# the rows: independent dependent tangent adjoint ...
awk '/^independent/ {on = 1; next} on && NF >= 5 && $4 ~ /^[-+0-9.]/ {print $1, $2, $4}' fp.out >fp.adj
awk '/^independent/ {on = 1; next} on && NF >= 5 && $4 ~ /^[-+0-9.]/ {print $1, $2, $4}' taped.out >taped.adj
[ -s fp.adj ] && [ "$(wc -l <fp.adj)" = "$(wc -l <taped.adj)" ] || { echo "FAIL $NAME: no rows to compare"; cat fp.out taped.out; exit 1; }
if ! paste -d ' ' fp.adj taped.adj | awk -v tol="$TOL" -v what="$WHAT" '
	{ a = $3 + 0; b = $6 + 0; d = a - b; if (d < 0) d = -d; m = b < 0 ? -b : b; if (m < 1e-300) m = 1
	  r = d / m; printf "%s %s %s %.17g taped %.17g rel %.2g\n", $1, $2, what, a, b, r
	  if (!(r <= tol)) bad = 1 }
	END { exit bad }' >cmp.txt; then
	echo "FAIL $NAME: the $WHAT adjoint differs from the taped one by more than $TOL"
	cat cmp.txt
	exit 1
fi
# the table's switch: every FP-LOOP (LINEAR-SOLVE site) off = the taped adjoint, bitwise
eval "set -- $OPTS"
HEAD=
while [ $# -gt 0 ]; do
	[ "$1" = --head ] && [ $# -gt 1 ] && HEAD=$2
	shift
done
"$STAD" calls "$NAME" --head "$HEAD" >calls.txt 2>&1 || { echo "FAIL $NAME: stad calls"; cat calls.txt; exit 1; }
# (listed as comment lines `# caller:fploop#k on (line N, ...)` or `# caller:solver#k on (line N,
# default): LINEAR-SOLVE ...`: not bitwise toggles)
{
	echo '# stad checkpoint table v1'
	if [ $WORD = fp-loop ]; then
		sed -n 's/^#[[:space:]]*\([A-Za-z0-9_]*:fploop#[0-9]*\) on (line .*/\1 off/p' calls.txt
	else
		sed -n 's/^#[[:space:]]*\([A-Za-z0-9_]*:[A-Za-z0-9_]*#[0-9]*\) on (line [0-9]*, default): LINEAR-SOLVE.*/\1 off/p' calls.txt
	fi
} >off.table
if [ "$(($(wc -l <off.table) - 1))" != "$NDIR" ]; then
	echo "FAIL $NAME: stad calls does not list the ${WHAT}s as comment lines to switch"
	cat calls.txt
	exit 1
fi
eval "set -- $OPTS"
if ! STAD_STATS="$TMP/table.stats" "$STAD" check "$NAME" "$@" --table off.table >table.out 2>&1 || ! tail -1 table.out | grep -q 'all derivatives agree'; then
	echo "FAIL $NAME: stad check with the ${WHAT}s off in the table"
	cat table.out
	exit 1
fi
awk '/^independent/ {on = 1; next} on && NF >= 5 && $4 ~ /^[-+0-9.]/ {print $1, $2, $4}' table.out >table.adj
if grep -q '^fp_adjoint_runs' table.stats && [ $WORD = fp-loop ] || ! cmp -s table.adj taped.adj; then
	echo "FAIL $NAME: with the ${WHAT}s off in the table, the adjoint is not the taped one"
	paste -d ' ' table.adj taped.adj
	exit 1
fi
echo "PASS $NAME: $WHAT adjoint = taped to $TOL; ${WHAT}s off in the table = taped, bitwise"
cat cmp.txt
