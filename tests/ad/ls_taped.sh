#!/bin/sh
# ls_taped.sh — an !$AD LINEAR-SOLVE kernel's adjoint against the fully taped one.
#
#     ls_taped.sh STAD SRC TOL
#
# Runs `stad check` (options from SRC's first line) on SRC and on SRC without its LINEAR-SOLVE
# directives (every solver iteration taped), both with $STAD_STATS. Passes when both checks
# pass, every adjoint agrees with the taped one to TOL relative (the solver's tolerance), and
# the linear-solve adjoint's peak tape is smaller than the taped one's. Then the switch in the
# table: `stad calls` lists every LINEAR-SOLVE site as a comment line; SRC checked again with
# those entries off must give the taped adjoint bitwise.
[ $# -eq 3 ] || { echo "usage: ls_taped.sh STAD SRC TOL" >&2; exit 2; }
STAD=$1
case $STAD in /*) ;; */*) STAD=$(pwd)/$STAD ;; esac
SRC=$2
TOL=$3
OPTS=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$SRC")
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_ls.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
NAME=$(basename "$SRC")
cp "$SRC" "$TMP/$NAME"
grep -iv '^[[:space:]]*!\$ad[[:space:]][[:space:]]*linear-solve' "$SRC" >"$TMP/taped_$NAME"
cd "$TMP" || exit 1
for v in ls taped; do
	f=$NAME
	[ $v = taped ] && f=taped_$NAME
	eval "set -- $OPTS"
	if ! STAD_STATS="$TMP/$v.stats" "$STAD" check "$f" "$@" >"$v.out" 2>&1 || ! tail -1 "$v.out" | grep -q 'all derivatives agree'; then
		echo "FAIL $NAME: stad check ($v)"
		cat "$v.out"
		exit 1
	fi
done
# the rows: independent dependent tangent adjoint ...
for v in ls taped; do
	awk '/^independent/ {on = 1; next} on && NF >= 5 && $4 ~ /^[-+0-9.]/ {print $1, $2, $4}' $v.out >$v.adj
done
[ -s ls.adj ] && [ "$(wc -l <ls.adj)" = "$(wc -l <taped.adj)" ] || { echo "FAIL $NAME: no rows to compare"; cat ls.out taped.out; exit 1; }
if ! paste -d ' ' ls.adj taped.adj | awk -v tol="$TOL" '
	{ a = $3 + 0; b = $6 + 0; d = a - b; if (d < 0) d = -d; m = b < 0 ? -b : b; if (m < 1e-300) m = 1
	  r = d / m; printf "%s %s linear-solve %.17g taped %.17g rel %.2g\n", $1, $2, a, b, r
	  if (!(r <= tol)) bad = 1 }
	END { exit bad }' >cmp.txt; then
	echo "FAIL $NAME: the linear-solve adjoint differs from the taped one by more than $TOL"
	cat cmp.txt
	exit 1
fi
cat cmp.txt
a=$(awk '$1 == "peak_tape_bytes" { print $2; exit }' ls.stats)
b=$(awk '$1 == "peak_tape_bytes" { print $2; exit }' taped.stats)
echo "peak tape: linear-solve $a B, taped $b B"
[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || { echo "FAIL $NAME: the linear-solve adjoint's tape is not smaller"; exit 1; }
# the table's switch: every LINEAR-SOLVE site off = the taped adjoint, bitwise
eval "set -- $OPTS"
HEAD=
while [ $# -gt 0 ]; do
	[ "$1" = --head ] && [ $# -gt 1 ] && HEAD=$2
	shift
done
"$STAD" calls "$NAME" --head "$HEAD" >calls.txt 2>&1 || { echo "FAIL $NAME: stad calls"; cat calls.txt; exit 1; }
{
	echo '# stad checkpoint table v1'
	sed -n 's/^#[[:space:]]*\([A-Za-z0-9_]*:[A-Za-z0-9_]*#[0-9]*\) on (line [0-9]*, default): LINEAR-SOLVE.*/\1 off/p' calls.txt
} >off.table
if [ "$(grep -c '#' off.table)" != "$(($(grep -ci '^[[:space:]]*!\$ad[[:space:]][[:space:]]*linear-solve' "$NAME") + 1))" ]; then
	echo "FAIL $NAME: stad calls does not list the LINEAR-SOLVE sites as comment lines"
	cat calls.txt
	exit 1
fi
eval "set -- $OPTS"
if ! "$STAD" check "$NAME" "$@" --table off.table >table.out 2>&1 || ! tail -1 table.out | grep -q 'all derivatives agree'; then
	echo "FAIL $NAME: stad check with the LINEAR-SOLVE sites off in the table"
	cat table.out
	exit 1
fi
awk '/^independent/ {on = 1; next} on && NF >= 5 && $4 ~ /^[-+0-9.]/ {print $1, $2, $4}' table.out >table.adj
if ! cmp -s table.adj taped.adj; then
	echo "FAIL $NAME: the LINEAR-SOLVE sites off in the table do not give the taped adjoint bitwise"
	paste -d ' ' table.adj taped.adj
	exit 1
fi
echo "LINEAR-SOLVE sites off in the table: the taped adjoint, bitwise"
