! stad: --head 'top(f)/(x)' --set n=6
! An actual argument x(k) is bound when the call happens: the callee moves k afterwards, and the
! adjoint (every checkpoint configuration) must still use the element the call was given.
subroutine foo(x, y, k)
  implicit none
  double precision x, y
  integer k
  y = x * k + sin(x)
  k = k + 2
end subroutine foo

subroutine top(n, x, f)
  implicit none
  integer n
  double precision x(n), f, y, z
  integer k
  k = 1
  call foo(x(k), y, k)
  f = y * x(k)
  call foo(x(k), z, k)
  f = f + z * x(k) + y * z
end subroutine top
