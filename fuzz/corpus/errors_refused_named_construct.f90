! Construct names (outer: DO ... END DO outer) are outside the subset.
subroutine total(x, n, s)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i
  s = 0.0d0
  outer: do i = 1, n
    s = s + x(i)
  end do outer
end subroutine total
