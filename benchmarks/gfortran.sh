#!/bin/sh
# gfortran.sh -- build and run the three benchmark models with gfortran, the
# baseline that stad's generated code is compared with.
#
#   gfortran.sh [FFLAGS...]        (default: -O2)
#
# Each model is compiled with its driver (model.f90 + main.f90) in a temporary
# folder, so no .mod files or binaries land in the source tree, and run once;
# the driver times nrep = 5 calls of the head with system_clock and prints the
# median, then a finite-difference table.  POSIX sh.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
fc=${FC:-gfortran}
if [ $# -eq 0 ]; then
    set -- -O2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/stad-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

echo "# $($fc --version | head -n 1)"
echo "# flags: $* -Wall"
for m in ocean bgc ice; do
    echo "== $m: $fc $* -Wall $m/$m.f90 timing.f90 $m/main.f90"
    (cd "$work" && "$fc" "$@" -Wall -o "$m" "$here/$m/$m.f90" "$here/timing.f90" "$here/$m/main.f90")
    "$work/$m"
done
