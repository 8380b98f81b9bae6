#!/usr/bin/env bash
# run.sh -- stad's generated code against gfortran on the three benchmark models: primal run
# time, adjoint run time and peak tape with every call-site checkpoint on (the default) and
# with every one off (--default-nocheckpoint), and the adjoint/primal ratios; and the adjoint with
# the static default --default-checkpoint auto (its table from `stad calls`) against both.
#
#   run.sh [STAD]                       (default: ../build/stad, ../build/cli/stad, or stad)
#
# For each model M (ocean, bgc, ice; or $MODELS, e.g. the modern-style tracer swtype nlswave),
# in a temporary folder:
#   gfortran -O2 M/M.f90 timing.f90 M/main.f90       the Fortran driver of M (README.md): run once, for
#                                          the reference cost and central differences
#   gfortran -O2 -c M/M.f90 + M/driver_c.c -DBENCH_GFORTRAN      gfortran's primal, timed by
#                                          the same C driver as stad's code ("gfortran" below)
#   STAD diff M/M.f90 --head H --mode primal  -o primal.c
#   STAD diff M/M.f90 --head H --mode reverse -o on.c   [--default-nocheckpoint -o off.c]
#                                          [--default-checkpoint auto -o auto.c]
#   cc -O2 -std=c99 X.c M/driver_c.c [-DSTAD_ADJOINT] $(STAD config --cflags --libs)
#                                          (compiled apart, then linked)
# then ROUNDS rounds (default 3), each running the four programs (gfortran, primal, on, off)
# of every model once, one after the other. Every program times NREP calls of the head
# (default 5, after an untimed warm-up call) and prints their median, by the wall clock
# (CLOCK_MONOTONIC) and by the process CPU clock; the tables give, per program, the median
# over the rounds of those medians (5 x 3 calls by default). Rounds interleave the programs so
# that a burst of load on a shared machine hits them alike; the CPU-clock table leaves out
# the time spent waiting for a core. Peak tape: $STAD_STATS of the last adjoint call.
#
# Checks (the script exits 1 if one fails): the stad primal's cost equals gfortran's to
# 1e-12 relative; the gradient along main.f90's fixed direction (g . dir) equals the same with
# checkpoints on and off to 1e-12 relative, and main.f90's central difference at h = 1e-5 to
# 1e-6 relative.
#
# Environment: CC (cc), CFLAGS (-O2 -std=c99), EXTRA_CFLAGS (added to CFLAGS),
# MODEL_CFLAGS (only for the generated files, e.g. "-fno-math-errno -include
# $PWD/benchmarks/vecmath.h"), EXTRA_LIBS (e.g. -lmvec), FC (gfortran), FFLAGS (-O2),
# NREP (5), ROUNDS (3), MODELS ("ocean bgc ice"; also tracer, swtype, nlswave), KEEP=1 keeps
# the temporary folder (its path is printed) with the generated C, binaries and outputs.
# Bash, awk and coreutils; no python.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

stad=${1:-}
if [ -z "$stad" ]; then
    for s in "$root/build/stad" "$root/build/cli/stad"; do
        if [ -x "$s" ]; then stad=$s; break; fi
    done
    [ -n "$stad" ] || stad=$(command -v stad || true)
fi
case $stad in
    */*) ;;
    ?*) stad=$(command -v "$stad" || echo "$stad") ;;
esac
if [ -z "$stad" ] || [ ! -x "$stad" ]; then
    echo "run.sh: no stad executable (give its path: run.sh path/to/stad)" >&2
    exit 2
fi
stad=$(cd "$(dirname "$stad")" && pwd)/$(basename "$stad")

cc=${CC:-cc}
cflags="${CFLAGS:--O2 -std=c99} ${EXTRA_CFLAGS:-}"
fc=${FC:-gfortran}
fflags=${FFLAGS:--O2}
nrep=${NREP:-5}
rounds=${ROUNDS:-3}
mcflags=${MODEL_CFLAGS:-}
extralibs=${EXTRA_LIBS:-}
rtcflags=$("$stad" config --cflags)
rtlibs=$("$stad" config --libs)

work=$(mktemp -d "${TMPDIR:-/tmp}/stad-run.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    echo "# keeping $work"
else
    trap 'rm -rf "$work"' EXIT INT TERM
fi

models=${MODELS:-ocean bgc ice}
head_of() {
    case $1 in
        ocean) echo 'ocean_cost(cost)/(theta0)' ;;
        bgc) echo 'bgc_cost(cost)/(kpar)' ;;
        ice) echo 'ice_cost(cost)/(fric)' ;;
        tracer) echo 'tracer_cost(cost)/(c0)' ;;
        swtype) echo 'sw_cost(cost)/(h0)' ;;
        nlswave) echo 'nls_cost(cost)/(a0)' ;;
    esac
}

# value KEY FILE: the value of the first "KEY value" line of FILE
value() {
    awk -v k="$1" '$1 == k { print $2; exit }' "$2"
}

# median of the numbers on stdin (one a line)
median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# relerr A B: |A - B| / max(|A|, |B|, tiny)
relerr() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        d = a - b; if (d < 0) d = -d
        m = (a < 0 ? -a : a); n = (b < 0 ? -b : b); if (n > m) m = n; if (m < 1e-300) m = 1e-300
        printf "%.2e\n", d / m }'
}

# le X TOL: exit status 0 when X <= TOL
le() {
    awk -v x="$1" -v t="$2" 'BEGIN { exit !(x + 0 <= t + 0) }'
}

echo "# stad: $stad ($("$stad" --version 2>/dev/null | head -n 1 || echo '?'))"
echo "# $("$cc" --version | head -n 1); CFLAGS: $cflags${mcflags:+; MODEL_CFLAGS: $mcflags}${extralibs:+; EXTRA_LIBS: $extralibs}"
echo "# $("$fc" --version | head -n 1); FFLAGS: $fflags"
echo "# machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $nrep timed calls per program (median), median over $rounds rounds"

# ---------------------------------------------------------------- build
for m in $models; do
    d=$work/$m
    mkdir -p "$d"
    h=$(head_of "$m")
    echo "== $m: building ($h)"
    (cd "$d" && "$fc" $fflags -o main "$here/$m/$m.f90" "$here/timing.f90" "$here/$m/main.f90" &&
        "$fc" $fflags -c -o gf.o "$here/$m/$m.f90")
    $cc $cflags -DBENCH_GFORTRAN -c -o "$d/driver_g.o" "$here/$m/driver_c.c"
    "$fc" -o "$d/gfortran" "$d/gf.o" "$d/driver_g.o" -lm
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode primal -o "$d/primal.c"
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode reverse -o "$d/on.c"
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$d/off.c"
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode reverse --default-checkpoint auto -o "$d/auto.c"
    "$stad" calls "$here/$m/$m.f90" --head "$h" --default-checkpoint auto > "$d/auto.table"
    $cc $cflags -c -o "$d/driver_p.o" "$here/$m/driver_c.c" $rtcflags
    $cc $cflags -DSTAD_ADJOINT -c -o "$d/driver_a.o" "$here/$m/driver_c.c" $rtcflags
    for v in primal on off auto; do
        $cc $cflags $mcflags -c -o "$d/$v.o" "$d/$v.c" $rtcflags
        drv=$d/driver_a.o
        [ "$v" = primal ] && drv=$d/driver_p.o
        $cc $cflags -o "$d/$v" "$d/$v.o" "$drv" $rtlibs $extralibs
    done
    (cd "$d" && ./main > main.out)
done

# ---------------------------------------------------------------- run
progs="gfortran primal on off auto"
r=1
while [ "$r" -le "$rounds" ]; do
    echo "== round $r of $rounds (wall ms / CPU ms)"
    for m in $models; do
        d=$work/$m
        line=$(printf '   %-6s' "$m")
        for v in $progs; do
            STAD_STATS=$d/$v.stats "$d/$v" "$nrep" > "$d/$v.$r.out"
            line="$line $(awk -v v="$v" '$1 == "time_median_s" { w = 1e3 * $2 }
                $1 == "cpu_median_s" { c = 1e3 * $2 }
                END { printf "%s %.1f/%.1f ", v, w, c }' "$d/$v.$r.out")"
        done
        echo "$line"
    done
    r=$((r + 1))
done

# ---------------------------------------------------------------- results
# med M V KEY: median over the rounds of KEY (in ms) of program V of model M
med() {
    cat "$work/$1"/"$2".*.out | awk -v k="$3" '$1 == k { print 1e3 * $2 }' | median
}

fail=0
wall=$work/wall
cpu=$work/cpu
checks=$work/checks
: > "$wall"
: > "$cpu"
: > "$checks"
autot=$work/auto
: > "$autot"
for m in $models; do
    d=$work/$m
    pon=$(value peak_tape_bytes "$d/on.stats")
    poff=$(value peak_tape_bytes "$d/off.stats")
    pauto=$(value peak_tape_bytes "$d/auto.stats")
    awk -v m="$m" -v ton="$(med "$m" on cpu_median_s)" -v toff="$(med "$m" off cpu_median_s)" \
        -v ta="$(med "$m" auto cpu_median_s)" -v pon="$pon" -v poff="$poff" -v pa="$pauto" \
        -v non="$(awk '$1 !~ /^#/ && $2 == "on"' "$d/auto.table" | wc -l)" -v n="$(awk '$1 !~ /^#/ && NF' "$d/auto.table" | wc -l)" 'BEGIN {
        printf "| %s | %d of %d | %.1f | %.1f MiB | %.1f | %.1f MiB | %.1f | %.1f MiB | %.2f | %.2f |\n",
            m, non, n, ton, pon / 1048576, toff, poff / 1048576, ta, pa / 1048576, ta / ton, ta / toff }' >> "$autot"
    for k in time cpu; do
        out=$wall
        [ "$k" = cpu ] && out=$cpu
        awk -v m="$m" -v tg="$(med "$m" gfortran ${k}_median_s)" -v tp="$(med "$m" primal ${k}_median_s)" \
            -v ton="$(med "$m" on ${k}_median_s)" -v toff="$(med "$m" off ${k}_median_s)" \
            -v pon="$pon" -v poff="$poff" 'BEGIN {
            printf "| %s | %.1f | %.1f | %.2f | %.1f | %.1f MiB | %.1f | %.1f MiB | %.2f | %.2f | %.2f | %.2f |\n",
                m, tg, tp, tp / tg, ton, pon / 1048576, toff, poff / 1048576,
                ton / tp, ton / tg, toff / tp, toff / tg }' >> "$out"
    done

    # checks
    cm=$(awk '/ cost / { print $3; exit }' "$d/main.out")
    fd=$(awk '$1 == "h" && $3 == "1.0E-05" { print $6; exit }' "$d/main.out")
    tm=$(awk '/primal time over/ { print $7; exit }' "$d/main.out")
    cg=$(value cost "$d/gfortran.1.out")
    cp=$(value cost "$d/primal.1.out")
    gon=$(value grad_dot_dir "$d/on.1.out")
    goff=$(value grad_dot_dir "$d/off.1.out")
    gauto=$(value grad_dot_dir "$d/auto.1.out")
    con=$(value cost "$d/on.1.out")
    e0=$(relerr "$cg" "$cm")
    e1=$(relerr "$cp" "$cm")
    e2=$(relerr "$gon" "$goff")
    e3=$(relerr "$gon" "$fd")
    s0=ok; le "$e0" 0 || { s0=FAIL; fail=1; }
    s1=ok; le "$e1" 1e-12 || { s1=FAIL; fail=1; }
    s2=ok; le "$e2" 1e-12 || { s2=FAIL; fail=1; }
    e4=$(relerr "$gon" "$gauto")
    s4=ok; le "$e4" 1e-12 || { s4=FAIL; fail=1; }
    s3=ok; le "$e3" 1e-6 || { s3=FAIL; fail=1; }
    {
        echo "$m: main.f90 (gfortran): cost $cm, its own median $tm ms"
        echo "$m: cost from the C driver of gfortran's head $cg: rel. diff $e0 ($s0)"
        echo "$m: cost stad primal $cp: rel. diff $e1 ($s1)"
        echo "$m: g.dir checkpoints on $gon, off $goff: rel. diff $e2 ($s2)"
        echo "$m: g.dir checkpoints auto $gauto: rel. diff to on $e4 ($s4)"
        echo "$m: g.dir vs central difference (h = 1e-5) $fd: rel. diff $e3 ($s3)"
        if le "$(relerr "$con" "$cp")" 1e-12; then
            echo "$m: the adjoint returns the cost ($con)"
        else
            echo "$m: the adjoint does not return the cost: cost on exit $con (0 on entry)"
        fi
        for v in on off auto; do
            printf '%s: %-3s stats:' "$m" "$v"
            awk '{ printf " %s %s", $1, $2 } END { printf "\n" }' "$d/$v.stats"
        done
    } >> "$checks"
done

thead="| model | gfortran -O2 primal | stad primal | stad / gfortran | adjoint, all on | peak tape, all on | adjoint, all off | peak tape, all off | on / stad primal | on / gfortran | off / stad primal | off / gfortran |
|---|---|---|---|---|---|---|---|---|---|---|---|"
echo
echo "Wall clock (CLOCK_MONOTONIC), ms, median; peak tape of one adjoint call; ratios are"
echo "adjoint time / primal time."
echo
echo "$thead"
cat "$wall"
echo
echo "CPU time of the process (CLOCK_PROCESS_CPUTIME_ID), ms, median."
echo
echo "$thead"
cat "$cpu"
echo
echo "--default-checkpoint auto against all on and all off: CPU time, ms, median; peak tape."
echo
echo "| model | sites on (auto) | all on | peak | all off | peak | auto | peak | auto / on | auto / off |"
echo "|---|---|---|---|---|---|---|---|---|---|"
cat "$autot"
echo
cat "$checks"
if [ "$fail" != 0 ]; then
    echo "run.sh: a check failed" >&2
    exit 1
fi
