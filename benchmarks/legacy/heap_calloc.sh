#!/bin/sh
# heap_calloc.sh -- calloc (as stad generates it) against malloc of heap local arrays on the two
# legacy kernels (benchmarks/RESULTS.md, stop 17): each built twice, the second with every
# `T *x = calloc(N, sizeof(T));` declaration turned into malloc by sed, everything else equal;
# ROUNDS interleaved rounds of NREP calls, the median over rounds of each build's CPU median.
#
#     ./heap_calloc.sh STAD [WORKDIR]      # ROUNDS (default 7), NREP (default 20)
set -e
[ $# -ge 1 ] || { echo "usage: heap_calloc.sh STAD [WORKDIR]" >&2; exit 2; }
S=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
W=${2:-$(mktemp -d "${TMPDIR:-/tmp}/heapcalloc.XXXXXX")}
mkdir -p "$W"
cd "$W"
BLAS=$HERE/../../tests/ad/external
CF=$("$S" config --cflags --libs)
LMD="-DLM_NX=64 -DLM_NY=64 -DLM_NT=100 -DLM_ALLOW_REACTION -DLM_ALLOW_RELAX"
ROUNDS=${ROUNDS:-7}
NREP=${NREP:-20}
"$S" diff "$HERE/dtorfg.f" --head 'dtcost(f)/(xp, c)' --mode primal -o dt.c 2>/dev/null
"$S" diff "$HERE/dtorfg.f" --head 'dtcost(f)/(xp, c)' --set nx=64 --set ny=64 -o dt_b.c 2>/dev/null
gfortran -O2 -w -c "$BLAS/blas.f" -o blas.o
# shellcheck disable=SC2086
"$S" diff "$HERE/lmodel.F90" --head 'lm_cost(cost)/(t0, kap)' $LMD --lib "$BLAS/blas_fortran.lib" --mode primal -o lm.c 2>/dev/null
# shellcheck disable=SC2086
"$S" diff "$HERE/lmodel.F90" --head 'lm_cost(cost)/(t0, kap)' $LMD --lib "$BLAS/blas_fortran.lib" -o lm_b.c 2>/dev/null
for f in dt dt_b lm lm_b; do
	sed -E 's/^(\s+\w+ \*\w+) = calloc\((.*), (sizeof\(\w+\))\);$/\1 = malloc((\2) * \3);/' $f.c >${f}_m.c
	echo "$f: $(grep -cE '^\s+\w+ \*\w+ = calloc\(' $f.c) heap arrays calloc'ed"
done
# shellcheck disable=SC2086
for v in "" _m; do
	cc -O2 -std=c99 dt$v.c "$HERE/driver_c.c" $CF -o dt_stad$v
	cc -O2 -std=c99 -DSTAD_ADJOINT dt_b$v.c "$HERE/driver_c.c" $CF -o dt_adj$v
	cc -O2 -std=c99 -DLEGACY_LM lm$v.c "$HERE/driver_c.c" blas.o $CF -lgfortran -o lm_stad$v
	cc -O2 -std=c99 -DLEGACY_LM -DSTAD_ADJOINT lm_b$v.c "$HERE/driver_c.c" blas.o $CF -lgfortran -o lm_adj$v
done
progs="dt_stad dt_stad_m dt_adj dt_adj_m lm_stad lm_stad_m lm_adj lm_adj_m"
: >times.txt
r=1
while [ $r -le "$ROUNDS" ]; do
	for p in $progs; do
		./$p "$NREP" >$p.out
		printf '%s %s\n' $p "$(awk '$1 == "cpu_median_s" { print $2 }' $p.out)" >>times.txt
	done
	r=$((r + 1))
done
for p in $progs; do
	printf '%-10s cost %s cpu_median_ms %s\n' $p "$(awk '$1 == "cost" { print $2 }' $p.out)" \
		"$(awk -v p=$p '$1 == p { print 1e3 * $2 }' times.txt | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
done
echo "work folder: $W"
