#!/bin/sh
# run_golden.sh STAD EXPECTED: one golden test. EXPECTED is NAME.KIND next to NAME.f90 (or
# NAME.f), and KIND says what is checked:
#   dump-PASS   `stad ir NAME.f90 --dump=PASS` (PASS: parse, sema, or an AD pass, sites and tbr
#               among them, which runs with the head of NAME's first line and --mode reverse)
#   tan.c tan.h `stad diff NAME.f90 --mode tangent`: the C file or the header
#   rev.c rev.h `stad diff NAME.f90 --mode reverse`: the same
# NAME's first line holds the options, as in tests/ad: `! stad: --head 'f(y)/(x)'`.
# Prints a unified diff and exits 1 when the output differs.
#
# run_golden.sh --update STAD FOLDER: rewrites every expected file in FOLDER from what stad
# prints now (cmake --build build --target golden_update); review with `git diff`.
set -u
update=0
if [ "${1:-}" = --update ]; then
	update=1
	shift
fi
STAD=$1
case $STAD in /*) ;; *) STAD=$(pwd)/$STAD ;; esac

# actual STEM KIND: what stad prints for KIND, on stdout (run in the kernel's folder, so that
# file names in the output are the kernel's own)
actual() {
	stem=$1 kind=$2
	src=$stem.f90
	[ -f "$src" ] || src=$stem.f
	opts=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$src")
	eval "set -- $opts"
	case $kind in
	dump-parse | dump-sema) "$STAD" ir "$src" --dump="${kind#dump-}" ;;
	dump-*) "$STAD" ir "$src" --dump="${kind#dump-}" --mode reverse "$@" ;;
	tan.c | tan.h | rev.c | rev.h)
		mode=tangent
		[ "${kind%.?}" = rev ] && mode=reverse
		tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad_golden.XXXXXX") || return 1
		"$STAD" diff "$src" --mode $mode "$@" -o "$tmp/$stem.${kind%.?}.c" 2>/dev/null &&
			cat "$tmp/$stem.$kind"
		st=$?
		rm -rf "$tmp"
		return $st
		;;
	*)
		echo "run_golden: unknown kind '$kind'" >&2
		return 2
		;;
	esac
}

if [ $update = 1 ]; then
	cd "$2" || exit 1
	for f in *.dump-* *.tan.c *.tan.h *.rev.c *.rev.h; do
		[ -f "$f" ] || continue
		stem=${f%%.*}
		actual "$stem" "${f#"$stem".}" >"$f.new" && mv "$f.new" "$f" || {
			echo "run_golden: $f: stad failed" >&2
			rm -f "$f.new"
		}
	done
	exit 0
fi

cd "$(dirname "$2")" || exit 1
f=$(basename "$2")
stem=${f%%.*}
out=$(mktemp "${TMPDIR:-/tmp}/stad_golden_out.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT
if ! actual "$stem" "${f#"$stem".}" >"$out"; then
	echo "run_golden: $f: stad failed" >&2
	exit 1
fi
if ! diff -u "$f" "$out"; then
	echo "run_golden: $f differs from what stad prints now (above); if the change is meant," >&2
	echo "regenerate with: cmake --build BUILD --target golden_update" >&2
	exit 1
fi
