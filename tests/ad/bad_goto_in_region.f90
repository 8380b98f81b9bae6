! stad: --head 'head(y)/(x)'
! A checkpointed region that GO TO jumps cross: restructuring puts its start and its end in
! different blocks.
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
!$AD CHECKPOINT-START
  call step(x, y)
  if (y > 2.0d0) goto 10
  call step(x, y)
!$AD CHECKPOINT-END
  y = y + 1.0d0
10 y = y * x
end subroutine head
