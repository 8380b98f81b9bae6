#!/bin/sh
# run_ir_passes.sh STAD DIR — the IR verifier after every pass of the pipeline, on every AD
# kernel in DIR, in tangent and reverse mode (`stad ir --dump=ad --verify`: release builds run
# the verifier only when asked); and every pass's dump on one kernel: non-empty, exit 0.
# An unknown pass is a usage error (exit 2), and so are sites and tbr in tangent mode. Exits 1 on the first failure, printing it.
[ $# -eq 2 ] || { echo "usage: run_ir_passes.sh STAD DIR" >&2; exit 2; }
STAD=$1
DIR=$2
n=0
for src in "$DIR"/*.f90 "$DIR"/*.f "$DIR"/*.F90 "$DIR"/*.F; do
	[ -f "$src" ] || continue
	stem=${src%.*}
	[ -f "$stem.err" ] && continue
	opts=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$src")
	head=$(printf '%s\n' "$opts" | sed -n "s/.*--head '\([^']*\)'.*/\1/p")
	[ -n "$head" ] || continue
	# the options that say how to read the source: --lib FILE (relative to DIR), -D...
	lib=$(printf '%s\n' "$opts" | sed -n 's/.*--lib \([^ ]*\).*/\1/p')
	defs=$(printf '%s\n' "$opts" | tr ' ' '\n' | grep '^-D' | tr '\n' ' ')
	# shellcheck disable=SC2086 # the -D options, one word each
	set -- $defs
	[ -z "$lib" ] || set -- "$@" --lib "$DIR/$lib"
	for mode in tangent reverse; do
		if ! "$STAD" ir "$src" "$@" --head "$head" --mode $mode --dump=ad --verify >/dev/null 2>err.$$; then
			echo "FAIL: stad ir $src $* --head '$head' --mode $mode --dump=ad --verify"
			cat err.$$
			rm -f err.$$
			exit 1
		fi
		n=$((n + 1))
	done
done
rm -f err.$$
one="$DIR/calls_in_loop.f90"
for pass in parse sema canon head sets activity symbols sites tbr ad; do
	lines=$("$STAD" ir "$one" --head 'evolve(u)/(u, c)' --mode reverse --dump=$pass --verify | wc -l)
	[ "$lines" -gt 0 ] || { echo "FAIL: --dump=$pass printed nothing"; exit 1; }
done
"$STAD" ir "$one" --dump=nosuchpass >/dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: an unknown pass is not a usage error"; exit 1; }
# sites and tbr are reverse mode's
"$STAD" ir "$one" --head 'evolve(u)/(u, c)' --mode tangent --dump=tbr >/dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: --dump=tbr in tangent mode is not a usage error"; exit 1; }
echo "PASS: the verifier accepts every pass on $n kernel/mode pairs; every pass dumps"
