! stad: --head 'g(y)/(p)' --fortran-abi
! --fortran-abi cannot export a routine with an argument of derived type: a gfortran caller
! passes the structure, stad's C takes its components. Refused, located, once per structure.
module bad_abi_types_pt
  implicit none
  type pt
    real(8) :: x, y
  end type
end module
subroutine g(p, y)
  use bad_abi_types_pt
  implicit none
  type(pt), intent(in) :: p
  real(8), intent(out) :: y
  y = p%x * p%y
end subroutine
