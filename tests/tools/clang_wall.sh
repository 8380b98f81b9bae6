#!/bin/sh
# clang_wall.sh STAD SRC HEAD: the tangent and the adjoint of SRC compile without a warning under
# clang -Wall -Wextra -Werror (clang warns of things gcc does not: a self-assignment). Skipped
# (77) without clang.
set -u
STAD=$1 SRC=$2 HEAD=$3
command -v clang > /dev/null 2>&1 || { echo "SKIP: no clang"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-clang-wall.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for mode in tangent reverse; do
	"$STAD" diff "$SRC" --head "$HEAD" --mode $mode -o "$tmp/$mode.c" || { echo "FAIL: stad diff --mode $mode"; exit 1; }
	clang -std=c99 -O2 -Wall -Wextra -Werror -c "$tmp/$mode.c" -o "$tmp/$mode.o" $("$STAD" config --cflags) ||
		{ echo "FAIL: the $mode C has clang warnings"; exit 1; }
done
echo "PASS clang -Wall -Wextra -Werror on the tangent and the adjoint"
