#!/bin/sh
# vector_lanes.sh — loops calling EXP and TANH of REAL(8) vectorize, and their vector lanes
# compute the bits of the scalar code (README "EXP and TANH of REAL(8) are stad's own").
#
#     vector_lanes.sh STAD SRC
#
# SRC is tests/primal/intrinsics_exp_tanh_range.f90 (its header says what it prints). In a
# temporary folder: `STAD diff --mode primal`, compiled with `CC -std=c99 -O2` plus
# `STAD config --cflags` and again with -O0; checks that
#   1. both programs print the same text, byte for byte (17 digits: the same bits);
#   2. in the -O2 output, every value computed in a loop equals the value printed after it,
#      computed once more outside the loop (fields 2 and 3, and 4 and 5 where there are five);
#   3. with gcc (not clang, whose vectorizer does not report this way): -fopt-info-vec reports
#      a vectorized loop calling stad_exp_d and one calling stad_tanh_d.
# Prints PASS or FAIL with the reason; exits 0, 1, or 2 on usage errors. POSIX sh and awk.
[ $# -eq 2 ] || { echo "usage: vector_lanes.sh STAD SRC" >&2; exit 2; }
STAD=$1
SRC=$2
CC=${CC:-cc}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_lanes.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1
fail() { echo "FAIL $(basename "$SRC"): $1"; [ -z "${2:-}" ] || cat "$2"; exit 1; }
"$STAD" diff --mode primal -o t.c "$SRC" >log 2>&1 || fail "stad diff failed" log
cflags=$("$STAD" config --cflags)
gcc=0
macros=$($CC -dM -E - </dev/null 2>/dev/null)
case $macros in
*__clang__*) ;;
*__GNUC__*) gcc=1 ;;
esac
info=
[ "$gcc" = 1 ] && info=-fopt-info-vec-optimized=vec.txt
# shellcheck disable=SC2086 # cflags: one flag per word
$CC -std=c99 -O2 $cflags $info -o t2 t.c -lm >build2 2>&1 || fail "cc -O2 failed" build2
$CC -std=c99 -O0 -o t0 t.c -lm >build0 2>&1 || fail "cc -O0 failed" build0
./t2 >out2 2>&1 || fail "the -O2 program failed" out2
./t0 >out0 2>&1 || fail "the -O0 program failed" out0
cmp -s out0 out2 || { diff out0 out2 >d; fail "-O0 and -O2 print different values" d; }
awk '(NF == 3 || NF == 5) && $2 != $3 || NF == 5 && $4 != $5 { print "line " NR ": " $0; bad = 1 } END { exit bad }' out2 >lanes ||
	fail "a value computed in a loop differs from the same value computed alone" lanes
if [ "$gcc" = 1 ]; then
	for f in stad_exp_d stad_tanh_d; do
		# a line reported vectorized is a loop header; its body is on the next lines
		awk -v f="$f(" 'NR == FNR { if ($0 ~ /loop vectorized/) { split($1, p, ":"); v[p[2]] = 1 } next }
			{ for (l in v) if (FNR > l && FNR <= l + 3 && index($0, f)) found = 1 }
			END { exit !found }' vec.txt t.c || fail "gcc -O2 vectorizes no loop calling $f" vec.txt
	done
fi
echo "PASS $(basename "$SRC"): -O0 and -O2 equal, loop and scalar values equal$([ "$gcc" = 1 ] && echo ', the exp and tanh loops vectorized')"
exit 0
