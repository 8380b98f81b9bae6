! A GO TO into the body of a DO loop from outside it is refused: the loop would have two
! entries.
subroutine jump(x, n)
  integer, intent(in) :: n
  real(8), intent(inout) :: x
  integer :: i
  if (x > 0.0d0) go to 20
  do i = 1, n
    x = x * 0.5d0
20  x = x + 1.0d0
  end do
end subroutine jump
