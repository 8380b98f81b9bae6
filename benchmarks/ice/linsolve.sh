#!/usr/bin/env bash
# linsolve.sh -- !$AD LINEAR-SOLVE on the ice model: fploop.sh's variant (the Picard iteration
# run to convergence under !$AD FP-LOOP) with, in the "ls" copy, the conjugate-gradient solve of
# each Picard step under
#   !$AD LINEAR-SOLVE x=vel b=rhs apply=matvec symmetric
# so that the adjoint of a step solves the transposed system once with cg_solve instead of
# taping its iterations.
#
#   benchmarks/ice/linsolve.sh [STAD]       (default: build/stad)
#
# Programs: primal, taped (all checkpoints off), fp (FP-LOOP, CG taped), ls (FP-LOOP and
# LINEAR-SOLVE), all adjoints with every checkpoint off; and on ice.f90 as it is (npicard = 5
# Picard steps, no FP-LOOP): primal5, taped5, ls5 (the LINEAR-SOLVE directive only).
#
# The variant is made from ice.f90 by replacing velocity_solve's `do k = 1, npicard` loop with
#   dv = 1; k = 0
#   [!$AD FP-LOOP vel tol=$FPTOL]
#   do while (dv > $PTOL .and. k < 100): vold = vel; <the Picard step>; dv = max|vel - vold|
# (the FP-LOOP directive in the "fp" and "ls" copies, the LINEAR-SOLVE one in "ls" before
# `call cg_solve()`). ROUNDS rounds (3) of NREP timed calls (3) each, interleaved, medians; peak
# tape and the FP-LOOP statistics from $STAD_STATS; the gradients (g . dir) against the taped one.
# Environment: CC, PTOL (1e-9), FPTOL (1e-8), NREP, ROUNDS, KEEP=1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stad=${1:-$root/build/stad}
cc=${CC:-cc}
ptol=${PTOL:-1d-9}
fptol=${FPTOL:-1e-8}
nrep=${NREP:-3}
rounds=${ROUNDS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/stad-icefp.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "# keeping $work"; else trap 'rm -rf "$work"' EXIT INT TERM; fi
variant() { # $1: FP-LOOP directive line or empty; $2: LINEAR-SOLVE directive line or empty
    awk -v dir="$1" -v lsd="${2:-}" -v ptol="$ptol" '
    /^subroutine velocity_solve\(\)/ { insub = 1 }
    insub && /^  integer :: k$/ { print "  use ice_state"; print; print "  real(8) :: vold(0:nx+1, 0:ny+1), dv"; next }
    insub && /^  do k = 1, npicard$/ {
        print "  dv = 1"; print "  k = 0"; if (dir != "") print dir
        print "  do while (dv > " ptol " .and. k < 100)"; print "    vold = vel"; inloop = 1; next }
    insub && inloop && /^    call cg_solve\(\)$/ && lsd != "" { print lsd }
    insub && inloop && /^  end do$/ {
        print "    dv = maxval(abs(vel - vold))"; print "    k = k + 1"; print; inloop = 0; next }
    /^end subroutine velocity_solve/ { insub = 0 }
    { print }' "$here/ice.f90"
}
variant "" > "$work/picard.f90"
variant "  !\$AD FP-LOOP vel tol=$fptol" > "$work/picard_fp.f90"
variant "  !\$AD FP-LOOP vel tol=$fptol" "    !\$AD LINEAR-SOLVE x=vel b=rhs apply=matvec symmetric" > "$work/picard_ls.f90"
awk '/^subroutine velocity_solve\(\)/ { insub = 1 }
    insub && /^  use ice_params$/ { print; print "  use ice_state"; next }
    /^end subroutine velocity_solve/ { insub = 0 }
    /^    call cg_solve\(\)$/ { print "    !$AD LINEAR-SOLVE x=vel b=rhs apply=matvec symmetric" }
    { print }' "$here/ice.f90" > "$work/ice_ls.f90"
h='ice_cost(cost)/(fric)'
rtc=$("$stad" config --cflags); rtl=$("$stad" config --libs)
"$stad" diff "$work/picard.f90" --head "$h" --mode primal -o "$work/primal.c"
"$stad" diff "$work/picard.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/taped.c"
"$stad" diff "$work/picard_fp.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/fp.c"
$cc -O2 -std=c99 -c -o "$work/dp.o" "$here/driver_c.c" $rtc
$cc -O2 -std=c99 -DSTAD_ADJOINT -c -o "$work/da.o" "$here/driver_c.c" $rtc
"$stad" diff "$work/picard_ls.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/ls.c"
"$stad" diff "$here/ice.f90" --head "$h" --mode primal -o "$work/primal5.c"
"$stad" diff "$here/ice.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/taped5.c"
"$stad" diff "$work/ice_ls.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/ls5.c"
for v in primal taped fp ls primal5 taped5 ls5; do
    $cc -O2 -std=c99 -c -o "$work/$v.o" "$work/$v.c" $rtc
    d=$work/da.o; case $v in primal*) d=$work/dp.o ;; esac
    $cc -o "$work/$v" "$work/$v.o" "$d" $rtl
done
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg); PTOL $ptol FPTOL $fptol; $nrep calls x $rounds rounds"
for r in $(seq 1 "$rounds"); do
    for v in primal taped fp ls primal5 taped5 ls5; do
        STAD_STATS=$work/$v.stats "$work/$v" "$nrep" > "$work/$v.$r.out"
    done
done
med() { cat "$work/$1".*.out | awk -v k="$2" '$1 == k { print 1e3 * $2 }' | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
val() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }
tp=$(med primal time_median_s); cp=$(med primal cpu_median_s)
printf '| program | wall ms | CPU ms | adjoint/primal (CPU) | peak tape | g . dir | FP-LOOP adjoint iterations (runs, most in one) |\n|---|---|---|---|---|---|---|\n'
printf '| primal | %.1f | %.1f | | | | |\n' "$tp" "$cp"
for v in taped fp ls primal5 taped5 ls5; do
    [ $v = primal5 ] && { cp=$(med primal5 cpu_median_s)
        printf '| primal5 | %.1f | %.1f | | | | |\n' "$(med primal5 time_median_s)" "$cp"; continue; }
    it="—"
    [ -n "$(val fp_adjoint_runs "$work/$v.stats")" ] &&
        it="$(val fp_adjoint_iterations "$work/$v.stats") ($(val fp_adjoint_runs "$work/$v.stats"), $(val fp_adjoint_max_iterations "$work/$v.stats")); unconverged $(val fp_adjoint_unconverged "$work/$v.stats")"
    awk -v v="$v" -v t="$(med "$v" time_median_s)" -v c="$(med "$v" cpu_median_s)" -v cp="$cp" \
        -v pk="$(val peak_tape_bytes "$work/$v.stats")" -v g="$(val grad_dot_dir "$work/$v.1.out")" -v it="$it" \
        'BEGIN { printf "| %s | %.1f | %.1f | %.2f | %.1f MiB | %.12e | %s |\n", v, t, c, c / cp, pk / 1048576, g, it }'
done
for v in fp ls ls5; do
    t=taped; [ $v = ls5 ] && t=taped5
    awk -v v="$v" -v a="$(val grad_dot_dir "$work/$v.1.out")" -v b="$(val grad_dot_dir "$work/$t.1.out")" \
        'BEGIN { d = a - b; if (d < 0) d = -d; m = b < 0 ? -b : b; printf "# g . dir: %s vs its taped one differ by %.2e relative\n", v, d / m }'
done
