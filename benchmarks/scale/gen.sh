#!/bin/sh
# gen.sh -- write a synthetic Fortran program of about N lines in one of three shapes, for the
# scale benchmark (run.sh): how stad's time and memory grow with the size of the program.
#
#   gen.sh SHAPE N OUT.f90        SHAPE: chain | wide | mix
#
# Every routine is about 50 lines of loops, IFs, intrinsics and module variables, the same
# bodies in every shape; only the call graph differs:
#   chain  r_k calls r_{k-1}: a call tree K deep (the head calls r_K);
#   wide   the head calls every r_k once, and no r_k calls another: a tree one level deep;
#   mix    what a model looks like: eight modules of state variables and two COMMON blocks that
#          every routine reads and writes, a time loop in the head, and a call tree in which
#          r_k calls r_{2k} and r_{2k+1} (a binary tree, log K deep).
# The head is always  head(x, cost)  with  --head 'head(cost)/(x)'.  Deterministic (no random
# numbers), POSIX sh and awk only.

set -eu

if [ $# -ne 3 ]; then
	echo "usage: gen.sh chain|wide|mix N OUT.f90" >&2
	exit 2
fi
case $1 in
chain | wide | mix) ;;
*) echo "gen.sh: SHAPE must be chain, wide or mix, not '$1'" >&2; exit 2 ;;
esac
case $2 in
'' | *[!0-9]*) echo "gen.sh: N must be a positive integer, not '$2'" >&2; exit 2 ;;
esac

tmp="$3.tmp.$$"
trap 'rm -f "$tmp"' EXIT

awk -v shape="$1" -v target="$2" '
function emit(s) { print s; nl++ }

function modules(   m) {
	emit("module sizes")
	emit("  implicit none")
	emit("  integer, parameter :: n = 32")
	emit("end module sizes")
	if (shape != "mix")
		return
	for (m = 1; m <= 8; m++) {
		emit(sprintf("module state_%d", m))
		emit("  use sizes")
		emit("  implicit none")
		emit(sprintf("  real(8) :: s%d_a(n), s%d_b(n), s%d_c", m, m, m))
		emit(sprintf("  integer :: s%d_count", m))
		emit(sprintf("end module state_%d", m))
	}
}

# The body of routine k: x(n) in, y(n) inout, 46 lines.
function body(k,   m, g) {
	m = 1 + k % 8
	emit("  do i = 1, n")
	emit(sprintf("    t(i) = x(i) * %d.0d-3 + y(i) * 0.5d0", 1 + k % 7))
	emit("  end do")
	emit("  do i = 2, n - 1")
	emit("    if (t(i) > 0.0d0) then")
	emit("      y(i) = y(i) + 0.25d0 * (t(i - 1) + t(i + 1)) * sin(x(i))")
	emit("    else if (t(i) < -1.0d0) then")
	emit("      y(i) = y(i) - 0.125d0 * t(i) * t(i)")
	emit("    else")
	emit("      y(i) = y(i) * exp(-0.01d0 * abs(t(i)))")
	emit("    end if")
	emit("  end do")
	emit("  s = 0.0d0")
	emit("  do i = 1, n")
	emit("    s = s + y(i) * y(i) / (1.0d0 + t(i) * t(i))")
	emit("  end do")
	emit("  s = sqrt(s + 1.0d0)")
	emit("  do i = 1, n")
	emit("    y(i) = y(i) / s")
	emit("  end do")
	if (shape == "mix") {
		emit("  do i = 1, n")
		emit(sprintf("    s%d_a(i) = s%d_a(i) * 0.9d0 + 0.1d0 * y(i)", m, m))
		emit(sprintf("    y(i) = y(i) + 0.01d0 * s%d_b(i) + 0.001d0 * cb(i)", m))
		emit(sprintf("    cb(i) = 0.5d0 * cb(i) + 0.5d0 * s%d_a(i)", m))
		emit("  end do")
		emit(sprintf("  s%d_c = s%d_c + s", m, m))
		emit(sprintf("  s%d_count = s%d_count + 1", m, m))
		emit(sprintf("  cscal = cscal + 1.0d-3 * s%d_c", m))
	} else {
		emit("  do i = 1, n")
		emit("    w(i) = max(y(i), 0.0d0) + min(t(i), 1.0d0)")
		emit("    y(i) = 0.5d0 * (y(i) + w(i))")
		emit("    t(i) = cos(w(i)) * 0.1d0")
		emit("  end do")
		emit("  do i = n, 1, -1")
		emit("    y(i) = y(i) + t(i) * 1.0d-2")
		emit("  end do")
		emit("  s = s * 0.5d0")
	}
	emit("  if (s > 10.0d0) then")
	emit("    do i = 1, n")
	emit("      y(i) = y(i) * 0.5d0")
	emit("    end do")
	emit("  end if")
	emit("  do j = 1, 3")
	emit("    do i = 1, n")
	emit("      w(i) = y(i) + 0.1d0 * j")
	emit("    end do")
	emit("    do i = 1, n")
	emit("      y(i) = 0.9d0 * y(i) + 0.1d0 * tanh(w(i))")
	emit("    end do")
	emit("  end do")
}

function routine(k, K,   m, c) {
	emit(sprintf("subroutine r_%d(x, y)", k))
	emit("  use sizes")
	if (shape == "mix") {
		emit(sprintf("  use state_%d", 1 + k % 8))
	}
	emit("  implicit none")
	emit("  real(8), intent(in) :: x(n)")
	emit("  real(8), intent(inout) :: y(n)")
	emit("  real(8) :: t(n), w(n), s")
	emit("  integer :: i, j")
	if (shape == "mix") {
		emit("  real(8) :: cb(n), cscal")
		emit("  common /cblk/ cb, cscal")
	}
	body(k)
	if (shape == "chain" && k > 1)
		emit(sprintf("  call r_%d(x, y)", k - 1))
	if (shape == "mix") {
		for (c = 2 * k; c <= 2 * k + 1; c++)
			if (c <= K)
				emit(sprintf("  call r_%d(x, y)", c))
	}
	emit(sprintf("end subroutine r_%d", k))
}

function head(K,   k) {
	emit("subroutine head(x, cost)")
	emit("  use sizes")
	emit("  implicit none")
	emit("  real(8), intent(in) :: x(n)")
	emit("  real(8), intent(out) :: cost")
	emit("  real(8) :: y(n)")
	emit("  integer :: i, it")
	emit("  y = 0.0d0")
	if (shape == "chain")
		emit(sprintf("  call r_%d(x, y)", K))
	else if (shape == "wide") {
		for (k = 1; k <= K; k++)
			emit(sprintf("  call r_%d(x, y)", k))
	} else {
		emit("  do it = 1, 4")
		emit("    call r_1(x, y)")
		emit("  end do")
	}
	emit("  cost = 0.0d0")
	emit("  do i = 1, n")
	emit("    cost = cost + y(i) ** 2")
	emit("  end do")
	emit("end subroutine head")
}

BEGIN {
	per = (shape == "mix") ? 55 : 53
	if (shape == "wide")
		per += 1
	K = int(target / per)
	if (K < 2)
		K = 2
	modules()
	for (k = 1; k <= K; k++)
		routine(k, K)
	head(K)
}' > "$tmp"
mv "$tmp" "$3"
trap - EXIT
