! COMPLEX*8/COMPLEX*16 and COMPLEX(KIND=8), COMPLEX(4) mixed with REAL(8), z**k for a
! variable k (EXP(k*LOG(z)), a few ulps from gfortran's repeated squaring), array
! constructors of complex values, FUNCTIONs with complex dummies called with complex
! expressions, REAL(z, 8), a complex assigned to INTEGER and REAL variables and an INTEGER to
! a complex, and a complex host variable changed by an internal subroutine.
module cfun
  implicit none
contains
  real(8) function energy(z, n)
    integer, intent(in) :: n
    complex*16, intent(in) :: z(n)
    energy = sum(real(z)**2 + aimag(z)**2)
  end function energy
  real(8) function mag(z)
    complex(kind=8), intent(in) :: z
    mag = abs(z)
  end function mag
end module cfun
program t3
  use cfun
  implicit none
  complex*8 :: s, sv(3)
  complex(8) :: z, w(3)
  real(8) :: x
  integer :: i, k
  s = (0.5, 0.25)
  x = 1.25d0
  z = s * x
  print *, z, real(z, 8) - x * 0.5d0
  z = s
  print *, z
  do k = -3, 4
    w(1) = (1.1d0, -0.7d0)**k
    print *, k, w(1)
  end do
  w = [(1d0, 0d0), (0d0, 1d0), (2d0, -1d0)]
  do i = 1, 3
    w(i) = cmplx(i, 2 * i, 8)
    sv(i) = cmplx(0.5 * i, -0.25 * i)
  end do
  print *, energy(w, 3), mag(w(2) * 2 + 1), mag((3d0, 4d0))
  i = z * 7
  x = z
  print *, i, x
  z = 3
  print *, z, abs(sv(3)), sum(sv)
  call inner()
  print *, z
contains
  subroutine inner()
    z = z * (0d0, 1d0) + conjg(z)
  end subroutine inner
end program t3
