#!/bin/sh
# run_auto.sh STAD DIR — --default-checkpoint auto (ad/auto.c) on DIR/auto_default.f90:
#  1. `stad calls --default-checkpoint auto --set n=40` prints DIR/auto_default.expected exactly
#     (states, sizes, reasons), and the DO WHILE head its sizes as assumed;
#  2. the estimates are the bytes the generated code moves: with every site off (a table), the
#     head's forward-sweep bytes `stad calls` prints equal the peak tape of a run (n = 40); with
#     auto's states, the runtime's snapshot bytes equal the sum over the sites on of calls x
#     snapshot;
#  3. `stad check --default-checkpoint auto` passes (finite differences, dot product);
#  4. usage errors: an unknown --default-checkpoint value, a --set that names no integer
#     argument of the head.
# POSIX sh, cc.
set -u
STAD=$1
DIR=$2
SRC=$DIR/auto_default.f90
HEAD='cost(f)/(a)'
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-auto.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# 1. the choices
"$STAD" calls "$SRC" --head "$HEAD" --default-checkpoint auto --set n=40 > "$tmp/auto.table" 2> "$tmp/err" ||
	{ cat "$tmp/err"; fail "stad calls --default-checkpoint auto"; }
diff "$DIR/auto_default.expected" "$tmp/auto.table" || fail "stad calls printed other choices"
"$STAD" calls "$SRC" --head 'cost2(f)/(a)' --default-checkpoint auto --set n=1000 > "$tmp/cost2.table" 2>&1 ||
	fail "stad calls on cost2"
grep -q '^cost2:relax#1 *on *# line [0-9]*, auto: tape 800408 B, snapshot 8000 B, 200 calls: .*(sizes assumed)$' \
	"$tmp/cost2.table" || { cat "$tmp/cost2.table"; fail "DO WHILE: not sized as assumed (100 trips)"; }

# 2. against the runtime
cat > "$tmp/drv.c" <<'EOC'
#include <stdio.h>
#include "adj.h"
int main(void)
{
#ifndef N
#define N 40
#endif
	static double a[N * N], ab[N * N];
	int n = N;
	double f = 0, fb = 1;
	for (int i = 0; i < N * N; i++)
		a[i] = 0.3 + 0.5 * (double)(i % 17) / 17.0;
	cost_b(a, ab, &n, &f, &fb);
	printf("ab0 %.17g\n", ab[0]);
	return 0;
}
EOC
stats() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
build_run() { # NAME [stad diff options...]: builds (N = $NN, default 40) and runs the adjoint, stats in $tmp/NAME.stats
	name=$1
	shift
	"$STAD" diff "$SRC" --head "$HEAD" "$@" -o "$tmp/adj.c" > "$tmp/err" 2>&1 || { cat "$tmp/err"; fail "stad diff $*"; }
	cc -O1 -std=c99 -DN="${NN:-40}" -I"$tmp" -o "$tmp/$name" "$tmp/drv.c" "$tmp/adj.c" $("$STAD" config --cflags) \
		$("$STAD" config --libs) > "$tmp/err" 2>&1 || { cat "$tmp/err"; fail "cc ($name)"; }
	STAD_STATS=$tmp/$name.stats "$tmp/$name" > "$tmp/$name.out" || fail "run ($name)"
}
awk '$1 !~ /^#/ && NF { $2 = "off" } { print }' "$tmp/auto.table" > "$tmp/off.table"
"$STAD" calls "$SRC" --head "$HEAD" --default-checkpoint auto --set n=40 --table "$tmp/off.table" > "$tmp/off.calls" 2>&1 ||
	fail "stad calls with the all-off table"
pred=$(sed -n "s/^# auto: the head's forward sweep pushes \([0-9]*\) B.*/\1/p" "$tmp/off.calls")
build_run off --table "$tmp/off.table"
meas=$(stats peak_tape_bytes "$tmp/off.stats")
echo "all off: predicted tape $pred B, measured peak $meas B"
[ -n "$pred" ] && [ "$pred" = "$meas" ] || fail "all off: predicted tape $pred B, measured peak $meas B"
build_run auto --default-checkpoint auto
pred=$(awk '$1 !~ /^#/ && $2 == "on" {
	for (i = 1; i < NF; i++) { if ($(i + 1) == "B," && $i ~ /^[0-9]+$/ && $(i - 1) == "snapshot") s = $i; if ($(i + 1) == "calls:") c = $i }
	t += s * c } END { printf "%.0f\n", t }' "$tmp/auto.table")
meas=$(stats snapshot_bytes "$tmp/auto.stats")
echo "auto: predicted snapshot bytes $pred, measured $meas"
[ "$pred" -gt 0 ] && [ "$pred" = "$meas" ] || fail "auto: predicted snapshot bytes $pred, measured $meas"
cmp -s "$tmp/off.out" "$tmp/auto.out" || fail "the gradient differs between all off and auto"
# n = 4: auto turns every site off; its build (translated again with those sites analysed as
# off) saves exactly what the all-off build does
NN=4 build_run off4 --table "$tmp/off.table"
NN=4 build_run auto4 --default-checkpoint auto --set n=4
p4=$(stats peak_tape_bytes "$tmp/off4.stats")
a4=$(stats peak_tape_bytes "$tmp/auto4.stats")
echo "n = 4: peak all off $p4 B, auto $a4 B"
[ -n "$p4" ] && [ "$p4" = "$a4" ] || fail "n = 4: auto's peak $a4 B, all off's $p4 B"

# 3. the derivative of auto's configuration
"$STAD" check "$SRC" --head "$HEAD" --set n=6 --default-checkpoint auto > "$tmp/check" 2>&1 ||
	{ cat "$tmp/check"; fail "stad check --default-checkpoint auto"; }

# 4. usage
"$STAD" calls "$SRC" --head "$HEAD" --default-checkpoint sometimes > "$tmp/err" 2>&1
[ $? = 2 ] && grep -q "default-checkpoint wants on, off or auto, not 'sometimes'" "$tmp/err" ||
	{ cat "$tmp/err"; fail "--default-checkpoint sometimes"; }
"$STAD" calls "$SRC" --head "$HEAD" --default-checkpoint auto --set m=3 > "$tmp/err" 2>&1
[ $? = 1 ] && grep -q "error: --set m=3: not an integer argument of 'cost'" "$tmp/err" ||
	{ cat "$tmp/err"; fail "--set m=3"; }
echo "PASS --default-checkpoint auto"
