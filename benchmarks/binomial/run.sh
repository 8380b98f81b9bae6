#!/usr/bin/env bash
# run.sh -- binomial checkpointing (!$AD BINOMIAL-CKP) on ocean_long.f90 (the ocean model on
# 32 x 32 cells with nt = 1000 steps): store-all (the directive removed) against revolve with
# several snapshot counts, each with every call-site checkpoint off (--default-nocheckpoint:
# the time loop is the only checkpointing) and with every one on (the default).
#
#   binomial/run.sh [STAD]        (default: ../../build/stad, ../../build/cli/stad, or stad)
#
# For each variant: STAD diff V.f90 --head 'ocean_cost(cost)/(theta0)' [--default-nocheckpoint]
# -o V.c; cc -O2 -std=c99 V.c driver.c; run once (NREP calls) with STAD_STATS (statistics of
# the last call) and the gradient written out. Then ROUNDS (default 5) timing rounds, each running
# every variant once (NREP calls, their median), interleaved so that load on a shared machine
# hits all variants alike. Reported: median over the rounds of the adjoint time, peak_tape_bytes,
# snapshot_count and snapshot_bytes (all snapshots written, call-site ones included), the size
# of one revolve snapshot (snapshot_bytes / snapshot_count of the sites-off run: then revolve's
# are the only snapshots), forward_steps against `STAD revolve --steps nt --snaps S`'s minimal
# forward steps, and the largest relative difference of the gradient (all 1024 entries) from
# store-all with sites off (max |g - g_ref| / max |g_ref|; must be <= 1e-12).
#
# Then `STAD tune` (gain-first, --budget 2x, --repeat NREP) on the S = TUNE_SNAPS variant (default
# 10; empty: skipped); its table (DIR/table) is built and measured like the others ("tuned" rows).
#
# Environment: SNAPS ("5 10 20 50"), TUNE_SNAPS (10), NREP (3), ROUNDS (5), CC (cc), WORK (a
# temporary folder, removed unless KEEP=1), NICE (0), REUSE=1 (with WORK: keep the builds,
# statistics, gradients and tune run of variants already made there; the timing rounds are
# always run).
# Bash, awk, sed, coreutils; no python.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stad=${1:-}
if [ -z "$stad" ]; then
    for s in "$root/build/stad" "$root/build/cli/stad"; do
        if [ -x "$s" ]; then stad=$s; break; fi
    done
    [ -n "$stad" ] || stad=$(command -v stad || true)
fi
case $stad in */*) ;; ?*) stad=$(command -v "$stad" || echo "$stad") ;; esac
[ -n "$stad" ] && [ -x "$stad" ] || { echo "run.sh: no stad executable" >&2; exit 2; }
stad=$(cd "$(dirname "$stad")" && pwd)/$(basename "$stad")

snaps=${SNAPS:-5 10 20 50}
nrep=${NREP:-3}
cc=${CC:-cc}
niceness=${NICE:-0}
head='ocean_cost(cost)/(theta0)'
work=${WORK:-}
if [ -z "$work" ]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/stad-binomial.XXXXXX")
    if [ "${KEEP:-0}" = 1 ]; then echo "# keeping $work"; else trap 'rm -rf "$work"' EXIT INT TERM; fi
fi
mkdir -p "$work"
cflags=$("$stad" config --cflags)
libs=$("$stad" config --libs)
nt=$(awk '/integer, parameter :: nt =/ { print $NF; exit }' "$here/ocean_long.f90")

echo "# stad: $stad"
echo "# machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# ocean_long.f90: nt = $nt; $nrep timed adjoint calls per variant (median)"

stat_of() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }

# build_run NAME SNAPS(0 = store-all) SITES(on|off|a checkpoint table)
build_run() {
    local name=$1 s=$2 sites=$3 src=$work/$1.f90
    if [ "${REUSE:-0}" = 1 ] && [ -s "$work/$name.out" ] && [ -s "$work/$name.stats" ]; then return 0; fi
    if [ "$s" = 0 ]; then
        sed 's/^  !\$AD BINOMIAL-CKP nt nsnap 1$/  ! (store-all: no BINOMIAL-CKP)/' "$here/ocean_long.f90" > "$src"
    else
        sed "s/^  integer, parameter :: nsnap = .*/  integer, parameter :: nsnap = $s/" "$here/ocean_long.f90" > "$src"
    fi
    local opt=
    case $sites in off) opt=--default-nocheckpoint ;; on) ;; *) opt="--table $sites" ;; esac
    "$stad" diff "$src" --head "$head" $opt -o "$work/$name.c"
    $cc -O2 -std=c99 -c -o "$work/$name.o" "$work/$name.c" $cflags
    $cc -O2 -std=c99 -o "$work/$name" "$here/driver.c" "$work/$name.o" $cflags $libs -lm
    STAD_STATS=$work/$name.stats nice -n "$niceness" "$work/$name" "$nrep" "$work/$name.grad" > "$work/$name.out"
}

maxrel() { # maxrel A B: max |a - b| / max |b|
    paste "$1" "$2" | awk '{ d = $1 - $2; if (d < 0) d = -d; if (d > m) m = d
        b = $2 < 0 ? -$2 : $2; if (b > r) r = b } END { printf "%.1e\n", m / (r > 0 ? r : 1) }'
}

rows=$work/rows
: > "$rows"
for sites in off on; do
    for s in 0 $snaps; do
        name=v$s-$sites
        echo "== $name (load $(cut -d' ' -f1-3 /proc/loadavg))"
        build_run "$name" "$s" "$sites"
        echo "$sites $s $(stat_of time_median_s "$work/$name.out") $(stat_of peak_tape_bytes "$work/$name.stats")" \
             "$(stat_of snapshot_count "$work/$name.stats") $(stat_of snapshot_bytes "$work/$name.stats")" \
             "$(stat_of forward_steps "$work/$name.stats") $(stat_of cost "$work/$name.out")" >> "$rows"
    done
done


# binomial combined with tuned call-site checkpoints: stad tune on the S = TUNE_SNAPS variant
tsnap=${TUNE_SNAPS-10}
if [ -n "$tsnap" ]; then
    d=$work/tune-$tsnap
    sed "s/^  integer, parameter :: nsnap = .*/  integer, parameter :: nsnap = $tsnap/" "$here/ocean_long.f90" > "$work/tune-$tsnap.f90"
    echo "== stad tune, binomial S = $tsnap, gain-first, budget 2x (load $(cut -d' ' -f1-3 /proc/loadavg))"
    if [ "${REUSE:-0}" != 1 ] || [ ! -s "$d/table" ]; then
        nice -n "$niceness" "$stad" tune "$work/tune-$tsnap.f90" --head "$head" --budget 2x --repeat "$nrep" \
            -o "$d" > "$d.log" 2>&1 || { cat "$d.log" >&2; exit 1; }
    fi
    sed "s/^/   /" "$d.log"
    # stad tune lists the BINOMIAL-CKP loop as a site of its own (caller:line:binomial, a bit of
    # STAD_SITES that changes nothing) and writes it into DIR/table, where `stad diff --table`
    # rejects it as an unknown call site: drop that line
    grep -v "^[^ #]*:binomial " "$d/table" > "$d/table.diff"
    build_run "v$tsnap-tuned" "$tsnap" "$d/table.diff"
    name=v$tsnap-tuned
    echo "tuned $tsnap $(stat_of time_median_s "$work/$name.out") $(stat_of peak_tape_bytes "$work/$name.stats")" \
         "$(stat_of snapshot_count "$work/$name.stats") $(stat_of snapshot_bytes "$work/$name.stats")" \
         "$(stat_of forward_steps "$work/$name.stats") $(stat_of cost "$work/$name.out")" >> "$rows"
fi

# Timing, interleaved: ROUNDS rounds, each running every variant once (NREP calls, median);
# the table gives the median over the rounds (the runs above, made one after the other while
# building, only give the statistics and the gradients).
rounds=${ROUNDS:-5}
: > "$work/times"
r=1
while [ "$r" -le "$rounds" ]; do
    echo "== timing round $r of $rounds (load $(cut -d' ' -f1-3 /proc/loadavg))"
    while read -r sites s rest; do
        nice -n "$niceness" "$work/v$s-$sites" "$nrep" < /dev/null |
            awk -v n="v$s-$sites" '$1 == "time_median_s" { print n, $2 }' >> "$work/times"
    done < "$rows"
    r=$((r + 1))
done
ref=$work/v0-off.grad
echo
echo "ocean_long, nt = $nt. Time (s): median over $rounds interleaved rounds of the median of $nrep adjoint calls."
echo "Revolve snapshot: snapshot_bytes / snapshot_count"
echo "of the sites-off run; snapshot memory = S x that. Gradient: max |g - g_store-all| / max |g_store-all|"
echo "against store-all with call-site checkpoints off."
echo
echo "| call sites | schedule | time (s) | peak tape (MiB) | snapshot memory (MiB) | snapshots written | snapshot bytes written (MiB) | forward_steps | revolve minimal | difference | gradient |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
fail=0
snapsz=
while read -r sites s t0 pk sc sb fw cost; do
    name=v$s-$sites
    t=$(awk -v n="$name" '$1 == n { print $2 }' "$work/times" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    if [ "$s" = 0 ]; then
        sched="store-all"; minf=0
    else
        sched="binomial S = $s"
        minf=$("$stad" revolve --steps "$nt" --snaps "$s" | awk -F': ' '/^minimal forward steps/ { print $2 }')
    fi
    if [ "$sites" = off ] && [ "$s" != 0 ]; then snapsz=$(awk -v b="$sb" -v c="$sc" 'BEGIN { print b / c }'); fi
    g=$(maxrel "$work/$name.grad" "$ref")
    awk -v x="$g" 'BEGIN { exit !(x + 0 <= 1e-12) }' || fail=1
    mem=$(awk -v s="$s" -v z="${snapsz:-0}" 'BEGIN { if (s == 0 || z == 0) print "-"; else printf "%.2f", s * z / 1048576 }')
    awk -v si="$sites" -v sc="$sched" -v t="$t" -v pk="$pk" -v mem="$mem" -v n="$sc" -v sb="$sb" \
        -v fw="$fw" -v mf="$minf" -v g="$g" 'BEGIN {
        printf "| %s | %s | %.3f | %.2f | %s | %d | %.1f | %d | %s | %s | %s |\n", si, sc, t, pk / 1048576, mem, n,
            sb / 1048576, fw, (sc == "store-all" ? "-" : mf), (sc == "store-all" ? "-" : fw - mf), g }'
done < "$rows"
echo
echo "revolve snapshot (sites off): ${snapsz:-?} bytes; costs: $(awk '{ print $8 }' "$rows" | sort -u | tr '\n' ' ')"
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$fail" != 0 ]; then
    echo "run.sh: a gradient differs from store-all's by more than 1e-12" >&2
    exit 1
fi
