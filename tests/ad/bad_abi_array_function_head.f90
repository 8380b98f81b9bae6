! stad: --head 'g(y)/(x)' --fortran-abi
! --fortran-abi cannot export an array-valued FUNCTION: a gfortran caller passes the result
! through a hidden descriptor. Refused, located at the function, with what to write instead.
function g(n, x) result(y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8) :: y(n)
  y = x * x
end function g
