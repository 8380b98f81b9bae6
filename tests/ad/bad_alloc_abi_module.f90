! stad: --head 'f(y)/(x)' --fortran-abi
! --fortran-abi shares module variables with the Fortran program, but gfortran keeps an
! ALLOCATABLE one in a descriptor: refused, located at its declaration.
module st
  real(8), allocatable :: w(:)
end module

subroutine f(x, y)
  use st
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  allocate(w(2))
  w = x
  y = w(1) * w(2)
  deallocate(w)
end subroutine f
