! CALL of a FUNCTION.
subroutine s(x)
  real(8), intent(inout) :: x
  call g(x)
end subroutine s
real(8) function g(y)
  real(8), intent(in) :: y
  g = y
end function g
