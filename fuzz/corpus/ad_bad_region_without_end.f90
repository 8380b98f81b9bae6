! stad: --head 'head(y)/(x)'
! !$AD CHECKPOINT-START without its CHECKPOINT-END.
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine sq

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  !$AD CHECKPOINT-START
  call sq(x, y)
  y = y * x
end subroutine head
