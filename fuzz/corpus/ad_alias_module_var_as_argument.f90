! stad: --head 'aliased(y)/(x)'
! A module variable passed as an argument to a routine that also reads it through the module
! (read aliasing only: the dummy is INTENT(IN), the routine writes a different variable).
module shared
  implicit none
  real(8) :: w, z
end module shared

subroutine both(a, r)
  use shared
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: r
  r = r + a * w + sin(a * w)
  z = z + a * r
end subroutine both

subroutine aliased(x, y)
  use shared
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(2)
  w = x(1)
  z = x(2)
  y(1) = x(2)
  call both(w, y(1))
  w = w * y(1)
  call both(w, y(1))
  y(2) = z
end subroutine aliased
