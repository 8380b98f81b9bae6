#!/bin/sh
# A head whose arguments take more than 2 GiB (x(n), n = 3e8 reals: 2.4 GB, and the driver keeps
# four copies): tune's driver must compile and link (static arrays of that size do not: the
# linker's relocations overflow) and keep them on the heap. The run is given 2 GB of address
# space, so the driver's first allocation fails at once and it says so: nothing of that size is
# ever touched on a shared machine.
# usage: run_big_head.sh STAD
set -u
STAD=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-big-head.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { cat "$tmp/out" 2>/dev/null; echo "FAIL: $*"; exit 1; }
cat > "$tmp/big.f90" <<'F90'
subroutine twice(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y(n)
  y = y + 2d0 * x
end subroutine
subroutine cost(n, x, f)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: y(:)
  allocate(y(n))
  y = 0
  call twice(n, x, y)
  f = sum(y * y)
end subroutine
F90
(
	# shellcheck disable=SC3045 # (dash and bash have it; the tests run with sh = dash)
	ulimit -v 2000000
	"$STAD" tune "$tmp/big.f90" --head 'cost(f)/(x)' --set n=300000000 --repeat 1 --random 0 -o "$tmp/t"
) > "$tmp/out" 2>&1 && fail "tune ran a head of 2.4 GB in 2 GB of address space"
grep -q 'did not compile' "$tmp/out" && fail "the driver of a head over 2 GiB did not build"
[ -x "$tmp/t/build/adjoint_run" ] || fail "no adjoint_run"
grep -q "out of memory for the head's arguments" "$tmp/t/run.out" 2>/dev/null ||
	fail "the driver did not say that the head's arguments did not fit: $(cat "$tmp/t/run.out" 2>/dev/null)"
echo "PASS a head over 2 GiB builds; its driver allocates on the heap and reports the allocation that fails"
