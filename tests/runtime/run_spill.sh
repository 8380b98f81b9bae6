#!/bin/sh
# Tapes larger than memory, end to end: the adjoint of a time loop (checkpoints on and off,
# C at -O0 and -O2) run with STAD_TAPE_LIMIT small enough that most of its tape goes to the
# spill file must give the same gradient bit for bit as without a limit, keep its tape memory
# within the limit (three 1 MiB chunks at the least), and report the spill traffic.
# usage: run_spill.sh STAD SRC
set -eu
STAD=$1
SRC=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-spill.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$SRC" "$tmp/loop.f90"
cd "$tmp"
"$STAD" diff loop.f90 --head 'model(cost)/(u k)' -o on.c
"$STAD" diff loop.f90 --head 'model(cost)/(u k)' --default-nocheckpoint -o off.c
cat > drv.c <<'C'
#include <stdio.h>
#include <stdlib.h>
void model_b(int *n, int *nt, double *u, double *ub, double *k, double *kb, double *c, double *cb);
int main(int argc, char **argv)
{
	int n = 2000, nt = atoi(argv[1]);
	double *u = malloc(n * sizeof *u), *ub = calloc(n, sizeof *ub), k = 0.2, kb = 0, c, cb = 1;
	for (int i = 0; i < n; i++)
		u[i] = 0.5 + 0.4 * ((i * 37) % 101) / 101.0;
	model_b(&n, &nt, u, ub, &k, &kb, &c, &cb);
	printf("%a %a", c, kb);
	for (int i = 0; i < n; i++)
		printf(" %a", ub[i]);
	printf("\n");
	return 0;
}
C
stat() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
for v in on off; do
	for opt in O0 O2; do
		cc -std=c99 -$opt -o $v$opt drv.c $v.c $("$STAD" config --cflags --libs)
		STAD_STATS=s0 ./$v$opt 1000 > ref
		[ -z "$(stat s0 spill_write_bytes)" ] || { echo "FAIL: $v -$opt spilled without a limit"; exit 1; }
		for limit in 1 5MiB; do
			STAD_TAPE_LIMIT=$limit STAD_STATS=s1 ./$v$opt 1000 > out
			cmp -s ref out || { echo "FAIL: $v -$opt STAD_TAPE_LIMIT=$limit: the gradient differs"; exit 1; }
			peak=$(stat s1 peak_tape_bytes)
			mem=$(stat s1 tape_memory_peak_bytes)
			wr=$(stat s1 spill_write_bytes)
			rd=$(stat s1 spill_read_bytes)
			cap=$((5 * 1048576))
			[ "$mem" -le "$cap" ] || { echo "FAIL: $v -$opt: $mem bytes of tape memory over the limit"; exit 1; }
			[ "$wr" -ge $((peak - cap - 1048576)) ] && [ "$rd" -gt 0 ] ||
				{ echo "FAIL: $v -$opt: tape of $peak bytes, only $wr written to the spill file"; exit 1; }
			echo "ok $v -$opt limit $limit: tape $peak B, memory $mem B, spilled $wr B written, $rd B read"
		done
	done
done
