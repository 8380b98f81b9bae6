#!/usr/bin/env bash
# compare.sh -- one run that measures side by side, in interleaved rounds: gfortran -O2 primal,
# stad's primal C, the hand-written adjoint (ocean only: ocean/ocean_adj.f90), and stad's
# adjoint with every call-site checkpoint off, every one on, and a tuned configuration; prints a
# table of medians (CPU time and wall clock) and the ratios, and checks the gradients.
#
#   compare.sh [STAD]                   (default: ../build/stad, or stad on the PATH)
#
# Per model M (MODELS, default "ocean"; "ocean bgc ice" for all three), in a temporary folder:
#   gfortran -O2 -c M/M.f90; cc -O2 -DBENCH_GFORTRAN M/driver_c.c     "gfortran"
#   STAD diff --mode primal                                           "primal"
#   gfortran -O2 -c M/M.f90 M/M_adj.f90; cc -DBENCH_HAND M/driver_c.c "hand" (if M_adj.f90 exists)
#   STAD diff --mode reverse --default-nocheckpoint                   "off"
#   STAD diff --mode reverse                                          "on"
#   STAD diff --mode reverse --table M/tuned.table                    "tuned" (if the table exists;
#                                          it is the DIR/table of a `stad tune` run, see RESULTS.md)
# C files are built with CC (cc) and CFLAGS (-O2 -std=c99) plus `STAD config --cflags`, as a user
# would. Each program is run once per round (ROUNDS, default 5), the programs in turn; each run
# times NREP calls of the head (default 5, after an untimed warm-up call; ../driver.h) and prints
# their median by the process CPU clock and by the wall clock. The table gives the median over
# the rounds. On a shared machine read the CPU column: the wall clock also counts the time spent
# waiting for a core.
#
# Checks (exit status 1 if one fails): every cost agrees with gfortran's to 1e-12 relative; the
# gradients of off, on and tuned are bitwise identical (entry by entry, $BENCH_GRAD files); the
# hand-written adjoint's gradient agrees with stad's to 1e-10 of the largest entry (the two sum
# in different orders, so they agree to rounding, not bitwise).
#
# Environment: STAD, MODELS, ROUNDS, NREP, CC, CFLAGS, FC (gfortran), FFLAGS (-O2), KEEP=1 keeps
# the work folder. Bash, awk, coreutils.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

stad=${1:-${STAD:-}}
if [ -z "$stad" ]; then
    for s in "$root/build/stad" "$root/build/cli/stad"; do
        if [ -x "$s" ]; then stad=$s; break; fi
    done
    [ -n "$stad" ] || stad=$(command -v stad || true)
fi
if [ -z "$stad" ] || [ ! -x "$stad" ]; then
    echo "compare.sh: no stad executable (give its path: compare.sh path/to/stad)" >&2
    exit 2
fi
stad=$(cd "$(dirname "$stad")" && pwd)/$(basename "$stad")

cc=${CC:-cc}
cflags=${CFLAGS:--O2 -std=c99}
fc=${FC:-gfortran}
fflags=${FFLAGS:--O2}
nrep=${NREP:-5}
rounds=${ROUNDS:-5}
models=${MODELS:-ocean}
rtcflags=$("$stad" config --cflags)
rtlibs=$("$stad" config --libs)

work=$(mktemp -d "${TMPDIR:-/tmp}/stad-compare.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    echo "# keeping $work"
else
    trap 'rm -rf "$work"' EXIT INT TERM
fi

head_of() {
    case $1 in
        ocean) echo 'ocean_cost(cost)/(theta0)' ;;
        bgc) echo 'bgc_cost(cost)/(kpar)' ;;
        ice) echo 'ice_cost(cost)/(fric)' ;;
        *) echo "compare.sh: unknown model $1" >&2; exit 2 ;;
    esac
}

value() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }

median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

relerr() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        d = a - b; if (d < 0) d = -d
        m = (a < 0 ? -a : a); n = (b < 0 ? -b : b); if (n > m) m = n; if (m < 1e-300) m = 1e-300
        printf "%.2e\n", d / m }'
}

le() { awk -v x="$1" -v t="$2" 'BEGIN { exit !(x != "" && x + 0 <= t + 0) }'; }

echo "# stad: $stad ($(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo "# $("$cc" --version | head -n 1); CFLAGS: $cflags; stad config --cflags: $rtcflags"
echo "# $("$fc" --version | head -n 1); FFLAGS: $fflags"
echo "# machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $nrep timed calls per run (median), median over $rounds interleaved rounds"

# ---------------------------------------------------------------- build
for m in $models; do
    d=$work/$m
    mkdir -p "$d"
    h=$(head_of "$m")
    progs="gfortran primal"
    echo "== $m: building ($h)"
    (cd "$d" && "$fc" $fflags -c -o gf.o "$here/$m/$m.f90")
    $cc $cflags -DBENCH_GFORTRAN -c -o "$d/driver_g.o" "$here/$m/driver_c.c"
    "$fc" -o "$d/gfortran" "$d/gf.o" "$d/driver_g.o" -lm
    if [ -f "$here/$m/${m}_adj.f90" ]; then
        (cd "$d" && "$fc" $fflags -c -o adj.o "$here/$m/${m}_adj.f90")
        $cc $cflags -DBENCH_HAND -c -o "$d/driver_h.o" "$here/$m/driver_c.c"
        "$fc" -o "$d/hand" "$d/gf.o" "$d/adj.o" "$d/driver_h.o" -lm
        progs="$progs hand"
    fi
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode primal -o "$d/primal.c" 2>/dev/null
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$d/off.c" 2>/dev/null
    "$stad" diff "$here/$m/$m.f90" --head "$h" --mode reverse -o "$d/on.c" 2>/dev/null
    progs="$progs off on"
    if [ -f "$here/$m/tuned.table" ]; then
        "$stad" diff "$here/$m/$m.f90" --head "$h" --mode reverse --table "$here/$m/tuned.table" \
            -o "$d/tuned.c" 2>/dev/null
        progs="$progs tuned"
    fi
    $cc $cflags -c -o "$d/driver_p.o" "$here/$m/driver_c.c" $rtcflags
    $cc $cflags -DSTAD_ADJOINT -c -o "$d/driver_a.o" "$here/$m/driver_c.c" $rtcflags
    for v in primal off on tuned; do
        [ -f "$d/$v.c" ] || continue
        $cc $cflags -c -o "$d/$v.o" "$d/$v.c" $rtcflags
        drv=$d/driver_a.o
        [ "$v" = primal ] && drv=$d/driver_p.o
        $cc $cflags -o "$d/$v" "$d/$v.o" "$drv" $rtlibs
    done
    echo "$progs" > "$d/progs"
done

# ---------------------------------------------------------------- run
r=1
while [ "$r" -le "$rounds" ]; do
    echo "== round $r of $rounds (CPU ms / wall ms)"
    for m in $models; do
        d=$work/$m
        line=$(printf '   %-6s' "$m")
        for v in $(cat "$d/progs"); do
            BENCH_GRAD=$d/$v.grad STAD_STATS=$d/$v.stats "$d/$v" "$nrep" > "$d/$v.$r.out"
            line="$line $(awk -v v="$v" '$1 == "time_median_s" { w = 1e3 * $2 }
                $1 == "cpu_median_s" { c = 1e3 * $2 }
                END { printf "%s %.1f/%.1f ", v, c, w }' "$d/$v.$r.out")"
        done
        echo "$line"
    done
    r=$((r + 1))
done

# ---------------------------------------------------------------- results
med() { cat "$work/$1/$2".*.out | awk -v k="$3" '$1 == k { print 1e3 * $2 }' | median; }

fail=0
echo
echo "Median over the rounds of each run's median, ms; ratios against gfortran -O2's primal"
echo "(CPU time); peak tape from STAD_STATS of one call."
echo
echo "| model | program | CPU ms | wall ms | / gfortran primal | / hand-written adjoint | peak tape |"
echo "|---|---|---|---|---|---|---|"
for m in $models; do
    d=$work/$m
    tg=$(med "$m" gfortran cpu_median_s)
    th=nan
    grep -qw hand "$d/progs" && th=$(med "$m" hand cpu_median_s)
    for v in $(cat "$d/progs"); do
        tc=$(med "$m" "$v" cpu_median_s)
        tw=$(med "$m" "$v" time_median_s)
        peak=-
        if [ -f "$d/$v.stats" ]; then
            peak=$(awk '$1 == "peak_tape_bytes" { printf "%.1f MiB", $2 / 1048576 }' "$d/$v.stats")
        fi
        name=$v
        case $v in
            gfortran) name="gfortran -O2 primal" ;;
            primal) name="stad primal C" ;;
            hand) name="hand-written adjoint (gfortran -O2)" ;;
            off) name="stad adjoint, all off" ;;
            on) name="stad adjoint, all on" ;;
            tuned) name="stad adjoint, tuned ($m/tuned.table)" ;;
        esac
        awk -v m="$m" -v n="$name" -v c="$tc" -v w="$tw" -v g="$tg" -v h="$th" -v p="$peak" 'BEGIN {
            rh = "-"; if (h != "nan" && n !~ /primal/) rh = sprintf("%.2f", c / h)
            printf "| %s | %s | %.1f | %.1f | %.2f | %s | %s |\n", m, n, c, w, c / g, rh, p }'
    done
done
echo
for m in $models; do
    d=$work/$m
    cg=$(value cost "$d/gfortran.1.out")
    for v in $(cat "$d/progs"); do
        e=$(relerr "$(value cost "$d/$v.1.out")" "$cg")
        s=ok; le "$e" 1e-12 || { s=FAIL; fail=1; }
        echo "$m: cost of $v vs gfortran: rel. diff $e ($s)"
    done
    for v in on tuned; do
        [ -f "$d/$v.grad" ] || continue
        if cmp -s "$d/off.grad" "$d/$v.grad"; then
            echo "$m: gradient of $v bitwise equal to off (ok)"
        else
            echo "$m: gradient of $v differs from off (FAIL)"
            fail=1
        fi
    done
    if [ -f "$d/hand.grad" ]; then
        e=$(paste "$d/hand.grad" "$d/off.grad" | awk '{ d = $1 - $2; if (d < 0) d = -d; if (d > m) m = d
            a = ($2 < 0) ? -$2 : $2; if (a > M) M = a } END { printf "%.2e\n", (M > 0) ? m / M : m }')
        s=ok; le "$e" 1e-10 || { s=FAIL; fail=1; }
        echo "$m: hand-written gradient vs stad's: max |difference| / max |entry| = $e ($s)"
    fi
done
if [ "$fail" != 0 ]; then
    echo "compare.sh: a check failed" >&2
    exit 1
fi
