! stad: --head 'head(y)/(x)'
! A GO TO into the middle of a checkpointed region from outside it is refused.
subroutine step(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * a
end subroutine step

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x
  if (y > 2.0d0) goto 10
!$AD CHECKPOINT-START
  call step(x, y)
10 call step(x, y)
!$AD CHECKPOINT-END
  y = y + 1.0d0
end subroutine head
