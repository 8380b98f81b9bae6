! A complex assignment whose right side calls a FUNCTION that reads the variable assigned
! (the real part waits in a temporary), and a parenthesized complex variable (a value).
module t4m
  implicit none
  complex(8) :: zg
contains
  real(8) function peek(x)
    real(8), intent(in) :: x
    peek = real(zg) * x + aimag(zg)
  end function peek
end module t4m
program t4
  use t4m
  implicit none
  complex(8) :: z, w(3)
  z = (1d0, 2d0)
  w = (z) * 2
  print *, w(1), (z)
  zg = (0.5d0, 1.5d0)
  zg = cmplx(peek(2d0), peek(3d0), kind=8)
  print *, zg
end program t4
