#!/bin/sh
# run_err.sh — one bad-input test: stad must refuse the input with the expected diagnostics,
# exit status 1, and write nothing.
#
#     run_err.sh [--update] STAD SRC
#
# SRC (NAME.f90 or NAME.f) holds the input; its first line may give the options after `stad:` in
# a comment (`! stad: --head 'f(y)/(x)' --table NAME.table`, the convention of tests/ad), else
# they are `--mode primal` (tests/errors: the frontend and sema refuse it before any head).
# NAME.table and NAME.lib (a --lib file), when they exist, are copied along. NAME.err holds the
# exact expected standard error (every diagnostic with its source line and caret, then the
# "stad: N errors" summary). In a fresh temporary folder holding only those copies, runs
#     STAD diff NAME.f90 OPTIONS -o OUT.c
# and checks: the exit status is 1, stderr equals NAME.err byte for byte, stdout is empty,
# and the folder holds no new file afterwards (no OUT.c, no OUT.h, no temporary).
# The one error-test harness: tests/ad (ad-err/NAME) and tests/errors (errors/NAME) use it.
# --update writes NAME.err from stad's stderr instead (check the result by eye).
# Prints what failed (with a diff) and exits 1; exits 0 on success, 2 on usage errors.
# POSIX sh only.

usage() {
	echo "usage: run_err.sh [--update] STAD SRC" >&2
	exit 2
}
UPDATE=0
if [ "${1-}" = --update ]; then
	UPDATE=1
	shift
fi
[ $# -eq 2 ] || usage
STAD=$1
SRC=$2

abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}
[ -f "$SRC" ] || { echo "run_err: no such source file: $SRC" >&2; exit 2; }
SRC=$(abspath "$SRC")
case $STAD in */*) STAD=$(abspath "$STAD") ;; esac
NAME=$(basename "$SRC")
STEM=${SRC%.*}
EXPECTED=$STEM.err
[ "$UPDATE" = 1 ] || [ -f "$EXPECTED" ] || { echo "run_err: no expected stderr $EXPECTED" >&2; exit 2; }

OPTS=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$SRC")
[ -n "$OPTS" ] || OPTS='--mode primal'

TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_err.XXXXXX") || { echo "run_err: mktemp failed" >&2; exit 1; }
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	if [ "${STAD_KEEP_TMP:-0}" = 1 ]; then
		echo "run_err: kept $TMP" >&2
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE
mkdir "$TMP/run" || exit 1
cp "$SRC" "$TMP/run/" || exit 1
[ ! -f "$STEM.table" ] || cp "$STEM.table" "$TMP/run/" || exit 1
[ ! -f "$STEM.lib" ] || cp "$STEM.lib" "$TMP/run/" || exit 1
cd "$TMP/run" || exit 1
ls -a >../before

eval "set -- $OPTS" || { echo "run_err: $NAME: cannot split the options: $OPTS" >&2; exit 2; }
"$STAD" diff "$NAME" "$@" -o OUT.c >../stdout 2>../stderr </dev/null
rc=$?
ls -a >../after

if [ "$UPDATE" = 1 ]; then
	cp ../stderr "$EXPECTED" || exit 1
	echo "run_err: wrote $EXPECTED (stad exited with status $rc):"
	cat "$EXPECTED"
	exit 0
fi

bad=0
say() {
	[ "$bad" = 1 ] || echo "FAIL $NAME"
	bad=1
	echo "  $1"
}
[ "$rc" -eq 1 ] || say "stad diff exited with status $rc, not 1"
if ! cmp -s "$EXPECTED" ../stderr; then
	say "stderr differs from $(basename "$EXPECTED") (< expected, > stad):"
	diff "$EXPECTED" ../stderr | sed 's/^/    /'
fi
if [ -s ../stdout ]; then
	say "stad wrote to stdout:"
	sed 's/^/    /' ../stdout
fi
[ ! -e OUT.c ] || say "stad wrote OUT.c"
[ ! -e OUT.h ] || say "stad wrote OUT.h"
if ! cmp -s ../before ../after; then
	say "stad left files behind:"
	diff ../before ../after | sed -n 's/^> /    /p'
fi
[ "$bad" = 0 ] || exit 1
echo "PASS $NAME"
exit 0
