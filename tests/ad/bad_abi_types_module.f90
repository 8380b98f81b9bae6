! stad: --head 'g(y)/(x)' --fortran-abi
! --fortran-abi shares module variables with the Fortran program by gfortran's names; a module
! variable of derived type is one object there, one variable per component here. Refused.
module bad_abi_types_state
  implicit none
  type pt
    real(8) :: x, y
  end type
  type(pt) :: s
end module
subroutine g(x, y)
  use bad_abi_types_state
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  s%x = x
  y = s%x * s%y
end subroutine
