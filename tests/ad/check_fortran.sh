#!/bin/sh
# check_fortran.sh — every AD kernel and bad-input test in this folder is Fortran that gfortran
# accepts (-fsyntax-only), so a failing AD test is never a broken test input. The bad-input
# tests are refused by stad for reasons of their own (STOP, GOTO, misplaced directives), all
# legal Fortran.
#
#     check_fortran.sh DIR
#
# Environment: GFORTRAN (default gfortran), TMPDIR. Exits 1 if any file is rejected.

[ $# -eq 1 ] || { echo "usage: check_fortran.sh DIR" >&2; exit 2; }
FC=${GFORTRAN:-gfortran}
DIR=$1
TMP=$(mktemp -d "${TMPDIR:-/tmp}/stad_adfc.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM HUP PIPE
bad=0
n=0
for f in "$DIR"/*.f90 "$DIR"/*.f "$DIR"/*.F90 "$DIR"/*.F; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	case $f in
	*.f) form=-ffixed-form ;;
	*.F) form="-ffixed-form -cpp" ;;
	*.F90) form="-ffree-form -cpp" ;;
	*) form=-ffree-form ;;
	esac
	# shellcheck disable=SC2086 # form is a list of flags
	if ! "$FC" -fsyntax-only $form -J "$TMP" "$f" >"$TMP/log" 2>&1; then
		echo "FAIL $(basename "$f"): gfortran rejects it"
		sed -n '1,20p' "$TMP/log"
		bad=1
	fi
done
[ "$bad" = 0 ] || exit 1
echo "PASS: gfortran accepts all $n files"
