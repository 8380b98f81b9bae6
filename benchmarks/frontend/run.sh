#!/bin/sh
# run.sh -- frontend throughput benchmark: how many Fortran lines per second
# `stad diff --mode primal` reads, checks and writes back as C.
#
#   run.sh STAD [LINES] [REPEAT]
#
# Generates a LINES-line file (default 100000) with gen.sh in a temporary
# folder, then times
#
#   STAD diff --mode primal --head 'gen_head(cost)/(x)' -o OUT.c FILE
#
# REPEAT times (default 3) with `date +%s.%N`, and prints each run and the
# median in lines/second.  OUT.c goes to the temporary folder too (stad
# refuses to overwrite a file it did not write, so a fixed path such as
# /tmp/x.c could make the run fail).  Primal mode keeps the AD passes out of the figure:
# it measures scanning, parsing, semantic analysis and C emission.
# POSIX sh and awk (GNU date for the nanoseconds).

set -eu

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
    echo "usage: run.sh STAD [LINES] [REPEAT]" >&2
    exit 2
fi
stad=$1
lines=${2:-100000}
repeat=${3:-3}
case $stad in
    */*) ;;
    *) stad=$(command -v "$stad" || echo "$stad") ;;
esac
if [ ! -x "$stad" ]; then
    echo "run.sh: '$stad' is not an executable" >&2
    exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/stad-frontend.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
src=$work/big.f90
out=$work/out.c

now() {
    date +%s.%N
}
case $(now) in
    *N*) echo "run.sh: this date has no %N; times are whole seconds" >&2
         now() { date +%s; } ;;
esac

sh "$here/gen.sh" "$lines" "$src"
nlines=$(wc -l < "$src" | tr -d ' ')
echo "input: $nlines lines, $(wc -c < "$src" | tr -d ' ') bytes from gen.sh $lines"

i=1
: > "$work/rates"
while [ "$i" -le "$repeat" ]; do
    t0=$(now)
    if ! "$stad" diff --mode primal --head 'gen_head(cost)/(x)' -o "$out" "$src"; then
        echo "run.sh: stad diff failed (run $i)" >&2
        exit 1
    fi
    t1=$(now)
    awk -v a="$t0" -v b="$t1" -v n="$nlines" -v i="$i" -v f="$work/rates" 'BEGIN {
        d = b - a
        if (d <= 0) d = 1e-9
        printf "run %d: %.3f s, %.0f lines/s\n", i, d, n / d
        printf "%.6f\n", n / d >> f
    }'
    i=$((i + 1))
done
sort -n "$work/rates" | awk '{ r[NR] = $1 } END {
    m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "median: %.0f lines/s over %d runs\n", m, NR
}'
echo "output: $(wc -l < "$out" | tr -d ' ') lines of C"
