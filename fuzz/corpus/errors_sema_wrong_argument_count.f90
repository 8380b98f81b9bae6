! A CALL with fewer arguments than the subroutine has.
subroutine outer(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  call inner(x)
end subroutine outer
subroutine inner(a, b)
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine inner
