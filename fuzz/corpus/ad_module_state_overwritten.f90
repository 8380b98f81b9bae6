! stad: --head 'seq(y)/(x)'
! A callee reads a module variable that the caller overwrites after the call (before the
! adjoint of the call runs), and a callee that overwrites a module variable it read.
module glob
  implicit none
  real(8) :: g, h
end module glob

subroutine usesg(a, r)
  use glob
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: r
  r = a * g * g + h
end subroutine usesg

subroutine bumpg()
  use glob
  implicit none
  g = g * cos(g) + 1.0d0
  h = h * g
end subroutine bumpg

subroutine seq(x, y)
  use glob
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(2)
  real(8) :: r
  g = x(1)
  h = 0.5d0
  call usesg(x(2), r)
  y(1) = r
  g = g * x(2)
  call bumpg()
  call usesg(r, y(2))
  g = 0
  y(2) = y(2) + h
end subroutine seq
