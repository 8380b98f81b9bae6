! stad: --head 'top(f)/(x)' --set n=8
! A function reference whose argument x(k) is selected by an index the function moves.
module counter
  implicit none
  integer k
end module counter

function g(a, j)
  use counter
  implicit none
  double precision g, a
  integer j
  g = a * a * j
  j = j + 1
  k = k + 1
end function g

subroutine top(n, x, f)
  use counter
  implicit none
  integer n
  double precision x(n), f, g
  external g
  integer j
  j = 1
  k = 2
  ! one reference with side effects per statement, as Fortran requires
  f = g(x(j), j) + x(j)
  f = f + g(x(k), j) * x(k)
  f = f * g(x(j + k), j)
end subroutine top
