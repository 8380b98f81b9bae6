! stad: --head 'head(y)/(x)'
! !$AD BINOMIAL-CKP must come right before a DO loop: here an assignment sits between them.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: i
  y = x
  !$AD BINOMIAL-CKP 4 2 1
  y = y * x
  do i = 1, 4
    y = y * x
  end do
end subroutine head
