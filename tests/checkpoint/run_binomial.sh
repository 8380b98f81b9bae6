#!/bin/sh
# A BINOMIAL-CKP time loop, end to end: for several step and snapshot counts the generated
# adjoint (1) gives the store-all gradient to 1e-12, (2) runs exactly the minimal number of
# forward steps that `stad revolve` computes, and (3) keeps its tape small.
# usage: run_binomial.sh STAD SRC
set -eu
STAD=$1
SRC=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-binomial.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$SRC" "$tmp/bin.f90"
cd "$tmp"
# store-all: the same source without the directive
sed '/BINOMIAL-CKP/d' bin.f90 > storeall.f90
for snaps in 1 2 3 7; do
	sed "s/BINOMIAL-CKP nt 3 1/BINOMIAL-CKP nt $snaps 1/" bin.f90 > b$snaps.f90
	"$STAD" diff b$snaps.f90 --head 'model(cost)/(u0 k)' -o b$snaps.c
done
"$STAD" diff storeall.f90 --head 'model(cost)/(u0 k)' -o storeall.c
cat > drv.c <<'C'
#include <stdio.h>
#include <stdlib.h>
void model_b(int *n, int *nt, double *u0, double *u0b, double *k, double *kb, double *c, double *cb);
int main(int argc, char **argv)
{
	int n = 30, nt = atoi(argv[1]);
	double u0[30], u0b[30] = {0}, k = 0.7, kb = 0, c, cb = 1;
	for (int i = 0; i < n; i++)
		u0[i] = 1 + 0.01 * i;
	model_b(&n, &nt, u0, u0b, &k, &kb, &c, &cb);
	printf("%.17g %.17g %.17g\n", c, kb, u0b[7]);
	return 0;
}
C
for v in storeall b1 b2 b3 b7; do
	cc -std=c99 -O1 -o $v drv.c $v.c $("$STAD" config --cflags --libs)
done
for nt in 1 2 5 20 57; do
	STAD_STATS=sa ./storeall $nt > ref
	for snaps in 1 2 3 7; do
		STAD_STATS=st ./b$snaps $nt > out
		awk 'NR==FNR { for (i = 1; i <= NF; i++) r[i] = $i; next }
		     { for (i = 1; i <= NF; i++) { d = $i - r[i]; if (d < 0) d = -d; m = r[i] < 0 ? -r[i] : r[i];
		       if (d > 1e-12 * (m > 1e-300 ? m : 1)) { print "gradient differs: " $i " vs " r[i]; exit 1 } } }' ref out
		steps=$(awk '/forward_steps/ { print $2 }' st)
		want=$("$STAD" revolve --steps $nt --snaps $snaps | awk -F': ' '/minimal forward steps/ { print $2 }')
		[ "$steps" = "$want" ] || { echo "FAIL: L=$nt S=$snaps ran $steps forward steps, minimal is $want"; exit 1; }
		p1=$(awk '/peak_tape_bytes/ { print $2 }' st)
		p0=$(awk '/peak_tape_bytes/ { print $2 }' sa)
		if [ "$nt" -ge 20 ] && [ "$p1" -ge "$p0" ]; then echo "FAIL: L=$nt S=$snaps peak $p1 not below store-all $p0"; exit 1; fi
		echo "ok L=$nt S=$snaps forward steps $steps, peak $p1 B (store-all $p0 B)"
	done
done
