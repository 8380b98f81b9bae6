#!/bin/sh
# `stad config` from the build tree and after `cmake --install`: the flags it prints must build
# and link a generated adjoint with a small driver.
# usage: run_install.sh STAD BUILD_DIR EXAMPLE.f90
set -eu
STAD=$1
BUILD=$2
SRC=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/main.c" <<'C'
#include <stdio.h>
#include "burgers_b.h"
int main(void)
{
	double u0[256], u0b[256] = {0}, cost = 0, costb = 1;
	for (int i = 0; i < 256; i++)
		u0[i] = 0.5 + 0.01 * i;
	burgers_b(u0, u0b, &cost, &costb);
	printf("%.6f %.6f\n", cost, u0b[10]);
	return costb == 0 && u0b[10] != 0 ? 0 : 1;
}
C
for where in build install; do
	if [ $where = install ]; then
		cmake --install "$BUILD" --prefix "$tmp/prefix" > /dev/null
		S="$tmp/prefix/bin/stad"
	else
		S=$STAD
	fi
	"$S" diff "$SRC" --head 'burgers(cost)/(u0)' -o "$tmp/burgers_b.c"
	flags=$("$S" config --cflags --libs)
	case $where in install) echo "$flags" | grep -q "$tmp/prefix" || { echo "FAIL: installed stad points at $flags"; exit 1; } ;; esac
	cc -std=c99 -Wall -Wextra -Werror -I"$tmp" -o "$tmp/prog" "$tmp/main.c" "$tmp/burgers_b.c" $flags
	"$tmp/prog" || { echo "FAIL: the program built with '$flags' did not run right"; exit 1; }
	rm -f "$tmp/burgers_b.c" "$tmp/burgers_b.h"
	echo "ok: $where: $flags"
done
