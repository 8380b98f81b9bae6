! A FUNCTION whose result is an array is refused at the function, with the way around (it
! compiled to C that returned a freed pointer before).
module m
contains
  function twice(u) result(l)
    real(8), intent(in) :: u(4)
    real(8) :: l(4)
    l = 2*u
  end function
end module
subroutine function_returns_array(u0, j)
  use m
  real(8), intent(in) :: u0(4)
  real(8), intent(out) :: j
  real(8) :: w(4)
  w = twice(u0)
  j = sum(w)
end subroutine function_returns_array
