#!/usr/bin/env bash
# fploop.sh -- !$AD FP-LOOP on the ice model: a variant whose Picard iteration runs to
# convergence (instead of npicard = 5 fixed steps), with its adjoint fully taped and two-phase.
#
#   benchmarks/ice/fploop.sh [STAD]       (default: build/stad)
#
# The variant is made from ice.f90 by replacing velocity_solve's `do k = 1, npicard` loop with
#   dv = 1; k = 0
#   [!$AD FP-LOOP vel tol=$FPTOL]
#   do while (dv > $PTOL .and. k < 100): vold = vel; <the Picard step>; dv = max|vel - vold|
# (the directive only in the "fp" copy). The conjugate-gradient DO WHILE inside a step is not a
# fixed-point iteration (a Krylov method: its converged state depends on its start), so it
# stays taped. Programs: primal, taped (all checkpoints off), fp (all off, the FP-LOOP);
# ROUNDS rounds (3) of NREP timed calls (3) each, interleaved, medians; peak tape and the
# FP-LOOP statistics from $STAD_STATS; the two gradients (g . dir) compared. Also built, not
# timed: the fp copy with its FP-LOOP switched off in a table (`velocity_solve:fploop#1 off`),
# whose gradient must be the taped one's, bitwise (exit status 1 if not).
# LS=1 adds !$AD LINEAR-SOLVE (the conjugate-gradient solve's adjoint as one more solve): ls, the
# fp copy with `!$AD LINEAR-SOLVE x=vel b=rhs apply=matvec symmetric` before each Picard step's
# `call cg_solve()`; and ice.f90 as it is (npicard = 5, no FP-LOOP): primal5, taped5, and ls5
# with the LINEAR-SOLVE directive only (velocity_solve given `use ice_state`); each adjoint
# against its own primal and its own taped gradient.
# Environment: CC, PTOL (1e-9), FPTOL (1e-8), NREP, ROUNDS, KEEP=1, LS=1.
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
lsd='    !$AD LINEAR-SOLVE x=vel b=rhs apply=matvec symmetric'
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
h='ice_cost(cost)/(fric)'
progs="primal taped fp"
if [ "${LS:-0}" = 1 ]; then
    progs="$progs ls primal5 taped5 ls5"
    variant "  !\$AD FP-LOOP vel tol=$fptol" "$lsd" > "$work/picard_ls.f90"
    awk -v lsd="$lsd" '/^subroutine velocity_solve\(\)/ { insub = 1 }
        insub && /^  use ice_params$/ { print; print "  use ice_state"; next }
        /^end subroutine velocity_solve/ { insub = 0 }
        /^    call cg_solve\(\)$/ { print lsd }
        { print }' "$here/ice.f90" > "$work/ice_ls.f90"
    "$stad" diff "$work/picard_ls.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/ls.c"
    "$stad" diff "$here/ice.f90" --head "$h" --mode primal -o "$work/primal5.c"
    "$stad" diff "$here/ice.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/taped5.c"
    "$stad" diff "$work/ice_ls.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/ls5.c"
fi
rtc=$("$stad" config --cflags); rtl=$("$stad" config --libs)
"$stad" diff "$work/picard.f90" --head "$h" --mode primal -o "$work/primal.c"
"$stad" diff "$work/picard.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/taped.c"
"$stad" diff "$work/picard_fp.f90" --head "$h" --mode reverse --default-nocheckpoint -o "$work/fp.c"
$cc -O2 -std=c99 -c -o "$work/dp.o" "$here/driver_c.c" $rtc
$cc -O2 -std=c99 -DSTAD_ADJOINT -c -o "$work/da.o" "$here/driver_c.c" $rtc
printf '# stad checkpoint table v1\nvelocity_solve:fploop#1 off\n' > "$work/off.table"
"$stad" diff "$work/picard_fp.f90" --head "$h" --mode reverse --default-nocheckpoint --table "$work/off.table" \
    -o "$work/table.c"
for v in $progs table; do
    $cc -O2 -std=c99 -c -o "$work/$v.o" "$work/$v.c" $rtc
    d=$work/da.o; case $v in primal*) d=$work/dp.o ;; esac
    $cc -o "$work/$v" "$work/$v.o" "$d" $rtl
done
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg); PTOL $ptol FPTOL $fptol; $nrep calls x $rounds rounds"
for r in $(seq 1 "$rounds"); do
    for v in $progs; do
        STAD_STATS=$work/$v.stats "$work/$v" "$nrep" > "$work/$v.$r.out"
    done
done
med() { cat "$work/$1".*.out | awk -v k="$2" '$1 == k { print 1e3 * $2 }' | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
val() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }
tp=$(med primal time_median_s); cp=$(med primal cpu_median_s)
printf '| program | wall ms | CPU ms | adjoint/primal (CPU) | peak tape | g . dir | FP-LOOP adjoint iterations (runs, most in one) |\n|---|---|---|---|---|---|---|\n'
printf '| primal | %.1f | %.1f | | | | |\n' "$tp" "$cp"
for v in ${progs#primal }; do
    [ $v = primal5 ] && { cp=$(med primal5 cpu_median_s)
        printf '| primal5 | %.1f | %.1f | | | | |\n' "$(med primal5 time_median_s)" "$cp"; continue; }
    it="—"
    [ -n "$(val fp_adjoint_runs "$work/$v.stats")" ] &&
        it="$(val fp_adjoint_iterations "$work/$v.stats") ($(val fp_adjoint_runs "$work/$v.stats"), $(val fp_adjoint_max_iterations "$work/$v.stats")); unconverged $(val fp_adjoint_unconverged "$work/$v.stats")"
    awk -v v="$v" -v t="$(med "$v" time_median_s)" -v c="$(med "$v" cpu_median_s)" -v cp="$cp" \
        -v pk="$(val peak_tape_bytes "$work/$v.stats")" -v g="$(val grad_dot_dir "$work/$v.1.out")" -v it="$it" \
        'BEGIN { printf "| %s | %.1f | %.1f | %.2f | %.1f MiB | %.12e | %s |\n", v, t, c, c / cp, pk / 1048576, g, it }'
done
for v in ${progs#primal taped }; do
    t=taped; case $v in primal5 | taped5) continue ;; ls5) t=taped5 ;; esac
    awk -v v="$v" -v a="$(val grad_dot_dir "$work/$v.1.out")" -v b="$(val grad_dot_dir "$work/$t.1.out")" \
        'BEGIN { d = a - b; if (d < 0) d = -d; m = b < 0 ? -b : b; printf "# g . dir: %s vs its taped one differ by %.2e relative\n", v, d / m }'
done
"$work/table" 1 > "$work/table.out"
if [ "$(val grad_dot_dir "$work/table.out")" = "$(val grad_dot_dir "$work/taped.1.out")" ]; then
    echo "# the FP-LOOP switched off in the table: g . dir bitwise the taped one's (ok)"
else
    echo "# the FP-LOOP switched off in the table: g . dir $(val grad_dot_dir "$work/table.out"), not the taped one's (FAIL)"
    exit 1
fi
