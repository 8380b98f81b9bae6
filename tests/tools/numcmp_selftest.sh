#!/bin/sh
# numcmp_selftest.sh — checks the number comparator used by the primal tests.
#
#     numcmp_selftest.sh NUMCMP DIR      (DIR holds the numcmp_*.txt fixtures)
#
# numcmp_gfortran.txt is real gfortran list-directed output (integers, 17-digit reals, E and
# letterless exponents, Infinity/NaN, logical T/F, -0, words with digits); numcmp_c.txt holds
# the same numbers as C's printf would write them. The other fixtures change one thing each.
# Exits 1 if any check fails.
[ $# -eq 2 ] || { echo "usage: numcmp_selftest.sh NUMCMP DIR" >&2; exit 2; }
NUMCMP=$1
D=$2
nfail=0

# expect STATUS DESCRIPTION ARGS...: run numcmp with ARGS, its exit status must be STATUS.
expect() {
	want=$1
	what=$2
	shift 2
	out=$("$NUMCMP" "$@" 2>&1)
	got=$?
	if [ "$got" -eq "$want" ]; then
		echo "ok   $what"
	else
		echo "FAIL $what: numcmp $* exited $got, expected $want"
		printf '%s\n' "$out" | sed 's/^/     /'
		nfail=$((nfail + 1))
	fi
}

expect 0 "equal numbers, different formatting" "$D/numcmp_gfortran.txt" "$D/numcmp_c.txt"
expect 0 "symmetric" "$D/numcmp_c.txt" "$D/numcmp_gfortran.txt"
expect 0 "a file against itself" "$D/numcmp_gfortran.txt" "$D/numcmp_gfortran.txt"
expect 1 "a 1e-10 relative difference is rejected" "$D/numcmp_gfortran.txt" "$D/numcmp_c_1e-10.txt"
expect 0 "... and accepted with --rtol 1e-9" --rtol 1e-9 "$D/numcmp_gfortran.txt" "$D/numcmp_c_1e-10.txt"
expect 1 "... and rejected with --rtol 1e-11 after the files" "$D/numcmp_gfortran.txt" "$D/numcmp_c_1e-10.txt" --rtol 1e-11
expect 1 "a missing number is rejected" "$D/numcmp_gfortran.txt" "$D/numcmp_c_missing.txt"
expect 1 "an extra number is rejected" "$D/numcmp_gfortran.txt" "$D/numcmp_c_extra.txt"
expect 1 "a different logical is rejected" "$D/numcmp_gfortran.txt" "$D/numcmp_c_logical.txt"
expect 1 "wrong infinity sign and NaN vs 0 are rejected" "$D/numcmp_gfortran.txt" "$D/numcmp_c_special.txt"
expect 2 "a missing file is a usage error" "$D/numcmp_gfortran.txt" "$D/no_such_file.txt"
expect 2 "an unknown option is a usage error" --frobnicate "$D/numcmp_gfortran.txt" "$D/numcmp_c.txt"
expect 2 "one file is a usage error" "$D/numcmp_gfortran.txt"

# The report names the first mismatch with its index and both tokens.
out=$("$NUMCMP" "$D/numcmp_gfortran.txt" "$D/numcmp_c_1e-10.txt")
case $out in
*"#16 "*"1.5000000000000000 vs 1.50000000015"*) echo "ok   the report names the mismatch" ;;
*)
	echo "FAIL the report does not name mismatch #16:"
	printf '%s\n' "$out" | sed 's/^/     /'
	nfail=$((nfail + 1))
	;;
esac

if [ "$nfail" -ne 0 ]; then
	echo "$nfail numcmp check(s) failed"
	exit 1
fi
echo "all numcmp checks passed"
