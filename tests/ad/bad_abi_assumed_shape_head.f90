! stad: --head 'g(y)/(x)' --fortran-abi
! --fortran-abi cannot export a routine with an assumed-shape argument: a gfortran caller passes
! a descriptor. Refused, located at the declaration, with what to write instead.
subroutine g(x, y)
  implicit none
  real(8), intent(in) :: x(:)
  real(8), intent(out) :: y
  y = sum(x * x)
end subroutine g
