#!/usr/bin/env bash
# tune_goals.sh -- the runs behind issue 13's "Done when": the time-prediction error of `stad tune`
# on every benchmark model at two budgets, the exhaustive measured optimum of the models with at
# most 16 call sites, and the best of 100 random configurations on the larger ones.
#
#   tune_goals.sh STAD tune  M BUDGET [N]   stad tune at BUDGET: --exhaustive when M has at most 16
#                                           sites and N is "ex", else --random N (20); -o $WORK/M-BUDGET
#   tune_goals.sh STAD side  DIR [CONFIG...] the tuned configuration of DIR against the fastest
#                                           measured points within its budget (or CONFIGs), side by side
#   tune_goals.sh STAD errors DIR...        the error table (tune_errors.sh, and the fitted terms)
#
# Models: heat (examples/heat.f90), tracer, swtype (with its tune_driver.c), nlswave, ice, ocean,
# bgc, lake (42 sites). `side` re-measures with the folder's own build (build/adjoint_run): ROUNDS (7) interleaved
# rounds, each configuration once per round in CPU time (STAD_CLOCK=cpu, STAD_REPEAT = the
# folder's calls per run), and prints per configuration the median, the quartiles, and the
# tuned configuration's difference from each, with "within noise" when the quartile ranges
# overlap. NBEST (3) measured points are taken (the fastest single runs within the budget).
# Environment: WORK (/tmp/stad-tune-goals), ROUNDS, NBEST, REPEAT (3, stad tune --repeat),
# POINT_RUNS (stad tune --point-runs: runs per random or exhaustive point; 1).
set -euo pipefail
stad=$(realpath "$1")
what=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-/tmp/stad-tune-goals}
rounds=${ROUNDS:-7}
nbest=${NBEST:-3}
rep=${REPEAT:-3}
mkdir -p "$work"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

src_of() {
    case $1 in
        heat) echo "$here/../examples/heat.f90" ;;
        *) echo "$here/$1/$1.f90" ;;
    esac
}
head_of() {
    case $1 in
        heat) echo 'heat_cost(cost)/(u0)' ;;
        ocean) echo 'ocean_cost(cost)/(theta0)' ;;
        bgc) echo 'bgc_cost(cost)/(kpar)' ;;
        ice) echo 'ice_cost(cost)/(fric)' ;;
        tracer) echo 'tracer_cost(cost)/(c0)' ;;
        swtype) echo 'sw_cost(cost)/(h0)' ;;
        nlswave) echo 'nls_cost(cost)/(a0)' ;;
        lake) echo 'lake_cost(cost)/(t0)' ;;
        *) echo "tune_goals.sh: unknown model $1" >&2; exit 2 ;;
    esac
}

# the median, first and third quartile of numbers on stdin
quart() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan nan nan"; exit }
        q1 = v[int((NR + 3) / 4)]; q3 = v[NR + 1 - int((NR + 3) / 4)]
        printf "%.4f %.4f %.4f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, q1, q3 }'
}

case $what in
tune)
    m=$1 b=$2 n=${3:-20}
    d=$work/$m-$b
    opt=(--random "$n")
    [ "$n" = ex ] && opt=(--exhaustive)
    [ "$m" = swtype ] && opt+=(--driver "$here/swtype/tune_driver.c")
    [ -n "${POINT_RUNS:-}" ] && opt+=(--point-runs "$POINT_RUNS")
    echo "== $m --budget $b ${opt[*]} (load $(loadavg))"
    t0=$(date +%s)
    "$stad" tune "$(src_of "$m")" --head "$(head_of "$m")" --budget "$b" --repeat "$rep" "${opt[@]}" -o "$d" \
        > "$d.log" 2>&1 || { cat "$d.log" >&2; exit 1; }
    echo "   ($(( $(date +%s) - t0 )) s, load $(loadavg))" >> "$d.log"
    sed 's/^/   /' "$d.log"
    ;;
side)
    d=$(realpath "$1")
    shift
    calls=$(cat "$d/calls" 2>/dev/null || echo 1)
    budget=$(awk -F'"budget_bytes": ' 'NF > 1 { split($2, a, /[,}]/); print a[1]; exit }' "$d/report.json")
    tuned=$(awk -F'"config": "' '/"best":/ { split($2, a, "\""); print a[1]; exit }' "$d/report.json")
    default=$(awk -F'"config": "' '/"baseline":/ { split($2, a, "\""); print a[1]; exit }' "$d/report.json")
    if [ $# -gt 0 ]; then
        others="$*"
    else
        # the fastest single measurements within the budget, the tuned one left out
        others=$(awk -v B="${budget:-0}" -v T="$tuned" -F'"config": "' '/"kind": "(random|exhaustive)"/ {
            split($2, a, "\""); c = a[1]; s = $0; sub(/.*"time_s": /, "", s); t = s + 0
            s = $0; sub(/.*"peak_bytes": /, "", s); p = s + 0
            if ((B == 0 || p <= B) && c != T) print t, c }' "$d/report.json" | sort -g | awk -v n="$nbest" 'NR <= n' |
            awk '{ printf "%s ", $2 }')
    fi
    cfgs="tuned:$tuned default:$default"
    k=1
    for c in $others; do cfgs="$cfgs best$k:$c"; k=$((k + 1)); done
    echo "== side by side in $d: $rounds rounds, $calls calls per run, CPU time (load $(loadavg))"
    rm -f "$d"/side.*
    for r in $(seq "$rounds"); do
        for lc in $cfgs; do
            (cd "$d" && STAD_SITES=${lc#*:} STAD_STATS=$d/side.stats STAD_CLOCK=cpu STAD_REPEAT=$calls \
                ./build/adjoint_run) | awk -v f="$d/side.${lc%%:*}" '
                /^stad_time_s/ { t = $2 } /^stad_calls/ { c = $2 }
                END { if (c < 1) c = 1; print t / c >> f }'
        done
    done
    read -r tm tq1 tq3 < <(quart < "$d/side.tuned")
    for lc in $cfgs; do
        read -r md q1 q3 < <(quart < "$d/side.${lc%%:*}")
        awk -v l="${lc%%:*}" -v c="${lc#*:}" -v m="$md" -v a="$q1" -v b="$q3" -v tm="$tm" -v ta="$tq1" -v tb="$tq3" 'BEGIN {
            v = l == "tuned" ? "" : (b < ta || a > tb) ? sprintf("tuned %+.1f %%", 100 * (tm - m) / m) \
                                                        : sprintf("tuned %+.1f %%, within noise", 100 * (tm - m) / m)
            printf "   %-8s %-42s %.4f s (%.4f-%.4f)  %s\n", l, c, m, a, b, v }'
    done
    echo "   (load $(loadavg))"
    ;;
errors)
    "$here/tune_errors.sh" "$@"
    for d in "$@"; do
        awk -v dir="$d" -F'"rec_cost_s": ' 'NF > 1 { split($2, a, /[,}]/); r = a[1]
            s = $0; sub(/.*"rec_cost_prior_s": /, "", s); p = s + 0
            s = $0; sub(/.*"time_median_prior": /, "", s); e = s + 0
            s = $0; sub(/.*"byte_cost_s": /, "", s); bc = s + 0
            printf "%-28s recording cost %.1f ns/event fitted (prior %.1f), tape term %.2f ns/B; random points with the prior: %.1f %%\n",
                   dir, 1e9 * r, 1e9 * p, 1e9 * bc, 100 * e }' "$d/report.json"
    done
    ;;
*)
    echo "usage: tune_goals.sh STAD tune|side|errors ..." >&2
    exit 2
    ;;
esac
