#!/bin/sh
# run_ad.sh — one AD test: the derivatives of a kernel are right, and they do not depend on
# which call sites are checkpointed.
#
#     run_ad.sh STAD SRC
#
# SRC's first line says how to differentiate it, after `stad:` in a comment (`! stad:` in free
# form, `c stad:`, `C stad:` or `* stad:` in fixed form), e.g.
#     ! stad: --head 'f(y)/(x)' --set n=5
# The words are shell-quoted options for `stad check`; the paths they name (-I DIR, --lib FILE,
# --link FILE) are relative to SRC's folder. --link goes to `stad check` only.
#
#   1. `STAD check SRC OPTIONS`: tangent, adjoint and finite differences agree, with every
#      checkpoint as it defaults (pragmas and the options on the first line), the generated C
#      built with -O2 (check's default) and again with `--opt -O0`; the -O0 adjoint column must
#      equal the -O2 one to 1e-12 relative in every row. A row whose finite differences are
#      'inconclusive' fails the test too (the last line must be `all derivatives agree`).
#   2. Invariance: `STAD calls` lists the call sites; when there are any, `stad check` runs again
#      with every site on (a table; the sites stad forces off stay off), every site off
#      (--default-nocheckpoint; and a table as well
#      when the option leaves a CHECKPOINT-START region on), and five random tables drawn by awk
#      from a seed made of the test's name (so a run repeats). Each run must pass, and its
#      adjoint column must agree with the default run's to 1e-12 relative in every row.
#      The configurations of step 2 change the adjoint only: each is translated with `stad diff
#      --mode reverse --table ...`, compiled (-O2) and linked with the driver, primal and tangent
#      objects of step 1's -O2 run (its kept folder, compiled once), and the same validation
#      driver runs it: the same check as `stad check` without rebuilding what cannot differ.
# When `stad check` prints fewer than 16 significant digits (it prints 9), too few for 1e-12,
# the harness keeps the check's files (--keep), rebuilds the kept driver printing 17 digits and
# compares those; if that fails it compares the printed digits to 1e-8 and says so. Since
# `stad check --keep` leaves its folder behind when generation fails, every configuration is
# first translated with `stad diff` (which writes into this test's own folder).
# On failure prints the step, the failing configuration's table and stad's output, and exits 1;
# exits 0 on success, 2 on usage errors.
# Environment: CC (default cc; `stad check` uses it too), TMPDIR, STAD_KEEP_TMP=1 keeps the
# work folder. POSIX sh and awk only: the test suite must not need python or bash.

usage() {
	echo "usage: run_ad.sh STAD SRC" >&2
	exit 2
}
[ $# -eq 2 ] || usage
STAD=$1
SRC=$2
CC=${CC:-cc}
TOL=1e-12
NRANDOM=5

abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}
[ -f "$SRC" ] || { echo "run_ad: no such source file: $SRC" >&2; exit 2; }
SRC=$(abspath "$SRC")
case $STAD in */*) STAD=$(abspath "$STAD") ;; esac
NAME=$(basename "$SRC")
TEST=${NAME%.*}

# The options from the first line.
OPTS=$(sed -n '1s/^[!cC*][[:space:]]*stad:[[:space:]]*//p' "$SRC")
[ -n "$OPTS" ] || { echo "run_ad: $NAME: the first line must be a comment '! stad: OPTIONS'" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_ad.XXXXXX") || { echo "run_ad: mktemp failed" >&2; exit 1; }
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	if [ "${STAD_KEEP_TMP:-0}" = 1 ]; then
		echo "run_ad: kept $TMP" >&2
	else
		rm -rf "$TMP"
		case $KEPT in */stad-check-*) rm -rf "$KEPT" ;; esac
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE
cd "$TMP" || exit 1

# fail WHAT [FILE...]: report a failure, show the files (cut to 80 lines each), exit 1.
fail() {
	echo "FAIL $NAME: $1"
	shift
	for f in "$@"; do
		[ -s "$f" ] || continue
		echo "---- $f"
		sed -n '1,80p' "$f"
		n=$(wc -l <"$f")
		[ "$n" -le 80 ] || echo "... ($n lines)"
	done
	exit 1
}

# The options, split once, one a line: check.opts for `stad check`, calls.opts for `stad calls`
# and `stad diff --mode reverse` (without --set, --tol, --keep), plain.opts for the primal and
# the tangent (without the checkpoint options either).
eval "set -- $OPTS" || { echo "run_ad: $NAME: cannot split the options: $OPTS" >&2; exit 2; }
# Paths in the options (-I DIR, --lib FILE, --link FILE) are relative to the source's folder.
SRCDIR=$(dirname "$SRC")
: >all.opts
rel=""
for a in "$@"; do
	if [ -n "$rel" ]; then
		rel=""
		case $a in /*) ;; *) a="$SRCDIR/$a" ;; esac
	else
		case $a in
		-I | --lib | --link) rel=1 ;;
		-I/* | --lib=/* | --link=/*) ;;
		-I?*) a="-I$SRCDIR/${a#-I}" ;;
		--lib=*) a="--lib=$SRCDIR/${a#--lib=}" ;;
		--link=*) a="--link=$SRCDIR/${a#--link=}" ;;
		esac
	fi
	printf '%s\n' "$a" >>all.opts
done
IFS_SAVE=$IFS
IFS='
'
set -f
# shellcheck disable=SC2046 # one option a line
set -- $(cat all.opts)
set +f
IFS=$IFS_SAVE
: >check.opts
: >calls.opts
: >plain.opts
skip=""
for a in "$@"; do
	printf '%s\n' "$a" >>check.opts
	case $skip in
	set) skip="" ; continue ;;
	ckp) skip="" ; printf '%s\n' "$a" >>calls.opts ; continue ;;
	esac
	case $a in
	--set | --tol | --link) skip="set" ;;
	--set=* | --tol=* | --link=* | --keep) ;;
	--table | --nocheckpoint) skip="ckp" ; printf '%s\n' "$a" >>calls.opts ;;
	--table=* | --nocheckpoint=* | --default-nocheckpoint) printf '%s\n' "$a" >>calls.opts ;;
	*) printf '%s\n' "$a" >>calls.opts ; printf '%s\n' "$a" >>plain.opts ;;
	esac
done

# stad_with OPTFILE COMMAND [EXTRA...]: `STAD COMMAND SRC OPTIONS EXTRA` with the options in
# OPTFILE (split on newlines only, no globbing).
stad_with() {
	(
		optfile=$1
		cmd=$2
		shift 2
		IFS='
'
		set -f
		# shellcheck disable=SC2046 # one option a line
		exec "$STAD" "$cmd" "$SRC" $(cat "$optfile") "$@"
	)
}

# run_check TAG [EXTRA...]: `stad check` with the first line's options and EXTRA. The table goes
# to TAG.out (with 17 digits to TAG.hp when REPRINT=1), stad's messages to TAG.log. Returns
# stad's status.
REPRINT=1
KEPT=""
run_check() {
	tag=$1
	shift
	: >"$tag.out"
	rm -f "$tag.hp"
	# Translate first: a failure here is reported without `stad check` leaking a folder (the
	# -O0 run translates what the default run did).
	mkdir -p "cfg_$tag"
	if [ "$tag" != O0 ] && ! stad_with calls.opts diff --mode reverse -o "cfg_$tag/adjoint.c" "$@" >"$tag.log" 2>&1; then
		echo "(stad diff --mode reverse failed)" >>"$tag.log"
		return 1
	fi
	if [ -n "$BASE" ]; then
		run_with_base "$tag"
		return
	fi
	if [ "$tag" = default ]; then
		for mode in tangent primal; do
			if ! stad_with plain.opts diff --mode $mode -o "$tag.$mode.c" >>"$tag.log" 2>&1; then
				echo "(stad diff --mode $mode failed)" >>"$tag.log"
				return 1
			fi
		done
	fi
	# CHECK_EXTRA: more options, one a line (an --opt value holds blanks)
	IFS='
'
	set -f
	# shellcheck disable=SC2086 # split on newlines only
	stad_with check.opts check "$@" $CHECK_EXTRA --keep >"$tag.out" 2>"$tag.log"
	rc=$?
	unset IFS
	set +f
	# the folder stad kept: "files kept in DIR", or "(kept in DIR)" when the C did not compile
	dir=$(sed -n -e 's/^stad check: files kept in //p' -e 's/^stad check: .*(kept in \(.*\))$/\1/p' "$tag.log" |
		tail -n 1)
	if [ "$tag" = default ] && [ "$rc" -eq 0 ]; then
		# significant digits of the first adjoint printed: 16 or more need no reprint
		digits=$(awk '$NF == "ok" { m = $4; sub(/^[-+]/, "", m); sub(/[eE].*/, "", m); gsub(/[^0-9]/, "", m)
			sub(/^0+/, "", m); print length(m); exit }' "$tag.out")
		[ "${digits:-0}" -lt 16 ] || REPRINT=0
	fi
	if [ "$REPRINT" = 1 ] && [ "$tag" != O0 ] && [ "$rc" -eq 0 ] && [ -n "$dir" ] && [ -f "$dir/driver.c" ] &&
		grep -q '%15\.8e' "$dir/driver.c"; then
		sed 's/%15\.8e/%.17e/g' "$dir/driver.c" >"$dir/driver_hp.c"
		# shellcheck disable=SC2046 # the flags are a list
		# shellcheck disable=SC2046 # link.args: the objects of --link, one a line
		if ! (cd "$dir" && $CC -std=c99 -O2 -o check_hp driver_hp.c primal.c tangent.c adjoint.c \
			$([ ! -f link.args ] || cat link.args) $("$STAD" config --cflags --libs) && ./check_hp) \
			>"$tag.hp" 2>>"$tag.log"; then
			rm -f "$tag.hp"
		fi
	fi
	if [ "$tag" = default ] && [ "$rc" -eq 0 ] && [ -n "$dir" ] && [ -f "$dir/driver.c" ]; then
		KEPT=$dir
	else
		case $dir in */stad-check-*) rm -rf "$dir" ;; esac
	fi
	return "$rc"
}

# make_base: compiles, in the default run's kept folder, the objects every configuration shares
# (the validation driver — the 17-digit one when the table needs reprinting —, the primal and
# the tangent) with the flags `stad check` uses; sets BASE on success. On failure the
# configurations run through `stad check` as the default did.
BASE=""
make_base() {
	[ -n "$KEPT" ] || return 0
	drv=driver.c
	[ "$REPRINT" = 0 ] || [ ! -f "$KEPT/driver_hp.c" ] || drv=driver_hp.c
	[ "$REPRINT" = 0 ] || [ "$drv" = driver_hp.c ] || return 0
	# shellcheck disable=SC2046 # the flags are a list
	if (cd "$KEPT" && $CC -std=c99 -O2 -c "$drv" primal.c tangent.c $("$STAD" config --cflags)) >base.log 2>&1; then
		BASE=$KEPT
		BASE_DRIVER=${drv%.c}.o
	fi
}

# generated_warnings LOG: LOG holds a compiler warning about the generated C (primal.c,
# tangent.c, adjoint.c, or the runtime's header inlined into them); the driver's and --link
# files' own warnings do not count.
generated_warnings() {
	grep -Eq '(^|/)(primal|tangent|adjoint)\.c:[0-9]+:[0-9]+: warning:|/runtime/[^:]*:[0-9]+:[0-9]+: warning:' "$1"
}

# run_with_base TAG: builds cfg_TAG/adjoint.c against BASE's objects and runs the validation
# driver; the table goes to TAG.out (TAG.hp too when the driver prints 17 digits for a reprint).
run_with_base() {
	tag=$1
	# a table that gives the same adjoint as an earlier configuration gives the same run
	sum=$(cksum <"cfg_$tag/adjoint.c")
	for d in cfg_*; do
		[ "$d" != "cfg_$tag" ] && [ -f "$d/sum" ] && [ "$(cat "$d/sum")" = "$sum" ] || continue
		prev=${d#cfg_}
		cp "$prev.out" "$tag.out"
		[ ! -f "$prev.hp" ] || cp "$prev.hp" "$tag.hp"
		echo "(the same adjoint as configuration $prev)" >>"$tag.log"
		return "$(cat "$d/rc")"
	done
	# shellcheck disable=SC2046 # the flags are a list; link.args: the objects of --link, one a line
	if ! (cd "cfg_$tag" && $CC -std=c99 -O2 -Wall -Wextra -c adjoint.c $("$STAD" config --cflags) &&
		cd "$BASE" && $CC -std=c99 -O2 -o "$TMP/cfg_$tag/check" "$BASE_DRIVER" primal.o tangent.o \
			"$TMP/cfg_$tag/adjoint.o" $([ ! -f link.args ] || cat link.args) $("$STAD" config --libs)) \
		>>"$tag.log" 2>&1; then
		echo "(the adjoint of configuration $tag did not compile or link)" >>"$tag.log"
		return 1
	fi
	if generated_warnings "$tag.log"; then
		echo "(the adjoint of configuration $tag compiles with warnings: cc -O2 -Wall -Wextra)" >>"$tag.log"
		return 1
	fi
	(cd "$BASE" && "$TMP/cfg_$tag/check") >"$tag.out" 2>>"$tag.log"
	rc=$?
	[ "$REPRINT" = 0 ] || cp "$tag.out" "$tag.hp"
	printf '%s\n' "$sum" >"cfg_$tag/sum"
	echo "$rc" >"cfg_$tag/rc"
	return "$rc"
}

# The verdict of one run: exit status 0 and the last line `all derivatives agree`.
check_passed() {
	[ "$1" -eq 0 ] && [ "$(tail -n 1 "$2.out")" = "all derivatives agree" ]
}

# same TAG: TAG's adjoint column equals the default run's to TOL, row by row (from the 17-digit
# reprints when there are both, else from the printed tables).
NOTE=""
same() {
	if [ "$REPRINT" = 0 ]; then
		ref=default.out this=$1.out tol=$TOL
	elif [ -s default.hp ] && [ -s "$1.hp" ]; then
		ref=default.hp this=$1.hp tol=$TOL
	else
		ref=default.out this=$1.out tol=1e-8
		NOTE=" (some at the 9 printed digits only, to 1e-8: the 17-digit reprint failed)"
	fi
	awk -v tol="$tol" '
		function abs(v) { return v < 0 ? -v : v }
		$NF != "ok" && $NF != "MISMATCH" && $NF != "inconclusive" { next }
		FNR == NR { ref[++n] = $4; key[n] = $1 " " $2; next }
		{
			m++
			if (m > n || key[m] != $1 " " $2) {
				print "row " m ": the pair " $1 " " $2 " is not in the default run"
				bad = 1
				next
			}
			a = ref[m] + 0; b = $4 + 0; d = abs(a - b); s = abs(a) > abs(b) ? abs(a) : abs(b)
			if (d > tol * s) {
				printf "row %d (%s %s): adjoint %s here, %s with the default checkpoints (relative difference %.2e)\n",
				       m, $1, $2, $4, ref[m], d / s
				bad = 1
			}
		}
		END { if (m != n) { print "the run has " m " rows, the default run " n; bad = 1 } exit bad }' "$ref" "$this" >"$1.diff"
}

# 1. Derivatives with the default checkpoints, the generated C built with -O2 (what users do,
#    and `stad check`'s default) and again with -O0: the two adjoints must agree to 1e-12, which
#    catches what only an optimizer exposes (a `restrict` that the derivative code breaks).
#    The -O2 build has -Wall -Wextra: the generated C (and the runtime's inline functions in it)
#    must compile without a warning, which users building with -Werror would trip over.
CHECK_EXTRA="--opt
-O2 -Wall -Wextra"
run_check default
rc=$?
check_passed "$rc" default || fail "stad check (default checkpoints, -O2) exited with status $rc" default.out default.log
generated_warnings default.log && fail "the generated C compiles with warnings (cc -O2 -Wall -Wextra)" default.log
CHECK_EXTRA="--opt
-O0"
run_check O0
rc=$?
CHECK_EXTRA=""
check_passed "$rc" O0 || fail "stad check (default checkpoints, -O0) exited with status $rc" O0.out O0.log
same O0 || fail "the adjoint built with -O0 differs from the one built with -O2$NOTE" O0.diff

# 2. Invariance.
make_base
stad_with calls.opts calls >calls.txt 2>calls.log || fail "stad calls failed" calls.log
# (a site stad forces off cannot be switched on: tables leave it out, at its forced state)
awk '/^[ \t]*#/ || NF < 2 || /, forced$/ { next } { print $1 }' calls.txt >sites.txt
nsites=$(wc -l <sites.txt)
if [ "$nsites" -eq 0 ]; then
	echo "PASS $NAME (-O0 and -O2 agree; no call sites: no invariance to check)"
	exit 0
fi

# table FILE on|off|random SEED: a toggle table over every site.
table() {
	awk -v state="$2" -v seed="$3" '
		BEGIN { if (state == "random") srand(seed); print "# stad checkpoint table v1" }
		{ s = state; if (s == "random") s = rand() < 0.5 ? "on" : "off"; print $1, s }' sites.txt >"$1"
}

# The configurations: all on, all off, NRANDOM random tables.
configs="on off"
table on.table on 0
# --default-nocheckpoint leaves CHECKPOINT-START regions on: then switch them off with a table too.
stad_with calls.opts calls --default-nocheckpoint >off.calls 2>/dev/null
if awk '/^[ \t]*#/ || NF < 2 { next } $2 == "on" { found = 1 } END { exit !found }' off.calls; then
	table offt.table off 0
	configs="$configs offt"
fi
seed=$(printf '%s' "$TEST" | cksum | awk '{ print $1 % 1000000007 }')
i=1
while [ $i -le $NRANDOM ]; do
	table "r$i.table" random $((seed + i))
	configs="$configs r$i"
	i=$((i + 1))
done

nfail=0
for c in $configs; do
	case $c in
	off) run_check off --default-nocheckpoint ;;
	*) run_check "$c" --table "$c.table" ;;
	esac
	rc=$?
	if ! check_passed "$rc" "$c"; then
		echo "FAIL $NAME: stad check with checkpoint configuration '$c' exited with status $rc"
		[ -f "$c.table" ] && { echo "---- table $c.table"; cat "$c.table"; }
		[ "$c" = off ] && echo "---- configuration: --default-nocheckpoint"
		echo "---- stad"
		sed -n '1,40p' "$c.out"
		sed -n '1,40p' "$c.log"
		nfail=$((nfail + 1))
	elif ! same "$c"; then
		echo "FAIL $NAME: the adjoint with checkpoint configuration '$c' differs from the default's$NOTE"
		[ -f "$c.table" ] && { echo "---- table $c.table"; cat "$c.table"; }
		[ "$c" = off ] && echo "---- configuration: --default-nocheckpoint"
		cat "$c.diff"
		nfail=$((nfail + 1))
	fi
done
[ "$nfail" -eq 0 ] || exit 1
n=$(echo "$configs" | wc -w)
s=s
[ "$nsites" -ne 1 ] || s=""
echo "PASS $NAME (-O0 and -O2 agree; $nsites call site$s, the adjoint agrees in $n checkpoint configurations at -O2$NOTE)"
exit 0
