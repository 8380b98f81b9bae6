! stad: --head 'g(y)/(x)' --fortran-abi
! --fortran-abi cannot share a COMPLEX module variable with gfortran: gfortran lays its two
! parts out interleaved in one object, stad's C has two REAL variables. Refused, located.
module bad_abi_cmod
  implicit none
  complex(8) :: zm
end module
subroutine g(x, y)
  use bad_abi_cmod
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  zm = cmplx(x, 2 * x, kind=8)
  y = abs(zm * zm)
end subroutine
