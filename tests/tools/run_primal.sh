#!/bin/sh
# run_primal.sh — one primal run test: gfortran's output and stad's C output must hold the same numbers.
#
#     run_primal.sh STAD NUMCMP SRC [extra gfortran flags...]
#
# Extra flags -IDIR, -DNAME[=VALUE] and -UNAME (one argument each) mean the same to stad: they
# are given to both (the C preprocessor of .F/.F90 files, and INCLUDE's search path);
# -fdefault-real-8 is --default-real-8 to stad (give gfortran -fdefault-double-8 with it).
#
# In a fresh temporary folder:
#   1. compile SRC with gfortran -O0 (fixed form for .f/.F/.for, free form with unlimited line
#      length otherwise) and run it: the reference output;
#   2. translate it with `STAD diff --mode primal -o t.c SRC`;
#   3. compile t.c with `cc -std=c99 -O1 -Wall -Wextra -Werror t.c -lm` (a warning is a failure:
#      stad's generated code must compile cleanly) and run it;
#   4. both programs must exit with the same status, and NUMCMP must find the same numbers in both
#      outputs (PRINT * output is formatted differently by gfortran and by stad's C, so text is not
#      compared). The status is 0 unless a comment line of SRC says `exit status: N` (a test of
#      STOP codes or ERROR STOP). A comment line `output: exact` asks for stdout and stderr equal
#      byte for byte instead (formatted output); `files: NAME...` for the files of those names the
#      programs write (in the temporary folder) equal byte for byte too. Each comment line
#      `stderr: TEXT` is a line stad's program must write on stderr (where gfortran's wording
#      differs: a run-time error's location).
# Prints what failed, with the tool's messages or the outputs' diff, and exits 1; exits 0 on success,
# 2 on usage errors. The folder is removed at the end unless STAD_KEEP_TMP=1.
# Environment: GFORTRAN (default gfortran), CC (default cc), STAD_RUN_TIMEOUT (seconds a compiled
# program may run, default 60; needs `timeout`), TMPDIR.
# POSIX sh only: the test suite must not need python or bash.

usage() {
	echo "usage: run_primal.sh STAD NUMCMP SRC [extra gfortran flags...]" >&2
	exit 2
}
[ $# -ge 3 ] || usage
STAD=$1
NUMCMP=$2
SRC=$3
shift 3

FC=${GFORTRAN:-gfortran}
CC=${CC:-cc}
TIMEOUT=${STAD_RUN_TIMEOUT:-60}

# Absolute paths: the work happens in the temporary folder.
abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}
[ -f "$SRC" ] || { echo "run_primal: no such source file: $SRC" >&2; exit 2; }
SRC=$(abspath "$SRC")
case $STAD in */*) STAD=$(abspath "$STAD") ;; esac
case $NUMCMP in */*) NUMCMP=$(abspath "$NUMCMP") ;; esac
NAME=$(basename "$SRC")

case $NAME in
*.f | *.F | *.for | *.FOR | *.ftn) FORM="-ffixed-form" ;;
*) FORM="-ffree-form -ffree-line-length-none" ;;
esac

TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_primal.XXXXXX") || { echo "run_primal: mktemp failed" >&2; exit 1; }
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	if [ "${STAD_KEEP_TMP:-0}" = 1 ]; then
		echo "run_primal: kept $TMP" >&2
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
cd "$TMP" || exit 1

# Run a compiled program with a time limit when `timeout` exists; stdout to $2, stderr to $3.
run_prog() {
	if command -v timeout >/dev/null 2>&1; then
		timeout "$TIMEOUT" "$1" >"$2" 2>"$3" </dev/null
	else
		"$1" >"$2" 2>"$3" </dev/null
	fi
}

# fail WHAT [FILE...]: report a failure, show the files (cut to 60 lines each), exit 1.
fail() {
	echo "FAIL $NAME: $1"
	shift
	for f in "$@"; do
		[ -s "$f" ] || continue
		echo "---- $f"
		sed -n '1,60p' "$f"
		n=$(wc -l <"$f")
		[ "$n" -le 60 ] || echo "... ($n lines)"
	done
	exit 1
}

# 1. The reference: gfortran.
command -v "$FC" >/dev/null 2>&1 || fail "gfortran not found ($FC); set GFORTRAN"
# shellcheck disable=SC2086 # FORM is a list of flags
"$FC" -O0 $FORM "$@" -o ref.exe "$SRC" >ref.build 2>&1 ||
	fail "gfortran cannot compile the test (a bug in the test)" ref.build
run_prog ./ref.exe ref.out ref.err
ref_rc=$?
want_rc=$(sed -n 's/^[!cC*] *exit status: *\([0-9][0-9]*\) *$/\1/p' "$SRC" | sed -n 1p)
[ "$ref_rc" -eq "${want_rc:-0}" ] ||
	fail "the gfortran-built program exited with status $ref_rc, not ${want_rc:-0} (a bug in the test)" ref.out ref.err

# the files the program writes, kept aside for the comparison
FILES=$(sed -n 's/^[!cC*] *files: *//p' "$SRC" | sed -n 1p)
for f in $FILES; do
	[ -f "$f" ] || fail "the gfortran-built program wrote no file $f (a bug in the test)" ref.out ref.err
	mv "$f" "ref.file.$f"
done

# 2. stad.
# the flags stad shares with gfortran, in their order
STADFLAGS=""
for f in "$@"; do
	case $f in
	-I?* | -D?* | -U?*) STADFLAGS="$STADFLAGS
$f" ;;
	-fdefault-real-8) STADFLAGS="$STADFLAGS
--default-real-8" ;;
	esac
done
(
	IFS='
'
	set -f
	# shellcheck disable=SC2086 # one flag a line
	exec "$STAD" diff --mode primal -o t.c "$SRC" $STADFLAGS
) >stad.log 2>&1
rc=$?
[ "$rc" -eq 0 ] || fail "stad diff --mode primal exited with status $rc" stad.log
[ -s t.c ] || fail "stad wrote no t.c" stad.log

# 3. The generated C must compile without warnings.
"$CC" -std=c99 -O1 -Wall -Wextra -Werror -o t.exe t.c -lm >cc.log 2>&1 ||
	fail "the generated C does not compile cleanly with $CC -std=c99 -O1 -Wall -Wextra -Werror" cc.log

# 4. Run it and compare.
run_prog ./t.exe t.out t.err
rc=$?
[ "$rc" -ne 124 ] || ! command -v timeout >/dev/null 2>&1 ||
	fail "stad's program ran longer than ${TIMEOUT}s (status 124)" t.out t.err
[ "$rc" -eq "$ref_rc" ] ||
	fail "stad's program exited with status $rc, gfortran's with $ref_rc" t.out t.err
if grep -q '^[!cC*] *output: *exact *$' "$SRC"; then
	cmp ref.out t.out >/dev/null 2>&1 && cmp ref.err t.err >/dev/null 2>&1
	rc=$?
	[ "$rc" -eq 0 ] || { diff ref.out t.out; diff ref.err t.err; } >out.diff 2>&1
	[ "$rc" -eq 0 ] || fail "the outputs differ (byte for byte; < gfortran, > stad)" out.diff
fi
sed -n 's/^[!cC*] *stderr: *//p' "$SRC" >want.err
while IFS= read -r line; do
	grep -qxF "$line" t.err || fail "stad's program did not write on stderr: $line" t.err
done <want.err
for f in $FILES; do
	[ -f "$f" ] || fail "stad's program wrote no file $f" t.out t.err
	cmp "ref.file.$f" "$f" >/dev/null 2>&1 || {
		diff "ref.file.$f" "$f" >file.diff 2>&1
		fail "file $f differs (< gfortran, > stad)" file.diff
	}
done
"$NUMCMP" ref.out t.out >cmp.log 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then
	diff ref.out t.out >out.diff 2>&1
	fail "the outputs hold different numbers (numcmp status $rc; < gfortran, > stad)" cmp.log out.diff
fi
echo "PASS $NAME"
exit 0
