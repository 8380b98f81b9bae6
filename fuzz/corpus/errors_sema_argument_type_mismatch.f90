! An INTEGER actual argument for a DOUBLE PRECISION dummy.
subroutine outer(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: k
  k = 3
  call inner(x, k)
  y = x
end subroutine outer
subroutine inner(a, b)
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine inner
