#!/bin/sh
# codegen_snapshot.sh — what stad generates for every test and benchmark source, for comparing
# a refactoring's before and after byte for byte.
#
#     codegen_snapshot.sh STAD OUTDIR [ROOT]
#
# For every Fortran source below ROOT/tests and ROOT/benchmarks (ROOT: this checkout): with a
# first line `! stad: OPTIONS` (run_ad.sh's convention), `stad diff` in each mode (reverse,
# tangent, primal; reverse also with --profile and with --dynamic-sites) with those options
# (check-only ones, --link and --data, dropped), run in the source's folder; without one,
# `stad diff --mode primal` of the file alone; and for every file `stad ir --dump=parse` and
# `--dump=sema` of the file alone. Each run's C, header, stderr and exit status
# go into OUTDIR/NAME.MODE (one file). Compare two snapshots with `diff -r`.
# POSIX sh; every run is independent, so a failing translation is recorded, not fatal.
[ $# -ge 2 ] || { echo "usage: codegen_snapshot.sh STAD OUTDIR [ROOT]" >&2; exit 2; }
STAD=$1
OUT=$2
ROOT=${3:-$(cd "$(dirname "$0")/../.." && pwd)}
case $STAD in /*) ;; *) STAD=$(pwd)/$STAD ;; esac
mkdir -p "$OUT" || exit 1
case $OUT in /*) ;; *) OUT=$(pwd)/$OUT ;; esac
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_snap.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT

# one KEY DIR ARGS...: run stad diff ARGS in DIR, record into OUT/KEY.
one() {
	key=$1 dir=$2
	shift 2
	rm -f "$TMP"/o.c "$TMP"/o.h
	(cd "$dir" && "$STAD" diff "$@" -o "$TMP/o.c" >"$TMP/out" 2>&1)
	record "$key" $?
}

# dump KEY DIR ARGS...: run stad ir ARGS in DIR, record into OUT/KEY.
dump() {
	key=$1 dir=$2
	shift 2
	rm -f "$TMP"/o.c "$TMP"/o.h
	(cd "$dir" && "$STAD" ir "$@" >"$TMP/out" 2>&1)
	record "$key" $?
}

# record KEY RC: the run's status, output, C and header into OUT/KEY.
record() {
	rc=$2
	{
		echo "== rc $rc"
		cat "$TMP/out"
		[ -f "$TMP/o.c" ] && { echo "== c"; cat "$TMP/o.c"; }
		[ -f "$TMP/o.h" ] && { echo "== h"; cat "$TMP/o.h"; }
	} | sed "s|$TMP|TMP|g" >"$OUT/$1"
}

find "$ROOT/tests" "$ROOT/benchmarks" -type f \( -name '*.f90' -o -name '*.F90' -o -name '*.f' \
	-o -name '*.F' \) ! -path '*/fuzz/corpus/*' | sort | while IFS= read -r src; do
	rel=${src#"$ROOT"/}
	key=$(printf '%s' "$rel" | tr '/' '_')
	dir=$(dirname "$src")
	base=$(basename "$src")
	opts=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$src")
	dump "$key.parse" "$dir" "$base" --dump=parse
	dump "$key.sema" "$dir" "$base" --dump=sema
	if [ -z "$opts" ]; then
		one "$key.primal" "$dir" "$base" --mode primal
		continue
	fi
	# The options without the check-only ones; for tangent and primal, also without the
	# adjoint-only ones they refuse.
	eval "set -- $opts"
	n=$#
	i=0
	while [ $i -lt $n ]; do
		a=$1
		shift
		i=$((i + 1))
		case $a in
		--link | --data) shift; i=$((i + 1)) ;;
		*) set -- "$@" "$a" ;;
		esac
	done
	one "$key.reverse" "$dir" "$base" "$@" --mode reverse
	one "$key.profile" "$dir" "$base" "$@" --mode reverse --profile
	one "$key.dynamic" "$dir" "$base" "$@" --mode reverse --dynamic-sites
	n=$#
	i=0
	while [ $i -lt $n ]; do
		a=$1
		shift
		i=$((i + 1))
		case $a in
		--set | --table | --nocheckpoint | --default-checkpoint) shift; i=$((i + 1)) ;;
		--default-nocheckpoint) ;;
		*) set -- "$@" "$a" ;;
		esac
	done
	one "$key.tangent" "$dir" "$base" "$@" --mode tangent
	one "$key.primal" "$dir" "$base" "$@" --mode primal
done
