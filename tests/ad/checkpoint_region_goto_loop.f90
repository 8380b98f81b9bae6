! stad: --head 'head(y)/(x)'
! A checkpointed region around a loop made of GO TO: the loop stays inside the region.
subroutine step(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * a + 0.1d0
end subroutine step

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: k
  y = x
  k = 0
!$AD CHECKPOINT-START
10 call step(x, y)
  k = k + 1
  if (k < 5) goto 10
!$AD CHECKPOINT-END
  y = y + 1.0d0
end subroutine head
