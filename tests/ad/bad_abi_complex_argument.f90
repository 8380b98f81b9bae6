! stad: --head 'g(y)/(z)' --fortran-abi
! --fortran-abi cannot export a routine with a COMPLEX argument: gfortran passes the two parts
! interleaved in one object, stad's C takes them as two REAL arguments. Refused, located.
subroutine g(z, y)
  implicit none
  complex(8), intent(in) :: z
  real(8), intent(out) :: y
  y = abs(z)**2
end subroutine
