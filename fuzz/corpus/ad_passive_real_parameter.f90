! stad: --head 'withparams(y)/(x)'
! Passive reals: PARAMETER constants, and a local computed only from constants and passed to
! a callee as a plain real argument (its value enters, no derivative flows through it).
subroutine scalesq(a, c, r)
  implicit none
  real(8), intent(in) :: a, c
  real(8), intent(out) :: r
  r = c * a * a
end subroutine scalesq

subroutine withparams(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  real(8), parameter :: pi = 3.141592653589793d0, g = 9.81d0
  real(8) :: c
  c = pi / g
  call scalesq(x(1), c, y)
  y = y + sin(pi * x(2)) * g
end subroutine withparams
