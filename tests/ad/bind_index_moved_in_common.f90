! stad: --head 'top(f)/(x)' --set n=6
! The callee moves an index held in a COMMON block; the caller passed x(i) and v(i).
subroutine foo(p, q)
  implicit none
  double precision p, q
  integer i
  common /idx/ i
  q = q * p + exp(0.1d0 * p)
  i = i + 2
end subroutine foo

subroutine top(n, x, f)
  implicit none
  integer n
  double precision x(n), f, v(8)
  integer i, j
  common /idx/ i
  do j = 1, 8
    v(j) = 0.25d0 * j
  end do
  i = 1
  call foo(x(i), v(i))
  call foo(x(i), v(i))
  call foo(x(i), v(i))
  f = 0
  do j = 1, 8
    f = f + v(j) ** 2
  end do
end subroutine top
