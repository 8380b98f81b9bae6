! stad: --head 'nest(y)/(x)'
! Nested calls sharing a module variable: the inner callee reads it, the outer callee
! overwrites it after the inner call, and the head reads it after the outer call.
module share
  implicit none
  real(8) :: g
end module share

subroutine inner2(a, r)
  use share
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: r
  r = r + a * g * g
end subroutine inner2

subroutine outer2(a, r)
  use share
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: r
  call inner2(a, r)
  g = g * r
  call inner2(0.5d0 * r, r)
end subroutine outer2

subroutine nest(x, y)
  use share
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  g = x(1)
  y = x(2)
  call outer2(x(1), y)
  y = y * g
  call outer2(0.3d0 * y, y)
end subroutine nest
