#!/bin/sh
# run_check_cli.sh — what `stad check` tells its user, beyond the derivatives themselves:
#   1. finite differences that disagree with themselves (both steps lost to rounding) make an
#      'inconclusive' row and a warning, exit status 0 — never a MISMATCH when tangent and
#      adjoint agree; the steps and their ratio are printed;
#   2. --set with a name the head does not have, a PARAMETER, a repeated name or a value that
#      is not an INTEGER is an error naming the problem (exit 1);
#   3. --opt with something that is not compiler flags is a usage error (exit 2); --opt -O0
#      is used to compile (the first line says so);
#   4. REAL()/DBLE() around double precision values (real_of_double.f90): tangent and adjoint
#      agree to double precision (neither rounds the derivative), finite differences of the
#      rounded primal are inconclusive.
#   5. --input NAME=LO:HI draws an argument from a range (input_range.f90), its usage errors;
#   6. a routine that writes a file and reads it back (read_back.f90): derivative code, which
#      drops the WRITE, stops at the READ instead of reading the file as it was, naming the
#      READ's file and line;
#   7. a head that changes state it reads again (state_changing.f90): the check says the head is
#      not a function of its inputs (state_first_call.f: 'inconclusive', never MISMATCH); a head
#      that does not (fd_inconclusive.f90) gets no such word;
#   8. an active REAL(4) variable inside a double precision head: single-precision tolerances,
#      said in the output (tests/ad/fixed_single_inside_double checks the verdict);
#   9. BLOCK DATA's values reach a head that reads the COMMON block (block_data_head.f): the
#      primal of usecf at x = 1 is 2 + 3, with and without --fortran-abi;
#  11. the tolerances follow the scale of the values (fd_resolution.f90): a derivative below what
#      differences resolve (tanh at 18) is 'inconclusive', not MISMATCH; tangent and adjoint 17 %
#      apart at 1e-24 (exp's subnormal range) are a MISMATCH, not 'ok';
#  12. a head's VALUE dummies are named as written in --head, --set and --input (value_head.f90),
#      also with --default-checkpoint auto (its sizes from --set).
#  13. an FP-LOOP adjoint stopped by its cap (fp_capped.f90, maxiter=2): the run-time warning
#      names the loop's file and line.
#  14. a misspelt directive (misspelt_directive.f90) is warned once, not once per translation.
#  15. a routine the head does not reach, with an error (unreached_error.f): one warning per
#      check (it translates three times), naming the ignored error.
#
#  16. a LOGICAL argument (logical_head.f90): its value said, .false. unless --set gives T, F,
#      .true. or .false. (anything else an error); an INTENT(OUT) INTEGER needs no --set.
#  17. a derivative that is a small difference of large terms (cancellation.f90, cancel): tangent
#      and adjoint 1.7e-9 apart, the primal as noisy: 'inconclusive (cancellation)' and a warning
#      saying why, exit status 0; the same with an adjoint 1e-4 wrong (cancelw, a hand-written
#      adjoint of bump in cancellation.c): MISMATCH, exit status 1.
#
#     run_check_cli.sh STAD DIR      (DIR holds fd_inconclusive.f90)
set -u
STAD=$1
DIR=$2
SRC=$DIR/fd_inconclusive.f90
HEAD='offset(f)/(x)'
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-check-cli.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
nfail=0
fail() {
	echo "FAIL: $1"
	for f in "$tmp/out" "$tmp/err"; do [ -s "$f" ] && { echo "---- $f"; sed -n '1,20p' "$f"; }; done
	nfail=$((nfail + 1))
}

# 1. inconclusive
"$STAD" check "$SRC" --head "$HEAD" --set n=1000 >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "an inconclusive check exits with status $rc, not 0"
awk '$1 == "x" && $2 == "f" { found = 1; if ($NF != "inconclusive") bad = 1 } END { exit bad || !found }' "$tmp/out" ||
	fail "the row of (x, f) is not 'inconclusive'"
grep -q '^warning: finite differences inconclusive for 1 of 1 pairs' "$tmp/out" || fail "no warning line"
grep -q 'steps h and 10h' "$tmp/out" || fail "the steps are not described"
grep -q 'fd ratio' "$tmp/out" || fail "no 'fd ratio' column"
if grep -q MISMATCH "$tmp/out"; then fail "MISMATCH printed although tangent and adjoint agree"; fi

# 2. --set errors: expected status and message
expect_error() {
	want=$1
	msg=$2
	shift 2
	"$STAD" check "$SRC" --head "$HEAD" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq "$want" ] || fail "stad check $*: status $rc, not $want"
	grep -qF -- "$msg" "$tmp/err" || fail "stad check $*: no message '$msg'"
}
expect_error 1 "stad check: error: --set m=5: offset has no integer or LOGICAL argument named 'm'" --set n=5 --set m=5
expect_error 1 "stad check: error: --set n=1.5: '1.5' is not an integer" --set n=1.5
expect_error 1 "stad check: error: --set n=abc: 'abc' is not an integer" --set n=abc
expect_error 1 "stad check: error: --set n=99999999999: '99999999999' is not an integer" --set n=99999999999
expect_error 1 "stad check: error: --set n is given twice ('5' and '6')" --set n=5 --set n=6
expect_error 2 "stad check: --set wants NAME=VALUE, not 'n'" --set n
expect_error 1 "give the integer argument 'n' a value with --set n=N"

# 3. --opt
expect_error 2 "--opt wants compiler flags" --set n=5 --opt '-O2;true'
"$STAD" check "$SRC" --head "$HEAD" --set n=5 --opt -O0 >"$tmp/out" 2>"$tmp/err"
head -n 1 "$tmp/out" | grep -q -- 'compiled with .* -O0)$' || fail "--opt -O0 is not what the C was compiled with"
# (stad diff: an adjoint-only option in tangent mode is named)
"$STAD" diff "$SRC" --head "$HEAD" --mode tangent --set n=5 -o "$tmp/t.c" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && grep -q -- "--set (sizes for --default-checkpoint auto) applies to --mode reverse only" "$tmp/err" ||
	fail "stad diff --mode tangent --set: $(cat "$tmp/err")"

# 4. REAL() of double precision: the two modes agree to 1e-14 at -O0 and -O2
for opt in -O0 -O2; do
	"$STAD" check "$DIR/real_of_double.f90" --head 'h(f)/(x)' --opt $opt >"$tmp/out" 2>"$tmp/err"
	awk '$1 == "x" && $2 == "f" { found = 1; if ($6 + 0 > 1e-14) bad = 1 } END { exit bad || !found }' "$tmp/out" ||
		fail "REAL() of double precision ($opt): tangent and adjoint differ by more than 1e-14"
done

# 5. --input NAME=LO:HI: the driver's values for a model that needs inputs in a range
IN=$DIR/input_range.f90
"$STAD" check "$IN" --head 'depth(f)/(x)' --set n=4 --input x=100:110 >"$tmp/out" 2>"$tmp/err" ||
	fail "--input x=100:110: stad check failed: $(cat "$tmp/out" "$tmp/err")"
# as Fortran writes doubles (s18 trial B F18, s19 trial D): a D exponent is read
"$STAD" check "$IN" --head 'depth(f)/(x)' --set n=4 --input x=1d2:1.1D+2 >"$tmp/out" 2>"$tmp/err" ||
	fail "--input x=1d2:1.1D+2: stad check failed: $(cat "$tmp/out" "$tmp/err")"
"$STAD" check "$IN" --head 'depth(f)/(x)' --set n=4 >"$tmp/out" 2>"$tmp/err" &&
	fail "without --input the driver's inputs (0.5 to 1.5) should make f NaN and the check fail"
for bad in 'x=3:1' 'x=1' 'x=a:b' '=1:2'; do
	"$STAD" check "$IN" --head 'depth(f)/(x)' --set n=4 --input "$bad" >"$tmp/out" 2>"$tmp/err"
	[ $? -eq 2 ] && grep -qF -- "--input wants NAME=LO:HI with LO < HI, not '$bad'" "$tmp/err" ||
		fail "--input $bad: $(cat "$tmp/err")"
done
# infinite or overflowing bounds, or a width past the largest double, would write inf into driver.c
for bad in 'x=-inf:1' 'x=-1e400:1' 'x=-3:1e400' 'x=-1.7e308:1.7e308'; do
	"$STAD" check "$IN" --head 'depth(f)/(x)' --set n=4 --input "$bad" >"$tmp/out" 2>"$tmp/err"
	[ $? -eq 2 ] && grep -qF -- "--input wants finite LO and HI whose difference HI - LO is below 1.8e+308 too, not '$bad'" "$tmp/err" ||
		fail "--input $bad: $(cat "$tmp/err")"
done
"$STAD" check "$IN" --head 'depth(f)/(x)' --set n=4 --input n=1:2 >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && grep -qF "stad check: error: --input n=1:2: 'n' is not a real argument of 'depth'" "$tmp/err" ||
	fail "--input n=1:2: $(cat "$tmp/err")"

# 6. a file written and read back: derivative code drops the WRITE, so its READ must stop
"$STAD" check "$DIR/read_back.f90" --head 'f(y)/(x)' --data read_back.dat >"$tmp/out" 2>"$tmp/err" &&
	fail "reading back a file the routine wrote: the check passed (derivative code read the stale file)"
grep -q "^read_back.f90:12: I/O error: derivative code reads unit 10, which the primal writes into" "$tmp/err" ||
	fail "reading back a file the routine wrote: not the run-time refusal"
kept=$(sed -n 's/^stad check: files kept in //p' "$tmp/err")
case $kept in */stad-check-*) rm -rf "$kept" ;; esac

# 7. state changed by the head itself
"$STAD" check "$DIR/state_changing.f90" --head 'drift(f)/(x)' --set n=3 >"$tmp/out" 2>"$tmp/err" ||
	fail "a head that changes its module state: exit status $?"
grep -q "two runs of the head at the same input gave different outputs" "$tmp/out" ||
	fail "a head that changes its module state: no warning"
"$STAD" check "$SRC" --head "$HEAD" --set n=3 >"$tmp/out" 2>"$tmp/err"
grep -q "two runs of the head" "$tmp/out" && fail "a head without state: warned of state"
# ... and whose differences agree with each other but not with the first call's derivatives
"$STAD" check "$DIR/state_first_call.f" --head 'firstc(y)/(x)' >"$tmp/out" 2>"$tmp/err" ||
	fail "a head whose first call differs: exit status $?"
grep -q "MISMATCH" "$tmp/out" && fail "a head whose first call differs: MISMATCH although it changes its state"
grep -q "inconclusive for 1 of 1 pairs (the head changes its own state)" "$tmp/out" ||
	fail "a head whose first call differs: no inconclusive warning naming its state"

# 8. REAL(4) inside
"$STAD" check "$DIR/../ad/fixed_single_inside_double.f" --head 'satcost(f)/(x)' --set n=4 >"$tmp/out" 2>"$tmp/err" ||
	fail "REAL(4) inside a double precision head: exit status $?"
grep -q "REAL(4) active variables inside (.* (in .*)): derivatives agree to single precision" "$tmp/out" ||
	fail "REAL(4) inside: not said, or not which variables"
"$STAD" check "$SRC" --head "$HEAD" --set n=3 >"$tmp/out" 2>"$tmp/err"
grep -q "REAL(4) active" "$tmp/out" && fail "REAL(4) said of a double precision head"

# 10. outputs NaN at the drawn inputs: said (every row would be MISMATCH without a reason)
cat >"$tmp/nan.f90" <<'EOF2'
subroutine blowup(x, f)
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  f = log(x(1) - 10d0) * x(2)
end subroutine blowup
EOF2
"$STAD" check "$tmp/nan.f90" --head 'blowup(f)/(x)' >"$tmp/out" 2>"$tmp/err"
grep -q "outputs are NaN or infinite at the drawn inputs" "$tmp/out" || fail "NaN outputs: not said"
"$STAD" check "$SRC" --head "$HEAD" --set n=3 >"$tmp/out" 2>"$tmp/err"
grep -q "NaN or infinite" "$tmp/out" && fail "NaN said of finite outputs"

# 9. BLOCK DATA kept with a head
for abi in "" --fortran-abi; do
	sym=usecf
	[ -n "$abi" ] && sym=usecf_ # gfortran's name
	rm -rf "$tmp/bd" && mkdir "$tmp/bd"
	# shellcheck disable=SC2086
	"$STAD" diff "$DIR/block_data_head.f" --head 'usecf(f)/(x)' --mode primal $abi -o "$tmp/bd/u.c" 2>"$tmp/err" ||
		fail "BLOCK DATA with a head $abi: stad diff"
	printf '#include <stdio.h>\nvoid %s(double *x, double *f);\nint main(void)\n{\n\tdouble x = 1, f = 0;\n\t%s(&x, &f);\n\tprintf("%%g\\n", f);\n\treturn 0;\n}\n' "$sym" "$sym" >"$tmp/bd/m.c"
	# shellcheck disable=SC2046
	${CC:-cc} -o "$tmp/bd/m" "$tmp/bd/m.c" "$tmp/bd/u.c" $("$STAD" config --cflags) $("$STAD" config --libs) -lm \
		>"$tmp/err" 2>&1 || fail "BLOCK DATA with a head $abi: cc"
	[ "$("$tmp/bd/m")" = 5 ] || fail "BLOCK DATA with a head $abi: usecf(1) = $("$tmp/bd/m"), not 5"
done

# 11. tolerances at the scale of the values
"$STAD" check "$DIR/fd_resolution.f90" --head 'flat(f)/(x)' --input x=18:19 >"$tmp/out" 2>"$tmp/err" ||
	fail "tanh(x) at 18-19: exit status $? (differences cannot resolve a derivative of 1e-16)"
awk '$1 == "x" && $2 == "f" { found = 1; if ($NF != "inconclusive") bad = 1 } END { exit bad || !found }' "$tmp/out" ||
	fail "tanh(x) at 18-19: not 'inconclusive'"
grep -q "below what rounding lets them resolve" "$tmp/out" || fail "tanh(x) at 18-19: the warning does not say why"
"$STAD" check "$DIR/fd_resolution.f90" --head 'tiny(f)/(x)' --input x=740:745 >"$tmp/out" 2>"$tmp/err" &&
	fail "exp(-x)*1d300 at 740-745: tangent and adjoint 17 % apart passed"
awk '$1 == "x" && $2 == "f" { found = 1; if ($NF != "MISMATCH" || $6 + 0 < 1e-3) bad = 1 } END { exit bad || !found }' "$tmp/out" ||
	fail "exp(-x)*1d300 at 740-745: not a MISMATCH with adj-tan of the values' own size"

# 12. VALUE dummies of the head by their names
"$STAD" check "$DIR/value_head.f90" --head 'damp(y)/(x c)' --set n=3 --input c=0.1:0.2 >"$tmp/out" 2>"$tmp/err" ||
	fail "VALUE dummies named as written: exit status $? ($(cat "$tmp/err"))"
awk '$1 == "c" && $2 == "y" { found = 1 } END { exit !found }' "$tmp/out" || fail "VALUE dummy c: no row named c"
"$STAD" diff "$DIR/value_head.f90" --head 'damp(y)/(x c)' --set n=3 --default-checkpoint auto -o "$tmp/v.c" \
	>"$tmp/out" 2>"$tmp/err" || fail "VALUE dummies with --default-checkpoint auto: $(cat "$tmp/err")"

# 13. an FP-LOOP adjoint that does not converge: where the loop is
"$STAD" check "$DIR/fp_capped.f90" --head 'fpc(y)/(x)' >"$tmp/out" 2>"$tmp/err"
grep -q "^stad runtime: warning: the adjoint of the FP-LOOP at fp_capped.f90:10 did not converge in 2 iterations" "$tmp/err" ||
	fail "FP-LOOP stopped by its cap: the warning does not name fp_capped.f90:10 ($(cat "$tmp/err"))"

# 14. one warning per run
"$STAD" check "$DIR/misspelt_directive.f90" --head 'q(y)/(x)' >"$tmp/out" 2>"$tmp/err" ||
	fail "misspelt directive: exit status $? ($(cat "$tmp/err"))"
[ "$(grep -c "misspelt_directive.f90:6:3: warning: unknown directive '!\$AD NOCHEKPOINT' is ignored: did you mean NOCHECKPOINT?" "$tmp/err")" = 1 ] ||
	fail "misspelt directive: not warned exactly once ($(cat "$tmp/err"))"

# 15. an unreached routine's error: one warning, which says what it is
"$STAD" check "$DIR/unreached_error.f" --head 'sqr(f)/(x)' >"$tmp/out" 2>"$tmp/err" ||
	fail "an unreached routine with an error: exit status $?"
[ "$(grep -c "SUBROUTINE diags is not reached from the head 'sqr'" "$tmp/err")" -eq 1 ] ||
	fail "an unreached routine with an error: not exactly one warning"
grep -q "its 1 error ignored (line 12: ENTRY is not supported" "$tmp/err" ||
	fail "an unreached routine with an error: the warning does not say what the error is"

# 16. LOGICAL arguments; an INTENT(OUT) integer
"$STAD" check "$DIR/logical_head.f90" --head 'lg(s)/(x)' --set n=3 >"$tmp/out" 2>"$tmp/err" ||
	fail "LOGICAL argument, INTENT(OUT) integer k without --set: exit status $? ($(cat "$tmp/err"))"
grep -q "^LOGICAL argument flag = .false. (not drawn; --set flag=T for the other value)" "$tmp/out" ||
	fail "LOGICAL argument: its value .false. not said"
off=$(awk '$1 == "x" && $2 == "s" { print $3 }' "$tmp/out")
for v in T .TRUE. true; do
	"$STAD" check "$DIR/logical_head.f90" --head 'lg(s)/(x)' --set n=3 --set flag=$v >"$tmp/out" 2>"$tmp/err" ||
		fail "--set flag=$v: exit status $? ($(cat "$tmp/err"))"
	grep -q "^LOGICAL argument flag = .true. (--set)" "$tmp/out" || fail "--set flag=$v: not said .true."
	[ "$(awk '$1 == "x" && $2 == "s" { print $3 }' "$tmp/out")" != "$off" ] || fail "--set flag=$v: the same tangent as .false."
done
"$STAD" check "$DIR/logical_head.f90" --head 'lg(s)/(x)' --set n=3 --set flag=.false. >"$tmp/out" 2>"$tmp/err"
[ "$(awk '$1 == "x" && $2 == "s" { print $3 }' "$tmp/out")" = "$off" ] || fail "--set flag=.false.: not the default's tangent"
"$STAD" check "$DIR/logical_head.f90" --head 'lg(s)/(x)' --set n=3 --set flag=1 >"$tmp/out" 2>"$tmp/err" &&
	fail "--set flag=1 accepted"
grep -q "error: --set flag=1: 'flag' is LOGICAL: give T, F, .true. or .false." "$tmp/err" || fail "--set flag=1: $(cat "$tmp/err")"

# 17. cancellation: inconclusive, not MISMATCH; a wrong derivative still a MISMATCH
"$STAD" check "$DIR/cancellation.f90" --head 'cancel(f)/(x)' --set n=200 >"$tmp/out" 2>"$tmp/err" ||
	fail "cancellation: exit status $? (the derivative is right to the primal's rounding)"
grep -q "^x  *f  .*  inconclusive (cancellation)$" "$tmp/out" || fail "cancellation: the row is not 'inconclusive (cancellation)'"
grep -q "^warning: 1 pair 'inconclusive (cancellation)': the derivative is a small difference of large terms" "$tmp/out" ||
	fail "cancellation: no warning saying why"
grep -q MISMATCH "$tmp/out" && fail "cancellation: MISMATCH printed"
"$STAD" check "$DIR/cancellation.f90" --head 'cancelw(f)/(x)' --set n=200 --lib "$DIR/cancellation.lib" \
	--link "$DIR/cancellation.c" >"$tmp/out" 2>"$tmp/err" && fail "cancellation with an adjoint 1e-4 wrong: exit status 0"
grep -q "^x  *f  .*  MISMATCH$" "$tmp/out" || fail "cancellation with an adjoint 1e-4 wrong: not a MISMATCH"
"$STAD" check "$DIR/cancellation.f90" --head 'cancelw(f)/(x)' --set n=200 --lib "$DIR/cancellation.lib" \
	--link "$DIR/cancellation_small.c" >"$tmp/out" 2>"$tmp/err" && fail "cancellation with an adjoint 1e-7 wrong: exit status 0"
grep -q "^x  *f  .*  MISMATCH$" "$tmp/out" || fail "cancellation with an adjoint 1e-7 wrong: not a MISMATCH (s19 review)"

# 18. a hidden extent renamed because a dummy has its usual name: --set with that name says so
"$STAD" check "$DIR/hidden_renamed.f90" --head 'r13cost(f)/(x, x_size1)' --set x_size1=4 --set x_size10=3 \
	>"$tmp/out" 2>"$tmp/err" && fail "--set x_size1 of a renamed hidden extent: exit status 0"
grep -q "error: --set x_size1=4: 'x_size1' is a dummy of r13cost in the source, so the hidden argument that name would give is called 'x_size1_1' here: --set x_size1_1=4" "$tmp/err" ||
	fail "--set x_size1: $(cat "$tmp/err")"
"$STAD" check "$DIR/hidden_renamed.f90" --head 'r13cost(f)/(x, x_size1)' --set x_size1_1=4 --set x_size10=3 \
	>"$tmp/out" 2>"$tmp/err" || fail "--set x_size1_1: $(cat "$tmp/out" "$tmp/err")"

[ "$nfail" -eq 0 ] || exit 1
echo "PASS stad check: inconclusive differences, --set errors, --opt, --input, a file read back, a head changing its state, REAL(4) inside (named), NaN outputs, BLOCK DATA with a head, tolerances at the values' scale, VALUE dummies by name, an FP-LOOP's warning located, a warning once per run, an unreached routine's error warned once, LOGICAL arguments said and set, cancellation inconclusive and a wrong derivative in it a MISMATCH"
