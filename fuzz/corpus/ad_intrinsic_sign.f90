! stad: --head 'signs(y)/(x)'
! SIGN(a, b): active magnitude with positive and negative sign sources, a negative magnitude,
! and a passive magnitude (derivative zero).
subroutine signs(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(4)
  y(1) = sign(x(1), x(2))
  y(2) = sign(x(1) * x(3), x(2) - 5.0d0)
  y(3) = sign(-x(2), x(3)) + sign(x(3) - 4.0d0, -1.0d0)
  y(4) = sign(2.0d0, x(1) - 3.0d0) * x(3)
end subroutine signs
