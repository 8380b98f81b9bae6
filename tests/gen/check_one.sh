#!/bin/sh
# check_one.sh — generate one random program and check stad on it.
#
#     check_one.sh STAD STAD_GEN NUMCMP SEED DIR [stad_gen options...]
#     check_one.sh STAD - NUMCMP SEED DIR      # recheck the (edited) program already in DIR
#
# In DIR (created, emptied first): stad_gen SEED writes prog.f90 or prog.f (the routines), main.f90 (a
# gfortran main), drv.c (a C driver) and spec (the head). Then
#   1. gfortran -O0 -fcheck=bounds with floating-point traps builds and runs the reference
#      (a failure here is the generator's fault: GENBUG);
#   2. stad diff writes the primal, the tangent, the adjoint with the default checkpoints, the
#      adjoint with every site decided at run time (--dynamic-sites, in dyn/) and the adjoint with
#      --default-checkpoint auto (in auto/, built at -O0: the default's gradient to 1e-10);
#   3. cc -O0 builds the driver with the default adjoint, cc -O2 with the run-time one;
#   4. both run: the primal must equal gfortran's (numcmp, 1e-10), tangent and adjoint must
#      satisfy the dot-product identity (1e-10) and agree with central differences (drv.c), the
#      -O2 build runs the adjoint with every site on, off and 4 random STAD_SITES strings (the
#      same gradient to 1e-10), and the -O0 and -O2 builds must give the same tangent and
#      gradient (1e-10). A program with !$AD FP-LOOPs is built again with every one switched off
#      in a table (taped, fpoff/): its checks must pass and its gradient be the default's to 1e-8.
# A file `opts` in DIR (stad_gen's pattern `accepted`) holds more stad options, `--default-real-8`:
# every stad command gets them, and every gfortran build -fdefault-real-8 -fdefault-double-8.
# Prints one line `SEED CLASS detail` and exits 0; CLASS is
#   PASS      (PASS* when finite differences were inconclusive: a jump near the input)
#   REFUSED   stad said `... is not supported` (or rejected the program with another error:
#             the detail says which)
#   WRONG     a primal or derivative mismatch (the detail names the check)
#   CRASH     stad crashed, or the generated C did not compile, or a generated program crashed
#   GENBUG    gfortran rejected the program or its run failed: the generator's fault
# The files stay in DIR (the caller deletes passing ones). Exit status 2 on usage errors.
# Environment: CC (default cc), GFORTRAN (default gfortran). POSIX sh.

[ $# -ge 5 ] || { echo "usage: check_one.sh STAD STAD_GEN NUMCMP SEED DIR [stad_gen options...]" >&2; exit 2; }
STAD=$1
GEN=$2
NUMCMP=$3
SEED=$4
DIR=$5
shift 5
CC=${CC:-cc}
FC=${GFORTRAN:-gfortran}
TMO="timeout 20"
command -v timeout >/dev/null 2>&1 || TMO=""

verdict() {
	echo "$SEED $1 $2"
	exit 0
}

if [ "$GEN" = - ]; then
	# recheck the program already in DIR (after editing it by hand, e.g. to reduce it)
	cd "$DIR" || exit 2
	mkdir -p dyn
else
	rm -rf "$DIR"
	mkdir -p "$DIR/dyn" || exit 2
	cd "$DIR" || exit 2
	"$GEN" "$SEED" . "$@" >gen.log 2>&1 || verdict GENBUG "stad_gen failed: $(head -c 200 gen.log | tr "\n" " ")"
fi
SPEC=$(cat spec)
# a program for gfortran -fdefault-real-8 -fdefault-double-8 (pattern `accepted`): the file
# `opts` holds stad's --default-real-8, and every gfortran build gets the two flags
STADOPTS="" FCOPTS=""
if [ -f opts ]; then
	STADOPTS=$(cat opts)
	case $STADOPTS in *--default-real-8*) FCOPTS="-fdefault-real-8 -fdefault-double-8" ;; esac
fi
SRC=prog.f90
[ -f prog.f90 ] || SRC=prog.f # a quarter of the programs are in fixed form
# routines without source (extlib.f90 with their derivatives, extlib.c for the one the pragma
# declares, extlib.lib describing them): linked into every build, --lib for stad
EXTF="" EXTO="" EXTLIB=""
if [ -f extlib.lib ]; then
	$FC $FCOPTS -O0 -c extlib.f90 >ext.log 2>&1 && $CC -O0 -c -o extlib_c.o extlib.c >>ext.log 2>&1 ||
		verdict GENBUG "extlib does not compile: $(grep -m1 -i error ext.log | tr -s ' ')"
	EXTF="extlib.o extlib_c.o" EXTO="extlib.o extlib_c.o -lgfortran" EXTLIB="--lib extlib.lib"
fi

# 1. gfortran's reference
# shellcheck disable=SC2086 # EXTF is a list of files
$FC $FCOPTS -O0 -fcheck=bounds -ffpe-trap=invalid,zero,overflow -ffree-line-length-none -o ref "$SRC" main.f90 $EXTF \
	>fc.log 2>&1 || verdict GENBUG "gfortran: $(grep -m1 -i error fc.log | tr -s ' ')"
# (main.f90 writes y and f into ref.out; the program's PRINT statements go to ref.log)
rm -f ref.out
$TMO ./ref >ref.log 2>ref.err || verdict GENBUG "gfortran's program failed: $(head -c 200 ref.err | tr '\n' ' ')"

# 2. stad (status 1 with a message: refused; any other failure: a crash)
stad_step() {
	tag=$1
	shift
	# shellcheck disable=SC2086 # EXTLIB is two words or none
	$TMO "$STAD" diff "$SRC" --head "$SPEC" $EXTLIB $STADOPTS "$@" >"stad_$tag.log" 2>&1
	rc=$?
	[ $rc -eq 0 ] && return 0
	msg=$(grep -m1 'error:' "stad_$tag.log" | sed 's/^[^:]*:[0-9]*:[0-9]*: //' | cut -c1-160)
	if grep -q "internal error" "stad_$tag.log"; then
		verdict CRASH "stad diff $tag: internal error: $msg"
	fi
	if [ $rc -eq 1 ] && grep -q 'not supported' "stad_$tag.log"; then
		verdict REFUSED "$tag: $msg"
	elif [ $rc -eq 1 ] && [ -n "$msg" ]; then
		verdict REFUSED "$tag (rejected): $msg"
	fi
	verdict CRASH "stad diff $tag exited with status $rc: $(tail -n 2 "stad_$tag.log" | tr '\n' ' ' | cut -c1-160)"
}
stad_step primal --mode primal -o p.c
stad_step tangent --mode tangent -o d.c
stad_step reverse --mode reverse -o b.c
stad_step dynamic --mode reverse --dynamic-sites -o dyn/b.c
mkdir -p auto
stad_step auto --mode reverse --default-checkpoint auto -o auto/b.c
NSITES=$(sed -n 's/.*srt_sites_init(\([0-9]*\),.*/\1/p' dyn/b.c | head -n 1)
NSITES=${NSITES:-0}

# 3. the C, at -O0 (default sites) and -O2 (run-time sites)
RT=$("$STAD" config --cflags --libs)
# the driver once (it is not under test), the generated code at -O0 and at -O2
# shellcheck disable=SC2086 # RT is a list of flags
$CC -std=c99 -O0 -c drv.c $RT >cc0.log 2>&1 || verdict GENBUG "the driver does not compile: $(grep -m1 error cc0.log | cut -c1-160)"
# shellcheck disable=SC2086
$CC -std=c99 -O0 -o t0 drv.o p.c d.c b.c $EXTO $RT >cc0.log 2>&1 ||
	verdict CRASH "the generated C does not compile (-O0): $(grep -m1 'error' cc0.log | cut -c1-160)"
# shellcheck disable=SC2086
$CC -std=c99 -O2 -o t2 drv.o p.c d.c dyn/b.c $EXTO $RT >cc2.log 2>&1 ||
	verdict CRASH "the generated C does not compile (-O2): $(grep -m1 'error' cc2.log | cut -c1-160)"

# shellcheck disable=SC2086
$CC -std=c99 -O0 -o ta drv.o p.c d.c auto/b.c $EXTO $RT >cca.log 2>&1 ||
	verdict CRASH "the generated C does not compile (--default-checkpoint auto): $(grep -m1 'error' cca.log | cut -c1-160)"

# 4. run and compare
$TMO ./t0 0 0 p0.out r0.out >run0.log 2>&1 || verdict CRASH "the -O0 program failed (status $?): $(head -c 160 run0.log | tr '\n' ' ')"
$TMO ./t2 "$NSITES" 4 p2.out r2.out >run2.log 2>&1 || verdict CRASH "the -O2 program failed (status $?): $(head -c 160 run2.log | tr '\n' ' ')"
$TMO ./ta 0 0 pa.out ra.out >runa.log 2>&1 || verdict CRASH "the auto program failed (status $?): $(head -c 160 runa.log | tr '\n' ' ')"
grep -q '^END' r0.out && grep -q '^END' r2.out && grep -q '^END' ra.out || verdict CRASH "a driver stopped early"
"$NUMCMP" --rtol 1e-10 --atol 1e-12 ref.out p0.out >cmp.log 2>&1 ||
	verdict WRONG "primal: stad's primal differs from gfortran's: $(grep -m1 '#' cmp.log | cut -c1-160)"
"$NUMCMP" --rtol 1e-12 --atol 1e-14 p0.out p2.out >cmp2.log 2>&1 ||
	verdict WRONG "primal-O2: the primal differs between -O0 and -O2: $(grep -m1 '#' cmp2.log | cut -c1-160)"
for r in r0 r2 ra; do
	w=$(grep -m1 '^CHK [a-z-]* WRONG' $r.out)
	[ -z "$w" ] || verdict WRONG "$(echo "$w" | sed 's/^CHK //' | cut -c1-200) [$(case $r in r0) echo -O0 static ;; r2) echo -O2 dynamic ;; *) echo -O0 auto ;; esac)]"
done
# the auto configuration (--default-checkpoint auto): the default's gradient
awk 'function abs(v) { return v < 0 ? -v : v }
	FNR == NR { if ($1 == "G") { g0[$2] = $3; if (abs($3) > m) m = abs($3) } next }
	$1 == "G" { if (abs($3 - g0[$2]) > 1e-10 * m + 1e-300) { printf "g%s %s (default) vs %s (auto) ", $2, g0[$2], $3; bad = 1 } }
	END { exit bad }' r0.out ra.out >auto.log ||
	verdict WRONG "auto: $(cut -c1-200 auto.log)"
# the FP-LOOPs switched off in a table (every iteration taped): the two-phase gradient to 1e-8
# (the loops converge to 1e-15 at rate 0.5; a wrong adjoint is off by far more)
# shellcheck disable=SC2086 # EXTLIB is two words or none
if grep -qi '^[[:space:]]*!\$ad[[:space:]]*fp-loop' "$SRC" && "$STAD" calls "$SRC" --head "$SPEC" $EXTLIB $STADOPTS >fpcalls.txt 2>&1; then
	mkdir -p fpoff
	{
		echo '# stad checkpoint table v1'
		sed -n 's/^#[[:space:]]*\([A-Za-z0-9_]*:fploop#[0-9]*\) on (line .*/\1 off/p' fpcalls.txt
	} >fpoff/off.table
	stad_step fpoff --mode reverse --table fpoff/off.table -o fpoff/b.c
	# shellcheck disable=SC2086
	$CC -std=c99 -O0 -o tf drv.o p.c d.c fpoff/b.c $EXTO $RT >ccf.log 2>&1 ||
		verdict CRASH "the generated C does not compile (FP-LOOPs off): $(grep -m1 'error' ccf.log | cut -c1-160)"
	$TMO ./tf 0 0 pf.out rf.out >runf.log 2>&1 || verdict CRASH "the FP-LOOPs-off program failed (status $?): $(head -c 160 runf.log | tr '\n' ' ')"
	grep -q '^END' rf.out || verdict CRASH "a driver stopped early (FP-LOOPs off)"
	w=$(grep -m1 '^CHK [a-z-]* WRONG' rf.out)
	[ -z "$w" ] || verdict WRONG "$(echo "$w" | sed 's/^CHK //' | cut -c1-200) [FP-LOOPs off]"
	awk 'function abs(v) { return v < 0 ? -v : v }
		FNR == NR { if ($1 == "G") { g0[$2] = $3; if (abs($3) > m) m = abs($3) } next }
		$1 == "G" { if (abs($3 - g0[$2]) > 1e-8 * m + 1e-300) { printf "g%s %s (two-phase) vs %s (taped) ", $2, g0[$2], $3; bad = 1 } }
		END { exit bad }' r0.out rf.out >fpoff.log ||
		verdict WRONG "fploop-off: $(cut -c1-200 fpoff.log)"
fi
# -O0 vs -O2: tangent and gradient
awk 'function abs(v) { return v < 0 ? -v : v }
	FNR == NR { if ($1 == "T") t0 = $2; if ($1 == "G") { g0[$2] = $3; if (abs($3) > m) m = abs($3) } next }
	$1 == "T" { if (abs($2 - t0) > 1e-10 * (abs(t0) + abs($2)) + 1e-300) { printf "tangent %s vs %s", t0, $2; bad = 1 } }
	$1 == "G" { if (abs($3 - g0[$2]) > 1e-10 * m + 1e-300) { printf "g%s %s at -O0 (default sites) vs %s at -O2 (dynamic) ", $2, g0[$2], $3; bad = 1 } }
	END { exit bad }' r0.out r2.out >o0o2.log ||
	verdict WRONG "O0-O2: $(cut -c1-200 o0o2.log)"
# 5. every STAD_GEN_ABI_EVERY-th seed (default 3; always for a recheck): a gfortran main calls the
#    adjoint written with --fortran-abi, linked with gfortran's objects of the program (module and
#    COMMON variables are gfortran's storage then): the same gradient as the C driver's (1e-10)
EVERY=${STAD_GEN_ABI_EVERY:-3}
if [ -f main_abi.f90 ] && { [ "$GEN" = - ] || [ $((SEED % EVERY)) -eq 0 ]; }; then
	mkdir -p abi
	stad_step abi --mode reverse --fortran-abi -o abi/b.c
	# shellcheck disable=SC2046 # flag lists
	$CC -std=c99 -O2 -c -o abi/b.o abi/b.c $("$STAD" config --cflags) >abi/cc.log 2>&1 ||
		verdict CRASH "the --fortran-abi C does not compile: $(grep -m1 error abi/cc.log | cut -c1-160)"
	# shellcheck disable=SC2046
	# shellcheck disable=SC2046,SC2086 # EXTF: files of this folder
	(cd abi && $FC $FCOPTS -O0 -ffree-line-length-none -o t "../$SRC" ../main_abi.f90 b.o $(for f in $EXTF; do echo "../$f"; done) \
		$("$STAD" config --libs)) >abi/fc.log 2>&1 ||
		verdict CRASH "gfortran cannot link the --fortran-abi adjoint: $(grep -m1 -i 'error\|undefined' abi/fc.log | cut -c1-160)"
	$TMO ./abi/t >abi.out 2>abi/run.log || verdict CRASH "the --fortran-abi program failed: $(head -c 160 abi/run.log | tr '\n' ' ')"
	awk 'function abs(v) { return v < 0 ? -v : v }
		FNR == NR { if ($1 == "G") { g[++n] = $3; if (abs($3) > m) m = abs($3) } next }
		{ k++; if (abs($1 - g[k]) > 1e-10 * m + 1e-300) { printf "g%d %s from gfortran vs %s from C ", k - 1, $1, g[k]; bad = 1 } }
		END { if (k != n) { printf "%d numbers, %d expected", k, n; bad = 1 } exit bad }' r0.out abi.out >abi.cmp ||
		verdict WRONG "fortran-abi: $(cut -c1-200 abi.cmp)"
fi
if grep -q '^CHK fd INCONCLUSIVE' r0.out r2.out; then
	verdict 'PASS*' "finite differences inconclusive ($NSITES sites)"
fi
verdict PASS "($NSITES sites)"
