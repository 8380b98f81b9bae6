! A FUNCTION of type COMPLEX, IMPLICIT COMPLEX, COMPLEX(16) and COMPLEX*32, and complex
! values in DATA are refused at the parse.
complex(8) function f(x)
  real(8), intent(in) :: x
  f = cmplx(x, x, kind=8)
end function f
subroutine g(y)
  implicit complex (z)
  complex(16) :: q
  complex*32 :: r
  real(8), intent(inout) :: y
  complex(8) :: zd
  data zd /(1d0, 2d0)/
  y = 2 * y
end subroutine g
