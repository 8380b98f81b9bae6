! What stays refused of COMPLEX: an array PARAMETER, a PARAMETER given by an expression of
! another, ALLOCATABLE, COMMON,
! intrinsics stad does not expand (TAN, PRODUCT), ordering comparisons, PRINT of a whole
! array, CMPLX of a complex with an imaginary part.
subroutine s(x, n)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  complex(8), parameter :: ci = (0d0, 1d0), c2 = 2 * ci
  complex(8), parameter :: cv(2) = [(1d0, 0d0), (0d0, 1d0)]
  complex(8), allocatable :: za(:)
  complex(8) :: zc, z, w(3)
  common /blk/ zc
  z = tan(z)
  z = product(w)
  if (z < w(1)) x(1) = 0
  print *, w
  w = [z, z, z] ! (supported)
  z = cmplx(z, 1d0)
end subroutine s
