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
echo "== stad tune: choose the call-site checkpoints of the adjoint automatically (budget 2x the default peak)"
rm -rf build/demo-tune
./build/stad tune examples/burgers.f90 --head 'burgers(cost)/(u0)' --budget 2x --random 20 --repeat 5 -o build/demo-tune
echo
echo "== the tuned toggle table (build/demo-tune/table); the plot is build/demo-tune/plot.svg"
cat build/demo-tune/table
