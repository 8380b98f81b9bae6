#!/bin/sh
# make_corpus.sh — (re)build the seed corpus fuzz/corpus/ from the repository's Fortran files.
#
#     sh fuzz/make_corpus.sh            (from the repository root)
#
# Takes every .f/.f90/.F/.F90 file under 4 KiB from tests/, examples/ and benchmarks/ (the
# fuzzer mutates small inputs faster), names each after its path (tests/primal/do_step.f90 ->
# primal_do_step.f90) and drops files whose content is already in the corpus.
set -eu
out=fuzz/corpus
mkdir -p "$out"
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
