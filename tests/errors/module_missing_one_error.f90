! A USE of a module that is not there — an unsupported intrinsic module, or a user module not
! given — is one error at the USE: the names its ONLY list was to provide add none where they are
! used (trial s16: four errors for one IEEE_IS_NAN).
subroutine guard(n, x, y)
  use, intrinsic :: ieee_arithmetic, only: ieee_is_nan
  use model_coefs, only: coef, scale_of
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  y = sum(log(x)) * scale_of(n)
  if (ieee_is_nan(y)) y = 0
  y = y * coef
end subroutine guard
program main
  implicit none
  real(8) :: x(2), y
  x = 1
  call guard(2, x, y)
  print *, y
end program main
