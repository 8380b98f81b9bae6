! stad: --head 'invtrig(y)/(x)'
! ASIN, ACOS and ATAN of active arguments kept inside (-1, 1).
subroutine invtrig(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  y(1) = asin(0.5d0 * x(1)) + acos(0.4d0 * x(2))
  y(2) = atan(x(3)) * asin(0.3d0 * x(1) * x(2))
  y(3) = acos(-0.6d0 * x(3)) + atan(x(1) - 2.0d0 * x(2))
end subroutine invtrig
