#!/bin/sh
# run.sh -- times the two legacy kernels at benchmark size: gfortran -O2 primal, stad's primal
# and stad's adjoint (every call site's checkpoint as it defaults), all through driver_c.c, in
# ROUNDS interleaved rounds of NREP calls each; prints the median over rounds of each build's
# median CPU time, the costs and the ratios (benchmarks/RESULTS.md "legacy").
#
#     ./run.sh STAD [WORKDIR]      # ROUNDS (default 5), NREP (default 20)
#
# dtorfg.f on a 64 x 64 grid (nx, ny are arguments); lmodel.F90 with -DLM_NX=64 -DLM_NY=64
# -DLM_NT=100 and both optional packages on.
set -e
[ $# -ge 1 ] || { echo "usage: run.sh STAD [WORKDIR]" >&2; exit 2; }
STAD=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
W=${2:-$(mktemp -d "${TMPDIR:-/tmp}/legacy.XXXXXX")}
mkdir -p "$W"
cd "$W"
ROUNDS=${ROUNDS:-5}
NREP=${NREP:-20}
BLAS=$HERE/../../tests/ad/external
CF=$("$STAD" config --cflags --libs)
LMD="-DLM_NX=64 -DLM_NY=64 -DLM_NT=100 -DLM_ALLOW_REACTION -DLM_ALLOW_RELAX"
FW="-O2 -w"

# dtorfg
"$STAD" diff "$HERE/dtorfg.f" --head 'dtcost(f)/(xp, c)' --mode primal -o dt.c 2>/dev/null
"$STAD" diff "$HERE/dtorfg.f" --head 'dtcost(f)/(xp, c)' --set nx=64 --set ny=64 -o dt_b.c 2>/dev/null
# shellcheck disable=SC2086
{
	cc -O2 -std=c99 dt.c "$HERE/driver_c.c" $CF -o dt_stad
	cc -O2 -std=c99 -DSTAD_ADJOINT dt_b.c "$HERE/driver_c.c" $CF -o dt_adj
	gfortran $FW -c "$HERE/dtorfg.f" -o dt_g.o
	cc -O2 -std=c99 -DBENCH_GFORTRAN -c "$HERE/driver_c.c" -o dt_drv.o
	gfortran -o dt_gf dt_g.o dt_drv.o -lm
}
# lmodel (the BLAS of tests/ad/external/blas.f, compiled by gfortran, for all three)
# shellcheck disable=SC2086
{
	gfortran $FW -c "$BLAS/blas.f" -o blas.o
	"$STAD" diff "$HERE/lmodel.F90" --head 'lm_cost(cost)/(t0, kap)' $LMD --lib "$BLAS/blas_fortran.lib" --mode primal -o lm.c 2>/dev/null
	"$STAD" diff "$HERE/lmodel.F90" --head 'lm_cost(cost)/(t0, kap)' $LMD --lib "$BLAS/blas_fortran.lib" -o lm_b.c 2>/dev/null
	cc -O2 -std=c99 -DLEGACY_LM lm.c "$HERE/driver_c.c" blas.o $CF -lgfortran -o lm_stad
	cc -O2 -std=c99 -DLEGACY_LM -DSTAD_ADJOINT lm_b.c "$HERE/driver_c.c" blas.o $CF -lgfortran -o lm_adj
	gfortran $FW -cpp $LMD -c "$HERE/lmodel.F90" -o lm_g.o
	cc -O2 -std=c99 -DLEGACY_LM -DBENCH_GFORTRAN -c "$HERE/driver_c.c" -o lm_drv.o
	gfortran -o lm_gf lm_g.o lm_drv.o blas.o -lm
}
: >times.txt
r=1
while [ $r -le "$ROUNDS" ]; do
	for p in dt_gf dt_stad dt_adj lm_gf lm_stad lm_adj; do
		./$p "$NREP" >$p.out
		printf '%s %s\n' $p "$(awk '$1 == "cpu_median_s" { print $2 }' $p.out)" >>times.txt
	done
	r=$((r + 1))
done
for m in dt lm; do
	for p in gf stad adj; do
		printf '%s_%s cost %s cpu_median_s ' $m $p "$(awk '$1 == "cost" { print $2 }' ${m}_$p.out)"
		awk -v p=${m}_$p '$1 == p { print $2 }' times.txt | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
	done
	awk '$1 == "grad_sum" || $1 == "grad_dot_dir"' ${m}_adj.out
done
echo "work folder: $W"
