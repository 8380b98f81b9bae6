#!/usr/bin/env bash
# tune_bench.sh -- the `stad tune` benchmark: per model (ocean, bgc, ice), the adjoint's run time
# and peak tape with every call-site checkpoint on (the default), with every one off, and as
# tuned by `stad tune` with each strategy (gain-first, memory-careful) at budgets 1.5x and 2x the
# default's peak, against N random configurations.
#
#   tune_bench.sh [STAD]          (default: ../build/stad, ../build/cli/stad, or stad on PATH)
#
# Per model M, in $WORK/M/ (default WORK=/tmp/stad-tune-bench; kept, so a rerun resumes and only
# measures what is new, e.g. after raising RANDOM_N):
#   STAD tune M/M.f90 --head H --strategy S --budget B --random N --repeat R -o $WORK/M/S-B
# for (S, B) = (gain-first, 2x), (gain-first, 1.5x), (memory-careful, 2x), (memory-careful, 1.5x)
# in that order. The four runs share one measurement cache: before a run, the folder gets a copy
# of the previous run's `measurements` file and its `profiles/` (hard links) plus the
# `.stad-tune` marker, so an identical configuration (same bits) is measured once per model
# and all four reports hold the same random points. Then default, all off (STAD_SITES=000...0)
# and the four tuned configurations are re-measured with the same tune-built binary
# ($WORK/M/gain-first-2x/build/adjoint_run) in CPU time as tune measures (STAD_CLOCK=cpu, the adjoint
# called STAD_REPEAT = DIR/calls times per run, so a run under 50 ms is not one call's start-up
# and clock granularity; the time per call), RROUNDS interleaved rounds, median: tune measures
# the default first and the random points last, so on a shared machine its numbers for
# different configurations come from different loads.
# `--exhaustive` is tried once per model (it is refused above 16 call sites).
#
# Reported per (model, configuration): adjoint time and peak tape; the speedup over the default;
# for a tuned configuration (the end of the tuning path: the last kept iteration, which is not
# always report.json's "best" -- that one is the fastest of *all* measured points within the
# budget, random ones included) how many of the random configurations it dominates (time <= and
# peak <=, one strictly); the median (and max) relative prediction error of time and peak over
# the tuning iterations of report.json. Then the goals: tuned >= 2x faster than the default
# within a 2x budget on at least two models; peak predictions within 5 %.
#
# Environment: WORK, RANDOM_N (250), REPEAT (3, stad tune --repeat), RROUNDS (5), MODELS
# ("ocean bgc ice"; also tracer, swtype, nlswave), NICE (0: the niceness the runs get), REUSE=1 (a run whose report.json exists
# in WORK is not run again: only the re-measurement and the tables are redone).
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
    echo "tune_bench.sh: no stad executable (give its path: tune_bench.sh path/to/stad)" >&2
    exit 2
fi
stad=$(cd "$(dirname "$stad")" && pwd)/$(basename "$stad")

work=${WORK:-/tmp/stad-tune-bench}
nrand=${RANDOM_N:-250}
rep=${REPEAT:-3}
rrounds=${RROUNDS:-5}
reuse=${REUSE:-0}
models=${MODELS:-ocean bgc ice}
niceness=${NICE:-0}
runs="gain-first:2x gain-first:1.5x memory-careful:2x memory-careful:1.5x"
mkdir -p "$work"

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

median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

echo "# stad: $stad"
echo "# machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
     "load average $(loadavg) at the start"
echo "# work folder $work; --random $nrand, --repeat $rep, nice -n $niceness"

# ---------------------------------------------------------------- tuning runs
for m in $models; do
    h=$(head_of "$m")
    prev=
    for r in $runs; do
        s=${r%%:*}
        b=${r##*:}
        d=$work/$m/$s-$b
        if [ -n "$prev" ] && [ ! -e "$d/.stad-tune" ]; then
            # share the measurement cache of the previous run of this model
            mkdir -p "$d"
            cp "$prev/measurements" "$d/measurements"
            [ -d "$prev/profiles" ] && cp -al "$prev/profiles" "$d/profiles"
            : > "$d/.stad-tune"
        fi
        mkdir -p "$work/$m"
        echo "== $m: stad tune --strategy $s --budget $b --random $nrand (load $(loadavg))"
        if [ "$reuse" = 1 ] && [ -s "$d/report.json" ]; then
            echo "   (REUSE=1: the finished run in $d is reused; its log:)"
        else
            t0=$(date +%s)
            nice -n "$niceness" "$stad" tune "$here/$m/$m.f90" --head "$h" --strategy "$s" --budget "$b" \
                --random "$nrand" --repeat "$rep" -o "$d" > "$d.log" 2>&1 || {
                echo "tune_bench.sh: stad tune failed, see $d.log" >&2
                cat "$d.log" >&2
                exit 1
            }
            echo "   ($(( $(date +%s) - t0 )) s, load $(loadavg))" >> "$d.log"
        fi
        sed 's/^/   /' "$d.log"
        rm -f "$d/scratch.prof"
        prev=$d
    done
    # Re-measurement, interleaved: default, all off and each run's tuned configuration, with the
    # tune-built binary of the first run, RROUNDS rounds (each round runs every configuration
    # once), median per configuration. Tune's own numbers come from different moments (the
    # default first, random points last), so on a shared machine a burst of load can tilt them.
    d=$work/$m/gain-first-2x
    n=$(awk -F'"sites": \\[' 'NF > 1 { print split($2, a, ", "); exit }' "$d/report.json")
    zeros=$(awk -v n="$n" 'BEGIN { while (n-- > 0) printf "0"; print "" }')
    ones=$(awk -F'"config": "' '/"baseline":/ { split($2, a, "\""); print a[1]; exit }' "$d/report.json")
    cfgs="default:$ones off:$zeros"
    for r in $runs; do
        s=${r%%:*}
        b=${r##*:}
        c=$(awk -F'"config": "' '/"baseline":/ { split($2, a, "\""); t = a[1] }
            /"change":/ && /"accepted": true/ { split($2, a, "\""); t = a[1] } END { print t }' \
            "$work/$m/$s-$b/report.json")
        cfgs="$cfgs $s-$b:$c"
    done
    # as tune measures: CPU time, the adjoint called DIR/calls times per run (a run under
    # --min-sample, 50 ms, is mostly start-up and clock granularity), the time per call
    calls=$(cat "$d/calls" 2>/dev/null || echo 1)
    if [ "$reuse" = 1 ] && [ -s "$work/$m/remeasure" ]; then
        echo "   (REUSE=1: the re-measurement in $work/$m/remeasure is reused)"
    else
        : > "$work/$m/remeasure.times"
        : > "$work/$m/remeasure.peaks"
        i=0
        while [ "$i" -lt "$rrounds" ]; do
            for lc in $cfgs; do
                (cd "$d" && STAD_SITES=${lc#*:} STAD_STATS=$work/$m/remeasure.stats STAD_CLOCK=cpu \
                    STAD_REPEAT=$calls nice -n "$niceness" ./build/adjoint_run) |
                    awk -v l="${lc%%:*}" '$1 == "stad_time_s" { t = $2 } $1 == "stad_calls" { k = $2 }
                        END { print l, t / (k > 0 ? k : 1) }' >> "$work/$m/remeasure.times"
                echo "${lc%%:*} $(awk '$1 == "peak_tape_bytes" { print $2 }' "$work/$m/remeasure.stats")" \
                    >> "$work/$m/remeasure.peaks"
            done
            i=$((i + 1))
        done
        : > "$work/$m/remeasure"
        for lc in $cfgs; do
            l=${lc%%:*}
            echo "$l ${lc#*:} $(awk -v l="$l" '$1 == l { print $2 }' "$work/$m/remeasure.times" | median)" \
                 "$(awk -v l="$l" '$1 == l { p = $2 } END { print p }' "$work/$m/remeasure.peaks")" >> "$work/$m/remeasure"
        done
    fi
    awk '$1 == "off" { print $2, $3, $4 }' "$work/$m/remeasure" > "$work/$m/off"
    echo "   re-measured ($rrounds interleaved rounds, median, $calls adjoint call(s) per run; load $(loadavg)):"
    awk '{ printf "     %-22s %.4f s  %d B\n", $1, $3, $4 }' "$work/$m/remeasure"
    # exhaustive: refused above 16 sites
    rm -rf "$work/$m/exhaustive"
    if "$stad" tune "$here/$m/$m.f90" --head "$h" --exhaustive -o "$work/$m/exhaustive" \
        > "$work/$m/exhaustive.log" 2>&1; then
        echo "   exhaustive: ran (see $work/$m/exhaustive)"
    else
        echo "   exhaustive: $(cat "$work/$m/exhaustive.log")"
    fi
    rm -rf "$work/$m/exhaustive"
done

# ---------------------------------------------------------------- the table
# summarize M S-B: one table row from $work/M/S-B/report.json
summarize() {
    awk -v model="$1" -v run="$2" -v offline="$(cat "$work/$1/off")" \
        -v rdef="$(awk '$1 == "default" { print $3 }' "$work/$1/remeasure")" \
        -v rtun="$(awk -v r="$2" '$1 == r { print $3 }' "$work/$1/remeasure")" '
    function num(s, key,   i, r) {
        i = index(s, "\"" key "\": ")
        if (!i) return ""
        r = substr(s, i + length(key) + 4)
        match(r, /^[-0-9.eE+]+/)
        return substr(r, 1, RLENGTH) + 0
    }
    function str(s, key,   i, r) {
        i = index(s, "\"" key "\": \"")
        if (!i) return ""
        r = substr(s, i + length(key) + 5)
        return substr(r, 1, index(r, "\"") - 1)
    }
    function med(a, n,   i, j, x) {
        for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
        if (n == 0) return -1
        return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    function abs(x) { return x < 0 ? -x : x }
    /"budget_bytes":/ { budget = num($0, "budget_bytes") }
    /"baseline":/ { bt = num($0, "time_s"); bp = num($0, "peak_bytes"); tc = str($0, "config"); tt = bt; tp = bp }
    /"change":/ {
        p = $0; sub(/.*"predicted": /, "", p); q = $0; sub(/.*"measured": /, "", q)
        pt = num(p, "time_s"); pp = num(p, "peak_bytes"); mt = num(q, "time_s"); mp = num(q, "peak_bytes")
        nit++
        et[nit] = abs(pt - mt) / mt; ep[nit] = abs(pp - mp) / mp
        if (ep[nit] > maxep) maxep = ep[nit]
        if (et[nit] > maxet) maxet = et[nit]
        if (ep[nit] <= 0.05) within++
        if ($0 ~ /"accepted": true/) { tc = str($0, "config"); tt = mt; tp = mp; nacc++ }
    }
    /"best":/ { rbc = str($0, "config"); rbt = num($0, "time_s"); rbp = num($0, "peak_bytes") }
    /"gradient_check":/ { g = $0; sub(/.*: "?/, "", g); sub(/"?,$/, "", g) }
    /"kind": "random"/ { nr++; rt[nr] = num($0, "time_s"); rp[nr] = num($0, "peak_bytes") }
    END {
        dom = 0; domby = 0
        for (i = 1; i <= nr; i++) {
            if (tt <= rt[i] && tp <= rp[i] && (tt < rt[i] || tp < rp[i])) dom++
            if (rt[i] <= tt && rp[i] <= tp && (rt[i] < tt || rp[i] < tp)) domby++
            if (rp[i] <= budget && (bestr == "" || rt[i] < bestr)) { bestr = rt[i]; bestrp = rp[i] }
        }
        for (i = 1; i <= nit; i++) { a[i] = et[i]; c[i] = ep[i] }
        split(offline, off, " ")
        printf "%s\t%s\t%.4f\t%.1f\t%.2f\t%.2f\t%d/%d\t%d\t%.3f\t%.3f\t%.2e\t%.2e\t%d\t%d\t%d\t%s\t%.4f\t%.1f\t%s\t%.4f\t%.1f\t%.4f\t%.1f\t%.4f\t%.1f\t%.4f\t%.4f\n",
            model, run, tt, tp / 1048576, bt / tt, tp / bp, dom, nr, domby,
            med(a, nit), maxet, med(c, nit), maxep, within, nit, nacc,
            (rbc == tc ? "same" : "other"), rbt, rbp / 1048576, g,
            bt, bp / 1048576, off[2], off[3] / 1048576, bestr, bestrp / 1048576, rdef, rtun
    }' "$work/$1/$2/report.json"
}

rows=$work/rows
: > "$rows"
for m in $models; do
    for r in $runs; do
        s=${r%%:*}
        b=${r##*:}
        summarize "$m" "$s-$b" >> "$rows"
    done
done

echo
echo "Per model: peak tape and adjoint time of one adjoint call (tune's driver, CPU time; a run under 50 ms calls"
echo "it several times, DIR/calls). \"tune\": the time stad tune"
echo "measured (median of $rep runs; random points: 1 run). \"re-measured\": median of $rrounds interleaved rounds"
echo "of default, all off and the four tuned configurations, after the tuning runs. Random: the fastest"
echo "of the $nrand random configurations within the budget (tune's single measurement)."
echo
echo "| model | configuration | peak tape (MiB) | peak / default | time, tune (s) | speedup, tune | time, re-measured (s) | speedup, re-measured |"
echo "|---|---|---|---|---|---|---|---|"
for m in $models; do
    awk -F'\t' -v m="$m" '$1 == m && !done {
        printf "| %s | default (all on) | %.1f | 1.00 | %.4f | 1.00 | %.4f | 1.00 |\n", m, $21, $20, $26
        printf "| %s | all off | %.1f | %.2f | - | - | %.4f | %.2f |\n", m, $23, $23 / $21, $22, $26 / $22
        done = 1 }' "$rows"
    awk -F'\t' -v m="$m" '$1 == m {
        printf "| %s | tuned %s | %.1f | %.2f | %.4f | %.2f | %.4f | %.2f |\n", m, $2, $4, $6, $3, $5, $27, $26 / $27 }' "$rows"
    awk -F'\t' -v m="$m" '$1 == m {
        b = $2; sub(/.*-/, "", b)
        if (!(b in seen)) { seen[b] = 1
            printf "| %s | fastest random within %s | %.1f | %.2f | %.4f | %.2f | - | - |\n", m, b, $25, $25 / $21, $24, $20 / $24 } }' "$rows"
done
echo
echo "Tuning runs: iterations (kept), random configurations the tuned one dominates / is dominated by,"
echo "relative prediction errors over the iterations (median and max), report.json's best."
echo
echo "| model | run | iterations (kept) | dominates random | dominated by | time error median | time error max | peak error median | peak error max | peak within 5 % | report best | best time (s) | best peak (MiB) | gradient |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
awk -F'\t' '{
    printf "| %s | %s | %d (%d) | %s | %d | %.1f %% | %.1f %% | %.2g %% | %.2g %% | %d/%d | %s | %.4f | %.1f | %s |\n",
        $1, $2, $14, $15, $7, $8, 100 * $9, 100 * $10, 100 * $11, 100 * $12, $13, $14,
        ($16 == "same" ? "= tuned" : "another point"), $17, $18, $19 }' "$rows"
echo
awk -F'\t' '
    $2 ~ /-2x$/ && $5 >= 2 { fast[$1] = 1 }
    $2 ~ /-2x$/ && $26 / $27 >= 2 { rfast[$1] = 1 }
    { if ($12 > 0.05) bad++; n++ }
    END {
        k = 0; list = ""
        for (m in fast) { k++; list = list " " m }
        printf "goal 1 (tuned >= 2x faster than the default within a 2x budget, on >= 2 models), tune'"'"'s times: %s (%d model(s):%s)\n",
            (k >= 2 ? "met" : "NOT met"), k, list
        k = 0; list = ""
        for (m in rfast) { k++; list = list " " m }
        printf "goal 1, re-measured times: %s (%d model(s):%s)\n", (k >= 2 ? "met" : "NOT met"), k, list
        printf "goal 2 (peak predictions within 5 %%): %s (%d of %d runs have an iteration off by more)\n",
            (bad ? "NOT met" : "met"), bad + 0, n
    }' "$rows"
echo "# load average at the end: $(loadavg)"
