! stad: --head 'head(y)/(x)'
! A checkpoint directive must come right before a CALL: here it is before an assignment.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  !$AD NOCHECKPOINT
  y = x * x
end subroutine head
