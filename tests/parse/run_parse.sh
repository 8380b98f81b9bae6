#!/bin/sh
# Parser smoke tests. run_parse.sh STAD FILE: FILE must parse and pass sema silently
# (`stad ir` exit 0, nothing on stderr). run_parse.sh --errors STAD FILE: stad must fail with
# exactly the first lines of diagnostics listed in FILE's .err (run from FILE's folder).
set -u
if [ "$1" = --errors ]; then
	STAD=$2; SRC=$3
	dir=$(dirname "$SRC"); base=$(basename "$SRC")
	out=$(cd "$dir" && "$STAD" ir "$base" 2>&1 >/dev/null)
	rc=$?
	[ $rc -eq 1 ] || { echo "FAIL: exit status $rc, want 1"; exit 1; }
	got=$(printf '%s\n' "$out" | grep ': error: ')
	want=$(cat "${SRC%.*}.err")
	[ "$got" = "$want" ] || { echo "FAIL: diagnostics differ"; echo "--- want"; echo "$want"; echo "--- got"; echo "$got"; exit 1; }
	echo "PASS $base"
	exit 0
fi
STAD=$1; SRC=$2
err=$("$STAD" ir "$SRC" 2>&1 >/dev/null)
rc=$?
[ $rc -eq 0 ] && [ -z "$err" ] || { echo "FAIL: $SRC (status $rc)"; echo "$err"; exit 1; }
echo "PASS $(basename "$SRC")"
