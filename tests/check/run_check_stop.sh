#!/bin/sh
# run_check_stop.sh — a STOP or ERROR STOP that the head reaches and takes (issue 11):
#   1. the derivative code stops where the primal stops: stop_taken.f90's head_d, and head_b
#      with pick's call site checkpointed (the forward sweep runs the primal pick) and not
#      (pick_fwd), called by a small C driver, end with the status and the first line on stderr
#      that gfortran's program gives for `stop 'x'`, `stop 3`, `error stop`, `error stop 5`
#      (the table below; compared with gfortran's own run too when gfortran is installed), and
#      print nothing after the call; `call exit(k + 1)` and `call exit()` end with the status
#      alone (6, 0) and nothing on stderr; with K = 0 they return;
#   2. `stad check` on ad/stop_not_taken.f90 with inputs that take its `stop 'overflow in step'`
#      exits 1, with the STOP's message and a line saying which run ended (here the first runs of the head, before any pair) and why
#      no derivative is reported.
#
#     run_check_stop.sh STAD DIR      (DIR holds stop_taken.f90; DIR/../ad stop_not_taken.f90)
set -u
STAD=$1
DIR=$2
CC=${CC:-cc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-check-stop.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
nfail=0
fail() {
	echo "FAIL: $1"
	for f in "$tmp/out" "$tmp/err"; do [ -s "$f" ] && { echo "---- $f"; sed -n '1,20p' "$f"; }; done
	nfail=$((nfail + 1))
}

# 1. a driver calling head_d / head_b; K and the routine from the command line
cat >"$tmp/driver.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
void head_d(int *k, double *x, double *xd, double *y, double *yd);
void head_b(int *k, double *x, double *xb, double *y, double *yb);
int main(int argc, char **argv)
{
	int k = atoi(argv[2]);
	double x = 0.75, xd = 1, y = 0, yd = 0;
	if (argc != 3)
		return 2;
	if (argv[1][0] == 'd')
		head_d(&k, &x, &xd, &y, &yd);
	else {
		yd = 1;
		xd = 0;
		head_b(&k, &x, &xd, &y, &yd);
	}
	printf("returned %g\n", argv[1][0] == 'd' ? yd : xd);
	return 0;
}
C
flags=$("$STAD" config --cflags --libs) || { echo "FAIL: stad config"; exit 1; }
for cfg in on off; do
	opt=
	[ "$cfg" = off ] && opt=--default-nocheckpoint
	# shellcheck disable=SC2086 # opt is one word or none
	"$STAD" diff "$DIR/stop_taken.f90" --head 'head(y)/(x)' --mode tangent -o "$tmp/t.c" >"$tmp/out" 2>"$tmp/err" &&
		"$STAD" diff "$DIR/stop_taken.f90" --head 'head(y)/(x)' $opt -o "$tmp/b.c" >"$tmp/out" 2>"$tmp/err" ||
		{ fail "stad diff ($cfg)"; continue; }
	# shellcheck disable=SC2086 # flags are words
	$CC -std=c99 -O2 -Wall -Wextra -Werror -o "$tmp/run_$cfg" "$tmp/driver.c" "$tmp/t.c" "$tmp/b.c" $flags \
		>"$tmp/out" 2>"$tmp/err" || { fail "the generated code does not compile ($cfg)"; continue; }
done
# K, status, first line on stderr (gfortran 12; trailing blanks dropped: "ERROR STOP " has one)
printf '%s\n' "1 0 STOP x" "2 3 STOP 3" "3 1 ERROR STOP" "4 5 ERROR STOP 5" "5 6" "6 0" >"$tmp/want"
if command -v "${GFORTRAN:-gfortran}" >/dev/null 2>&1; then
	cat >"$tmp/main.f90" <<'F'
program main
  implicit none
  character(len=8) :: a
  integer :: k
  real(8) :: y
  call get_command_argument(1, a)
  read (a, *) k
  call head(k, 0.75d0, y)
  print *, 'returned', y
end program main
F
	if "${GFORTRAN:-gfortran}" -o "$tmp/ref" "$tmp/main.f90" "$DIR/stop_taken.f90" >"$tmp/out" 2>"$tmp/err"; then
		for k in 1 2 3 4 5 6; do
			(cd "$tmp" && ./ref "$k" >"$tmp/out" 2>"$tmp/err")
			rc=$?
			line=$(sed -n '1s/ *$//p' "$tmp/err")
			grep -qx "$k $rc${line:+ $line}" "$tmp/want" || fail "gfortran's program with K=$k: status $rc, '$line' (not as the table says)"
		done
	else
		fail "gfortran does not build stop_taken.f90"
	fi
fi
while read -r k want line; do
	for run in run_on run_off; do
		for r in d b; do
			[ -x "$tmp/$run" ] || continue
			"$tmp/$run" "$r" "$k" >"$tmp/out" 2>"$tmp/err"
			rc=$?
			[ "$rc" -eq "$want" ] || fail "$run head_$r K=$k: status $rc, not $want"
			[ "$(sed -n '1s/ *$//p' "$tmp/err")" = "$line" ] || fail "$run head_$r K=$k: stderr is not '$line'"
			if grep -q returned "$tmp/out"; then fail "$run head_$r K=$k: returned"; fi
		done
	done
done <"$tmp/want"
for run in run_on run_off; do
	for r in d b; do
		[ -x "$tmp/$run" ] || continue
		"$tmp/$run" "$r" 0 >"$tmp/out" 2>"$tmp/err" && grep -q '^returned 4$' "$tmp/out" ||
			fail "$run head_$r K=0: does not return dy/dx = 4"
	done
done

# 2. stad check with inputs that stop
"$STAD" check "$DIR/../ad/stop_not_taken.f90" --head 'head(y)/(x)' --set n=5 --input x=2000:2001 \
	>"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "stad check of a run that stops: status $rc, not 1"
grep -qx 'STOP overflow in step' "$tmp/err" || fail "stad check: the STOP's message is not shown"
grep -q '^stad check: error: the program ended in the first runs of the head at the drawn inputs: the head reached a STOP or ERROR STOP' \
	"$tmp/err" || fail "stad check: no line saying the program ended at a STOP"
if grep -q 'all derivatives agree' "$tmp/out"; then fail "stad check: derivatives reported"; fi

# 3. a head that never returns: a line every STAD_CHECK_TICK seconds saying where the check is
#    (it was silent), and SIGINT (Ctrl-C) stops it leaving no /tmp/stad-check-* folder
before=$(ls -d /tmp/stad-check-* 2>/dev/null | sort)
STAD_CHECK_TICK=1 "$STAD" check "$DIR/never_returns.f90" --head 'cr(s)/(x)' >"$tmp/out" 2>"$tmp/err" &
pid=$!
i=0
while ! grep -q 'still running' "$tmp/err" && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
grep -q '^stad check: still running after [0-9]* s, in the first runs of the head at the drawn inputs' "$tmp/err" ||
	fail "stad check of a head that does not return: no line saying it is still running"
kill -INT $pid
wait $pid
sleep 0.3
after=$(ls -d /tmp/stad-check-* 2>/dev/null | sort)
new=$(printf '%s\n' "$after" | grep -vxF -e "$before" | grep . || true)
for d in $new; do grep -q "never_returns\|cr(" "$d"/*.c 2>/dev/null && fail "stad check stopped by SIGINT left $d"; done

[ "$nfail" -eq 0 ] || { echo "$nfail failure(s)"; exit 1; }
echo "check/stop: ok"
