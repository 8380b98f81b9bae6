#!/bin/sh
# run.sh -- how stad's time and memory grow with the program: for each shape (gen.sh) and size,
# `stad diff` in reverse and tangent mode, CPU time (user + system), wall time and peak resident
# memory, and the growth against the previous size. Prints a Markdown table.
#
#   run.sh STAD [SIZE...]          default sizes: 24000 96000 384000
#
# Environment: SHAPES (default "chain wide mix"), MODES (default "reverse tangent"), REPEAT
# (default 1: the median of REPEAT runs is printed). Needs GNU time (/usr/bin/time).
# The generated programs go to a temporary folder removed at the end.

set -eu

if [ $# -lt 1 ]; then
	echo "usage: run.sh STAD [SIZE...]" >&2
	exit 2
fi
STAD=$1
shift
SIZES=${*:-24000 96000 384000}
SHAPES=${SHAPES:-chain wide mix}
MODES=${MODES:-reverse tangent}
REPEAT=${REPEAT:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "| shape | lines | mode | CPU s | wall s | peak RSS MB | CPU growth | RSS growth |"
echo "|---|---|---|---|---|---|---|---|"
for shape in $SHAPES; do
	for mode in $MODES; do
		prev_cpu=""
		prev_rss=""
		for n in $SIZES; do
			src=$tmp/$shape$n.f90
			[ -f "$src" ] || sh "$HERE/gen.sh" "$shape" "$n" "$src"
			lines=$(wc -l <"$src")
			: >"$tmp/runs"
			r=0
			while [ $r -lt "$REPEAT" ]; do
				/usr/bin/time -f "%U %S %e %M" -o "$tmp/t" "$STAD" diff --mode "$mode" \
					--head 'head(cost)/(x)' -o "$tmp/out.c" "$src" >/dev/null 2>&1 ||
					{ echo "run.sh: stad failed on $shape $n $mode" >&2; exit 1; }
				tail -n 1 "$tmp/t" >>"$tmp/runs"
				r=$((r + 1))
			done
			# the median run by CPU time
			line=$(awk '{ print $1 + $2, $3, $4 }' "$tmp/runs" | sort -n | awk -v k="$REPEAT" 'NR == int((k + 1) / 2)')
			set -- $line
			cpu=$1 wall=$2 rss=$(($3 / 1024))
			growth=$(awk -v a="$prev_cpu" -v b="$cpu" 'BEGIN { if (a == "" || a == 0) print "-"; else printf "%.1fx", b / a }')
			rgrowth=$(awk -v a="$prev_rss" -v b="$rss" 'BEGIN { if (a == "" || a == 0) print "-"; else printf "%.1fx", b / a }')
			echo "| $shape | $lines | $mode | $cpu | $wall | $rss | $growth | $rgrowth |"
			prev_cpu=$cpu
			prev_rss=$rss
			rm -f "$tmp/out.c" "$tmp"/out.h
		done
	done
	rm -f "$tmp"/*.f90
done
