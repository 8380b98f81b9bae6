! An array section passed as an argument; the caret is on the section's colon.
subroutine first_half(x, n)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  call zero(x(1:n/2), n/2)
end subroutine first_half
subroutine zero(y, m)
  integer, intent(in) :: m
  real(8), intent(out) :: y(m)
  integer :: i
  do i = 1, m
    y(i) = 0.0d0
  end do
end subroutine zero
