#!/bin/sh
# No shell ever sees a user's path: stad diff, check and tune are run with inputs, -o folders,
# --driver files and TMPDIR named with quotes, blanks, `;`, `$( )` and backquotes that would run
# commands if a shell read them. Each run must work as with a plain name, and no command of the
# names may run (no file INJ* appears anywhere under the test's folder).
# usage: run_paths.sh STAD KERNEL.f90
set -u
STAD=$1
SRC=$2
HEAD='burgers(cost)/(u0)'
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-paths-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
injected() { [ -n "$(find "$tmp" -name 'INJ*' 2>/dev/null)" ]; }

mkdir "$tmp/work"
cd "$tmp/work" || exit 1
for name in "q'uo te;touch INJ1;'\$(touch INJ2)" "\`touch INJ3\`;x\"y\"" ; do
	d="$tmp/$name"
	mkdir "$d" || fail "cannot make the folder $name"
	cp "$SRC" "$d/in put.f90"
	"$STAD" diff "$d/in put.f90" --head "$HEAD" -o "$d/out.c" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "diff, name $name"; }
	[ -s "$d/out.c" ] && [ -s "$d/out.h" ] || fail "diff wrote no files, name $name"
	TMPDIR="$d" "$STAD" check "$d/in put.f90" --head "$HEAD" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "check, name $name"; }
	tail -n 1 "$tmp/log" | grep -q 'all derivatives agree' || { cat "$tmp/log"; fail "check verdict, name $name"; }
	[ -z "$(find "$d" -name 'stad-check-*')" ] || fail "check left its temporary folder, name $name"
	"$STAD" tune "$d/in put.f90" --head "$HEAD" --repeat 1 -o "$d/tu ne" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "tune, name $name"; }
	[ -s "$d/tu ne/table" ] || fail "tune wrote no table, name $name"
	drv=$(find "$d/tu ne" -name driver.c | head -n 1)
	if [ -n "$drv" ]; then
		cp "$drv" "$d/my driver.c"
		"$STAD" tune "$d/in put.f90" --head "$HEAD" --repeat 1 --driver "$d/my driver.c" -o "$d/tune2" >"$tmp/log" 2>&1 ||
			{ cat "$tmp/log"; fail "tune --driver, name $name"; }
	fi
	! injected || fail "a command in the name $name ran"
done
echo "PASS: paths with shell syntax are only paths"
