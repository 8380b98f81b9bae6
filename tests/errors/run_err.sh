#!/bin/sh
# run_err.sh — one frontend error test: stad must refuse the input with exactly the expected
# diagnostics, exit status 1, and write nothing.
#
#     run_err.sh [--update] STAD SRC
#
# SRC is NAME.f90 or NAME.f; NAME.err next to it is the exact expected standard error (every
# diagnostic with its source line and caret, then the "stad: N errors" summary). In a fresh
# temporary folder holding only a copy of SRC, runs
#     STAD diff --mode primal -o out.c NAME.f90
# and checks: exit status 1, stderr equal to NAME.err byte for byte, nothing on stdout, and
# no file left behind (no out.c, no out.h, no temporary).
# --update writes NAME.err from stad's stderr instead (read the result before keeping it).
# Prints PASS or FAIL with what differed; exits 0 on success, 1 on failure, 2 on usage errors.
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
EXPECTED=${SRC%.*}.err
[ "$UPDATE" = 1 ] || [ -f "$EXPECTED" ] || { echo "run_err: no expected stderr $EXPECTED" >&2; exit 2; }

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
cd "$TMP/run" || exit 1
ls -a >../before

"$STAD" diff --mode primal -o out.c "$NAME" >../stdout 2>../stderr </dev/null
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
[ ! -e out.c ] || say "stad wrote out.c"
[ ! -e out.h ] || say "stad wrote out.h"
if ! cmp -s ../before ../after; then
	say "stad left files behind:"
	diff ../before ../after | sed -n 's/^> /    /p'
fi
[ "$bad" = 0 ] || exit 1
echo "PASS $NAME"
exit 0
