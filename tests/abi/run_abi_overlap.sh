#!/bin/sh
# run_abi_overlap.sh STAD DIR — under --fortran-abi a Fortran caller gives the head a dummy whose
# storage overlaps a global the head uses by name (DIR/overlap_common: starting before a COMMON
# member and running into it; DIR/overlap_assumed_shape: an assumed-shape dummy given a section of
# the module array): hd_b must stop with status 1 and the located message, never return a
# derivative that takes the two as separate variables.
set -u
STAD=$1
DIR=$2
command -v gfortran > /dev/null 2>&1 || { echo "SKIP: no gfortran"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-abi-overlap.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for name in overlap_common overlap_assumed_shape; do
	d=$tmp/$name
	mkdir "$d" && cp "$DIR/$name.f90" "$DIR/${name}_main.f90" "$d/" && cd "$d" || exit 1
	"$STAD" diff $name.f90 --head 'hd(y)/(a)' --mode reverse --fortran-abi -o hd_b.c 2> stad.err ||
		{ cat stad.err; echo "FAIL: $name: stad diff"; exit 1; }
	cc -O2 $("$STAD" config --cflags) -c hd_b.c && gfortran -O2 -c $name.f90 -o model.o &&
		gfortran -c hd_b_interface.f90 && gfortran -O2 -c ${name}_main.f90 -o main.o &&
		gfortran -o t main.o model.o hd_b_interface.o hd_b.o $("$STAD" config --libs) ||
		{ echo "FAIL: $name: build"; exit 1; }
	./t > out.txt 2>&1 && { cat out.txt; echo "FAIL: $name: hd_b returned (status 0)"; exit 1; }
	grep -q "^$name.f90:[0-9]*:1: error: argument 'a' of hd overlaps 'g', which hd also uses by name (--fortran-abi)" out.txt ||
		{ cat out.txt; echo "FAIL: $name: not the located message"; exit 1; }
	grep -q '^ adj' out.txt && { echo "FAIL: $name: a derivative was printed"; exit 1; }
done
echo "PASS hd_b stops for a dummy overlapping a global it uses by name"
