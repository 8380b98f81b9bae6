! A FUNCTION of type COMPLEX, IMPLICIT COMPLEX and COMPLEX(16) are refused at the parse.
complex(8) function f(x)
  real(8), intent(in) :: x
  f = cmplx(x, x, kind=8)
end function f
subroutine g(y)
  implicit complex (z)
  complex(16) :: q
  complex*32 :: r
  real(8), intent(inout) :: y
  y = 2 * y
end subroutine g
