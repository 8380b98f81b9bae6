! A FUNCTION returning a structure is one error at its result, with what to write instead; its
! result and its callers add none (trial s16: three errors, one of them "'mo' has no type").
module stats_mod
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  type :: moments
    real(dp) :: mean, var
  end type moments
contains
  function compute_moments(x) result(mo)
    real(dp), intent(in) :: x(:)
    type(moments) :: mo
    mo%mean = sum(x) / size(x)
    mo%var = sum((x - mo%mean)**2) / (size(x) - 1)
  end function compute_moments
end module stats_mod

program main
  use stats_mod
  implicit none
  real(dp) :: x(4)
  type(moments) :: m
  x = [1d0, 2d0, 4d0, 8d0]
  m = compute_moments(x)
  print *, m%mean**2 + sqrt(m%var)
end program main
