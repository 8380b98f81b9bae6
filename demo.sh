#!/usr/bin/env bash
# Quick start, step 1: install what is missing (Debian), build stad, and run its main job on a
# bundled example. Safe to run again: it rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v cmake >/dev/null || need+=(cmake)
command -v make >/dev/null || need+=(make)
command -v cc >/dev/null || need+=(gcc)
command -v flex >/dev/null || need+=(flex)
command -v bison >/dev/null || need+=(bison)
command -v gfortran >/dev/null || need+=(gfortran)
[ -e /usr/include/gmp.h ] || [ -e /usr/include/x86_64-linux-gnu/gmp.h ] || need+=(libgmp-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "demo: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 >/dev/null
echo "== stad check: derivatives of examples/burgers.f90 against finite differences"
./build/stad check examples/burgers.f90 --head 'burgers(cost)/(u0)'
echo
echo "== stad tune: choose the call-site checkpoints of examples/heat.f90's adjoint (budget: twice the default's peak tape)"
rm -rf build/demo-tune
./build/stad tune examples/heat.f90 --head 'heat_cost(cost)/(u0)' --budget 2x --random 10 --repeat 5 -o build/demo-tune
echo
echo "== what that means (from build/demo-tune/report.json; the plot is build/demo-tune/plot.svg)"
awk -f - build/demo-tune/report.json <<'AWK'
# a few numbers of report.json, by key (the file has one object per line where it matters)
function num(line, key,   s) { s = line; sub(".*\"" key "\": *", "", s); sub(/[,}].*/, "", s); return s }
function str(line, key,   s) { s = line; sub(".*\"" key "\": *\"", "", s); sub(/".*/, "", s); return s }
function mb(b) { return sprintf("%.2f MB", b / 1e6) }
/"budget_bytes"/ { budget = num($0, "budget_bytes") }
/"sites"/ { s = $0; sub(/.*\[/, "", s); sub(/\].*/, "", s); gsub(/"/, "", s); nsites = split(s, site, /, /) }
/"baseline"/ { t0 = num($0, "time_s"); p0 = num($0, "peak_bytes") }
/"all_off_peak_predicted"/ { poff = num($0, "all_off_peak_predicted") }
/"best"/ && /config/ { cfg = str($0, "config"); tb = num($0, "time_s"); pb = num($0, "peak_bytes") }
/"remeasured"/ { rd = num($0, "default_time_s"); rb = num($0, "best_time_s"); verdict = str($0, "verdict") }
END {
  printf "  every call checkpointed (stad's default): adjoint %.4f s CPU, peak tape %s\n", t0, mb(p0)
  printf "  every call taped (all off):               peak tape %s (predicted), %s the budget of %s\n", mb(poff),
         (poff > budget ? "over" : "within"), mb(budget)
  on = ""
  for (i = 1; i <= nsites; i++) if (substr(cfg, i, 1) == "1") on = on (on ? ", " : "") site[i]
  printf "  tuned: checkpoint only %s; adjoint %.4f s CPU, peak tape %s\n", on ? on : "nothing", tb, mb(pb)
  if (verdict == "faster")
    printf "  so the tuned adjoint is %.1fx faster than the default (re-measured side by side: %.4f s vs %.4f s)\n" \
           "  and fits the budget, which the fastest-in-theory all-off configuration does not.\n", rd / rb, rb, rd
  else
    printf "  re-measured side by side: %.4f s vs the default's %.4f s (%s): on this machine the gain is not clear\n", rb, rd, verdict
}
AWK
echo
echo "== the tuned toggle table (build/demo-tune/table): stad diff ... --table build/demo-tune/table writes that adjoint"
cat build/demo-tune/table
