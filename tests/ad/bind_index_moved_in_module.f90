! stad: --head 'top(f)/(x)' --set n=6
! The callee moves a module index that the caller used to select the actual arguments x(i), v(i).
module globals
  implicit none
  integer i
end module globals

subroutine foo(p, q)
  use globals
  implicit none
  double precision, intent(in) :: p
  double precision, intent(inout) :: q
  q = q * p + cos(p)
  i = i + 1
end subroutine foo

subroutine top(n, x, f)
  use globals
  implicit none
  integer n
  double precision x(n), f, v(6)
  integer j
  v = 0.5d0
  i = 1
  do j = 1, 3
    v(i) = x(i + 1)
    call foo(x(i), v(i))
    f = f + v(i)
  end do
  f = 0
  do j = 1, 6
    f = f + v(j) * v(j)
  end do
end subroutine top
