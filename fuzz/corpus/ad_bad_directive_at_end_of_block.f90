! stad: --head 'head(y)/(x)'
! A checkpoint directive with no statement after it (the last line of a loop body).
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * a
end subroutine sq

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: i
  y = x
  do i = 1, 3
    call sq(x, y)
    !$AD CHECKPOINT
  end do
end subroutine head
