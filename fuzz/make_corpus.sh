#!/bin/sh
# make_corpus.sh — build the Fortran seed corpus from the repository's Fortran files.
#
#     sh fuzz/make_corpus.sh [OUT]      (from the repository root; OUT defaults to fuzz/seeds)
#
# Takes every .f/.f90/.F/.F90 file under 4 KiB from tests/, examples/ and benchmarks/ (the
# fuzzer mutates small inputs faster), names each after its path (tests/primal/do_step.f90 ->
# primal_do_step.f90) and drops files whose content is already in OUT. OUT's old seeds are
# removed first, so it always mirrors the tests. The build runs this into BUILD/tests/fuzz/seeds
# (tests/fuzz/CMakeLists.txt) whenever a test file changes; fuzz/corpus/ holds only the seeds
# that are not copies of tests (extra_*).
set -eu
out=${1:-fuzz/seeds}
[ -d tests ] && [ -d fuzz ] || { echo "make_corpus.sh: run it from the repository root" >&2; exit 2; }
mkdir -p "$out"
find "$out" -maxdepth 1 -type f \( -name '*.f90' -o -name '*.f' -o -name '*.F90' -o -name '*.F' -o -name .sums \) \
	-exec rm -f {} +
find tests examples benchmarks -type f \( -name '*.f90' -o -name '*.f' -o -name '*.F90' -o -name '*.F' \) \
	-size -4k | LC_ALL=C sort | while read -r f; do
	name=$(printf '%s' "$f" | sed -e 's|^tests/||' -e 's|/|_|g')
	sum=$(cksum < "$f")
	if ! grep -qx "$sum" "$out/.sums" 2>/dev/null; then
		cp "$f" "$out/$name"
		echo "$sum" >> "$out/.sums"
	fi
done
rm -f "$out/.sums"
echo "$(ls "$out" | wc -l) seeds in $out"
