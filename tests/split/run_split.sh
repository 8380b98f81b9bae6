#!/bin/sh
# run_split.sh STAD DIR
#
# `stad diff --split N` (README, "Large programs"): split_model.f90 in primal, tangent and
# reverse mode is written as one file and as N files (primal and tangent 3, reverse 2 and 9:
# more parts than routines, some hold none); every part compiles alone with -std=c99 -Wall -Wextra -Werror, and a
# driver linked with the parts prints, at -O0 and -O2, the same bits as with the one file. A
# program with formatted I/O and bad N are refused with one message each; a split output does
# not overwrite a file stad did not write; --fortran-abi parts compile.
set -u
STAD=$1
DIR=$2
CC=${CC:-cc}
SRC=$DIR/split_model.f90
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad-split.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
fail() {
	echo "FAIL: $1"
	[ $# -gt 1 ] && [ -f "$2" ] && cat "$2"
	exit 1
}
cd "$TMP" || exit 1
CFLAGS=$("$STAD" config --cflags)
LIBS=$("$STAD" config --libs)

# the driver: x, then f (and the derivatives), printed exactly (%a)
cat >driver.c <<'EOD'
#include <stdio.h>
void model(int *n, double *x, double *f);
void model_d(int *n, double *x, double *xd, double *f, double *fd);
void model_b(int *n, double *x, double *xb, double *f, double *fb);
int main(void)
{
    int n = 12;
    double x[12], xd[12], xb[12], f = 0, fd = 0, fb = 1;
    for (int i = 0; i < n; i++) {
        x[i] = 0.3 + 0.1 * i - 0.01 * i * i;
        xd[i] = 1.0 / (1 + i);
        xb[i] = 0;
    }
#if MODE == 0
    model(&n, x, &f);
    printf("f %a\n", f);
#elif MODE == 1
    model_d(&n, x, xd, &f, &fd);
    printf("f %a fd %a\n", f, fd);
#else
    model_b(&n, x, xb, &f, &fb);
    for (int i = 0; i < n; i++)
        printf("xb[%d] %a\n", i, xb[i]);
#endif
    return 0;
}
EOD

for mode in primal tangent reverse; do
	one=one_$mode
	"$STAD" diff "$SRC" --head 'model(f)/(x)' --mode $mode -o $one.c >d.log 2>&1 || fail "stad diff --mode $mode" d.log
	ns=3
	[ $mode = reverse ] && ns="2 9"
	for n in $ns; do
		out=s${n}_$mode
		"$STAD" diff "$SRC" --head 'model(f)/(x)' --mode $mode -o $out.c --split $n >d.log 2>&1 ||
			fail "stad diff --mode $mode --split $n" d.log
		[ -e $out.c ] && fail "--split $n wrote $out.c"
		[ -f ${out}_parts.h ] && [ -f $out.h ] || fail "--split $n: no ${out}_parts.h or $out.h"
		i=1
		while [ $i -le $n ]; do
			[ -f ${out}_$i.c ] || fail "--split $n: no ${out}_$i.c"
			i=$((i + 1))
		done
		[ -e ${out}_$((n + 1)).c ] && fail "--split $n wrote ${out}_$((n + 1)).c"
		# every routine in exactly one part, the same routines as the one file
		grep -h '^[a-z].*(.*)$' ${out}_[0-9]*.c | sed "s/${out}_//" | sort >parts.list
		grep -h '^[a-z].*(.*)$' $one.c | grep -v '^static inline' | sed 's/^static //' | sed "s/one_${mode}_//" | sort >one.list
		n1=$(wc -l <one.list)
		[ "$n1" -ge 7 ] || fail "$mode: only $n1 routines in $one.c"
		[ "$(sort -u parts.list | wc -l)" -eq "$(wc -l <parts.list)" ] || fail "--split $n: a routine in two parts" parts.list
		[ "$(wc -l <parts.list)" -eq "$n1" ] || fail "--split $n: $(wc -l <parts.list) routines, the one file $n1" parts.list
		# the parts use all of the file when there are fewer routines than parts
		if [ $n -lt 9 ]; then
			for f in ${out}_[0-9]*.c; do
				grep -q '^[a-z].*(.*)$' $f || fail "--split $n: $f holds no routine"
			done
		fi
		md=0
		[ $mode = tangent ] && md=1
		[ $mode = reverse ] && md=2
		for opt in -O0 -O2; do
			# shellcheck disable=SC2086
			$CC -std=c99 -Wall -Wextra -Werror $opt $CFLAGS -c $one.c >cc.log 2>&1 || fail "cc $one.c $opt" cc.log
			# shellcheck disable=SC2086
			$CC -std=c99 $opt $CFLAGS -DMODE=$md -o one driver.c $one.o $LIBS -lm >cc.log 2>&1 || fail "link $one.o" cc.log
			for f in ${out}_[0-9]*.c; do
				# shellcheck disable=SC2086
				$CC -std=c99 -Wall -Wextra -Werror $opt $CFLAGS -c $f >cc.log 2>&1 || fail "cc -c $f $opt" cc.log
			done
			# shellcheck disable=SC2086
			$CC -std=c99 $opt $CFLAGS -DMODE=$md -o split driver.c ${out}_[0-9]*.o $LIBS -lm >cc.log 2>&1 ||
				fail "link ${out}_*.o $opt" cc.log
			./one >one.out 2>&1 || fail "$mode: the one-file program failed" one.out
			./split >split.out 2>&1 || fail "$mode: the split program failed" split.out
			cmp -s one.out split.out || { diff one.out split.out; fail "$mode --split $n $opt: results differ"; }
			rm -f ./*.o
		done
	done
done
grep -q '^xb\[11\] ' one.out || fail "no adjoint printed" one.out

# two split outputs (tangent and adjoint) link into one program: their shared names differ
"$STAD" diff "$SRC" --head 'model(f)/(x)' --mode tangent -o two_d.c --split 2 >d.log 2>&1 || fail "two_d" d.log
"$STAD" diff "$SRC" --head 'model(f)/(x)' -o two_b.c --split 2 >d.log 2>&1 || fail "two_b" d.log
cat >both.c <<'EOD'
#include <stdio.h>
void model_d(int *n, double *x, double *xd, double *f, double *fd);
void model_b(int *n, double *x, double *xb, double *f, double *fb);
int main(void)
{
    int n = 12;
    double x[12], xd[12], xb[12], f = 0, fd = 0, fb = 1, dot = 0;
    for (int i = 0; i < n; i++)
        x[i] = 0.3 + 0.1 * i - 0.01 * i * i, xd[i] = 1.0 / (1 + i), xb[i] = 0;
    model_d(&n, x, xd, &f, &fd);
    for (int i = 0; i < n; i++)
        x[i] = 0.3 + 0.1 * i - 0.01 * i * i;
    model_b(&n, x, xb, &f, &fb);
    for (int i = 0; i < n; i++)
        dot += xb[i] * xd[i];
    printf("%.17g %.17g\n", fd, dot);
    return (fd - dot) * (fd - dot) > 1e-24 * (fd * fd + 1e-300);
}
EOD
# shellcheck disable=SC2086
$CC -std=c99 -O2 $CFLAGS -o both both.c two_d_1.c two_d_2.c two_b_1.c two_b_2.c $LIBS -lm >cc.log 2>&1 ||
	fail "tangent and adjoint parts in one program" cc.log
./both >both.out || fail "tangent and adjoint disagree" both.out

# --fortran-abi: the parts compile (gfortran's variables are weak definitions in the header)
"$STAD" diff "$SRC" --head 'model(f)/(x)' --fortran-abi -o abi_b.c --split 3 >d.log 2>&1 || fail "--fortran-abi --split" d.log
[ -f abi_b_interface.f90 ] || fail "--fortran-abi --split: no interface file"
for f in abi_b_[0-9].c; do
	# shellcheck disable=SC2086
	$CC -std=c99 -Wall -Wextra -Werror -O2 $CFLAGS -c $f >cc.log 2>&1 || fail "cc -c $f (--fortran-abi)" cc.log
done
# shellcheck disable=SC2086

# bad N: a usage error naming the option, exit status 2, nothing written
for bad in 0 -1 x 2x 1001 ''; do
	"$STAD" diff "$SRC" --head 'model(f)/(x)' -o bad.c --split "$bad" >bad.log 2>&1
	rc=$?
	[ $rc -eq 2 ] || fail "--split '$bad': exit status $rc, not 2" bad.log
	grep -q "^stad diff: --split wants a number of C files from 1 to 1000, not '$bad'\$" bad.log ||
		fail "--split '$bad': not the usage error" bad.log
	[ "$(grep -c 'stad diff:' bad.log)" -eq 1 ] || fail "--split '$bad': more than one error" bad.log
	ls bad* | grep -qv 'bad.log' && fail "--split '$bad' wrote a file"
done
"$STAD" diff "$SRC" --head 'model(f)/(x)' -o bad.c --split >bad.log 2>&1
[ $? -eq 2 ] || fail "--split without a value: not a usage error" bad.log
# --split is an option of stad diff only
"$STAD" calls "$SRC" --head 'model(f)/(x)' --split 2 >bad.log 2>&1
[ $? -eq 2 ] || fail "stad calls --split: not a usage error" bad.log

# formatted I/O keeps its open units in one C file: refused, located, one error (derivative
# code drops this WRITE: the primal)
cat >io.f90 <<'EOD'
subroutine report(x)
  real(8), intent(in) :: x
  write (*, '(f8.3)') x
end subroutine report
subroutine io(x, f)
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  f = x * x
  call report(f)
end subroutine io
EOD
"$STAD" diff io.f90 --head 'io(f)/(x)' --mode primal -o io.c >d.log 2>&1 || fail "io.f90 without --split" d.log
"$STAD" diff io.f90 --head 'io(f)/(x)' --mode primal -o iosplit.c --split 2 >io.log 2>&1
rc=$?
[ $rc -eq 1 ] || fail "I/O with --split: exit status $rc, not 1" io.log
grep -q "^io.f90:1:[0-9]*: error: --split: 'report' does formatted I/O" io.log || fail "I/O with --split: not located" io.log
[ "$(grep -c 'error' io.log)" -eq 1 ] || fail "I/O with --split: more than one error" io.log
ls iosplit* >/dev/null 2>&1 && fail "I/O with --split wrote a file"

# a file of the user's where a part would go is not overwritten, and nothing is written
echo "/* not stad's */" >mine_2.c
"$STAD" diff "$SRC" --head 'model(f)/(x)' -o mine.c --split 3 >mine.log 2>&1 && fail "--split overwrote a file it did not write" mine.log
grep -q "refusing to overwrite" mine.log || fail "no refusal" mine.log
[ -e mine_1.c ] && fail "--split wrote mine_1.c after refusing"
grep -q "not stad's" mine_2.c || fail "the user's file changed"
echo OK
