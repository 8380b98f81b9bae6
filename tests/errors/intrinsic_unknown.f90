! An INTRINSIC statement naming a procedure stad does not know as an intrinsic is refused at
! the name (gfortran's BESSEL_J0, say: stad's intrinsics are listed in its README).
subroutine intrinsic_unknown(x, y)
  implicit none
  intrinsic :: sqrt, bessel_j0
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = sqrt(x)
end subroutine intrinsic_unknown
